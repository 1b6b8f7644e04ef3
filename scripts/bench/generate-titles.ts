/**
 * Deterministic synthetic job titles for the search benchmark: ~1,000 roles with ~50 titles
 * each, built from seniority / setting / domain / function vocabularies so that they read like
 * O*NET alternate titles ("Senior Inpatient Medical Records Technician II",
 * "Cancer Registry Abstractor (CRA)"). Same seed and sizes → byte-identical output.
 *
 * Run `npx tsx scripts/bench/generate-titles.ts [seed] [titles]` to print a sample and a checksum.
 */
import { pathToFileURL } from 'node:url';
import type { SearchData, SearchableCredential, SearchableRole } from '../../src/graph/search/types';

import { mulberry32 } from './prng';

/** Each domain lists its spelling variants; the first is canonical. */
const DOMAINS: readonly (readonly string[])[] = [
  ['Medical Records', 'Medical Record', 'Patient Records'],
  ['Health Information', 'Health Info', 'Health Information Management'],
  ['Clinical Documentation', 'Clinical Documentation Improvement', 'Documentation Integrity'],
  ['Cancer Registry', 'Tumor Registry', 'Oncology Registry'],
  ['Trauma Registry', 'Trauma Data'],
  ['Patient Access', 'Patient Registration', 'Admitting'],
  ['Revenue Cycle', 'Revenue Integrity'],
  ['Medical Billing', 'Billing', 'Patient Billing'],
  ['Medical Coding', 'Coding', 'Clinical Coding'],
  ['Inpatient Coding', 'Inpatient Facility Coding'],
  ['Outpatient Coding', 'Ambulatory Coding'],
  ['Professional Fee Coding', 'Pro Fee Coding', 'Physician Coding'],
  ['Health Data', 'Healthcare Data', 'Medical Data'],
  ['Clinical Data', 'Clinical Research Data'],
  ['Quality Improvement', 'Quality Management', 'Performance Improvement'],
  ['Utilization Review', 'Utilization Management'],
  ['Case Management', 'Care Management'],
  ['Privacy', 'Health Privacy', 'HIPAA Privacy'],
  ['Compliance', 'Healthcare Compliance', 'Regulatory Compliance'],
  ['Release of Information', 'Correspondence', 'Disclosure Management'],
  ['Health Informatics', 'Clinical Informatics', 'Nursing Informatics'],
  ['Electronic Health Records', 'EHR', 'EMR'],
  ['Population Health', 'Public Health'],
  ['Claims', 'Medical Claims', 'Insurance Claims'],
  ['Reimbursement', 'Third Party Reimbursement'],
  ['Medical Transcription', 'Transcription', 'Speech Recognition Editing'],
  ['Patient Scheduling', 'Scheduling', 'Appointment Scheduling'],
  ['Chart Abstraction', 'Abstracting'],
  ['Master Patient Index', 'MPI', 'Patient Identity'],
  ['Document Imaging', 'Scanning', 'Records Imaging'],
  ['Clinical Applications', 'Clinical Systems', 'Health IT'],
  ['Accounts Receivable', 'AR', 'Collections'],
  ['Denials Management', 'Denials', 'Appeals'],
  ['Charge Capture', 'Charge Entry', 'Chargemaster'],
  ['Health Records Audit', 'Coding Audit', 'Documentation Audit'],
  ['Medical Staff Credentialing', 'Credentialing', 'Provider Enrollment'],
  ['Interoperability', 'Health Information Exchange', 'HIE'],
  ['Data Governance', 'Information Governance'],
  ['Pharmacy Data', 'Pharmacy Informatics'],
  ['Radiology Information', 'Imaging Informatics', 'PACS'],
  ['Laboratory Information', 'Lab Informatics', 'LIS'],
  ['Behavioral Health Records', 'Mental Health Records'],
  ['Long-Term Care Records', 'Nursing Home Records'],
  ['Home Health Records', 'Home Care Records'],
  ['Emergency Department Registration', 'ED Registration', 'ER Registration'],
  ['Surgical Services Data', 'Perioperative Data', 'OR Data'],
  ['Risk Adjustment', 'HCC Coding', 'Risk Adjustment Coding'],
  ['Clinical Trials', 'Research Compliance'],
  ['Financial Counseling', 'Patient Financial Services', 'Patient Accounts'],
  ['Medical Office', 'Physician Office', 'Clinic Office'],
];

/** Each function lists spelling variants; the first is canonical. */
const FUNCTIONS: readonly (readonly string[])[] = [
  ['Technician', 'Tech', 'Technologist'],
  ['Specialist', 'Specialist Associate'],
  ['Coordinator', 'Coord'],
  ['Analyst', 'Data Analyst', 'Systems Analyst'],
  ['Clerk', 'File Clerk', 'Records Clerk'],
  ['Coder', 'Coding Specialist', 'Coding Technician'],
  ['Abstractor', 'Data Abstractor'],
  ['Auditor', 'Reviewer', 'Audit Specialist'],
  ['Manager', 'Mgr'],
  ['Director', 'Dir'],
  ['Supervisor', 'Team Lead', 'Lead'],
  ['Assistant', 'Aide'],
  ['Representative', 'Rep', 'Associate'],
  ['Officer', 'Administrator'],
  ['Consultant', 'Advisor'],
  ['Processor', 'Processing Specialist'],
  ['Registrar', 'Registration Specialist'],
  ['Educator', 'Trainer', 'Instructor'],
  ['Liaison', 'Navigator'],
  ['Informaticist', 'Informatics Specialist'],
  ['Integrity Specialist', 'Improvement Specialist'],
  ['Steward', 'Data Steward'],
  ['Architect', 'Solutions Architect'],
  ['Engineer', 'Interface Engineer'],
  ['Scribe', 'Documentation Assistant'],
];

const SENIORITY = [
  'Senior',
  'Junior',
  'Lead',
  'Chief',
  'Associate',
  'Assistant',
  'Principal',
  'Staff',
  'Trainee',
  'Apprentice',
  'Entry Level',
  'Head',
  'Deputy',
  'Interim',
  'Certified',
  'Registered',
  'Licensed',
  'Remote',
  'Per Diem',
  'Bilingual',
];
const SETTINGS = [
  'Hospital',
  'Inpatient',
  'Outpatient',
  'Clinic',
  'Ambulatory',
  'Acute Care',
  'Physician Practice',
  'Home Health',
  'Long Term Care',
  'Behavioral Health',
  'Pediatric',
  'Oncology',
  'Cardiology',
  'Emergency',
  'Surgical',
  'Rehabilitation',
];
const LEVELS = ['I', 'II', 'III', 'IV'];

export interface GenerateOptions {
  seed: number;
  roles: number;
  titles: number;
}

export const GENERATE_DEFAULTS: GenerateOptions = { seed: 20240611, roles: 1000, titles: 50_000 };

export interface GeneratedTitles extends SearchData {
  readonly roles: (SearchableRole & {
    readonly titles: readonly { readonly text: string; readonly sources: readonly string[] }[];
  })[];
  readonly credentials: SearchableCredential[];
  /** title text → role id, for ground truth in the benchmark. */
  readonly roleOfTitle: ReadonlyMap<string, string>;
}

const initialsOf = (text: string): string =>
  text
    .split(/[\s-]+/)
    .filter((w) => w && !/^(of|and|the)$/i.test(w))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');

/** The roles' canonical (domain, function) pairs: a seeded shuffle of the cross product. */
function pickRoles(rand: () => number, count: number): [number, number][] {
  const pairs: [number, number][] = [];
  DOMAINS.forEach((_, d) => FUNCTIONS.forEach((__, f) => pairs.push([d, f])));
  for (let i = pairs.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
  }
  if (count > pairs.length) throw new Error(`generate-titles: at most ${pairs.length} roles, asked for ${count}`);
  return pairs.slice(0, count);
}

export function generateTitles(options?: Partial<GenerateOptions>): GeneratedTitles {
  const opts = { ...GENERATE_DEFAULTS, ...options };
  if (opts.titles < opts.roles) throw new Error('generate-titles: need at least one title per role');
  const rand = mulberry32(opts.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pairs = pickRoles(rand, opts.roles);
  const seen = new Set<string>();
  const roleOfTitle = new Map<string, string>();
  const titles: string[][] = pairs.map(() => []);
  const roleIds = pairs.map((_, i) => `r${String(i).padStart(4, '0')}`);

  const makeTitle = (d: number, f: number): string => {
    const domain = pick(DOMAINS[d]!);
    const fn = pick(FUNCTIONS[f]!);
    const parts: string[] = [];
    if (rand() < 0.55) parts.push(pick(SENIORITY));
    if (rand() < 0.35) parts.push(pick(SETTINGS));
    parts.push(domain, fn);
    let title = parts.join(' ');
    const r = rand();
    if (r < 0.25) title += ` ${pick(LEVELS)}`;
    else if (r < 0.35) title += ` (${initialsOf(`${domain} ${fn}`)})`;
    else if (r < 0.4) title += ` (${domain} ${pick(FUNCTIONS[f]!)})`;
    return title;
  };

  // Round-robin so every role gets its share even when some run short of unique combinations.
  const perRole = Math.ceil(opts.titles / opts.roles);
  let total = 0;
  for (let round = 0; round < perRole * 40 && total < opts.titles; round += 1) {
    for (let i = 0; i < pairs.length && total < opts.titles; i += 1) {
      const list = titles[i]!;
      if (list.length >= perRole && round < perRole * 20) continue;
      const [d, f] = pairs[i]!;
      const t = round === 0 ? `${DOMAINS[d]![0]} ${FUNCTIONS[f]![0]}` : makeTitle(d, f);
      if (seen.has(t.toLowerCase())) continue;
      seen.add(t.toLowerCase());
      list.push(t);
      roleOfTitle.set(t, roleIds[i]!);
      total += 1;
    }
  }
  if (total < opts.titles) throw new Error(`generate-titles: only ${total} unique titles could be made`);

  const credentials: SearchableCredential[] = DOMAINS.slice(0, 40).map((variants, i) => {
    const name = `Certified ${variants[0]} Professional`;
    return { id: `c${String(i).padStart(3, '0')}`, abbr: `${initialsOf(name)}${i}`, name };
  });
  const roles = pairs.map(([d, f], i) => ({
    id: roleIds[i]!,
    title: `${DOMAINS[d]![0]} ${FUNCTIONS[f]![0]}`,
    titles: titles[i]!.slice(1).map((text) => ({ text, sources: ['synthetic'] })),
    credentials: d < 40 ? [`c${String(d).padStart(3, '0')}`] : [],
  }));
  return { roles, credentials, roleOfTitle };
}

/** FNV-1a over the titles, to show at a glance that two runs produced the same data. */
export function checksum(data: GeneratedTitles): string {
  let h = 0x811c9dc5;
  for (const r of data.roles) {
    for (const t of [r.title, ...r.titles.map((x) => x.text)]) {
      for (let i = 0; i < t.length; i += 1) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const seed = Number(process.argv[2] ?? GENERATE_DEFAULTS.seed);
  const count = Number(process.argv[3] ?? GENERATE_DEFAULTS.titles);
  const data = generateTitles({ seed, titles: count });
  const n = data.roles.reduce((s, r) => s + 1 + r.titles.length, 0);
  console.log(
    `roles ${data.roles.length}, titles ${n}, credentials ${data.credentials.length}, checksum ${checksum(data)}`,
  );
  for (const r of data.roles.slice(0, 3))
    console.log(
      `${r.id} ${r.title}: ${r.titles
        .slice(0, 6)
        .map((t) => t.text)
        .join('; ')}`,
    );
}
