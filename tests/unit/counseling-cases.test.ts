/**
 * Counseling cases on the built-in data: where a counselor would send a person, how long the top
 * route takes on the route clock, and what it must mention (study, exams, required experience).
 * Ranges are written from the credential rules and the IPEDS program lengths
 * (shared/research/program-lengths.md), not read off the app's output.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { moveParts, routeTimeSummary } from '../../src/text/route-text';
import { NO_JOB, explainNoRoute, kBestRoutes, scheduleTotal, type Constraints } from '../../src/graph/routes';

const model = createModel(builtinDataset);

interface Case {
  who: string;
  from: string;
  to: string;
  has: Partial<Constraints>;
  /** The range of years a counselor would accept for the top route. */
  years: [number, number];
  /** Programs, exams or experience the top route must include. */
  programs?: readonly (readonly (string | RegExp)[])[];
  exams?: readonly string[];
  experience?: string;
  /** Years the route must spend in roles whose work counts as this kind of experience. */
  worked?: { kind: string; years: number };
  /** Words the card's summary must contain. */
  says?: string[];
  /** Roles the top route must not pass through. */
  not?: string[];
  /** Credentials the route must not ask for before the destination (earned in it later). */
  notExams?: string[];
}

const HS: Partial<Constraints> = { education: 'high_school' };

const CASES: Case[] = [
  {
    who: 'a high-school graduate → medical coder: a coding course, then the CCA or CPC-A, about a year',
    from: NO_JOB,
    to: 'coder',
    has: HS,
    years: [0.5, 1.5],
    programs: [['coding_certificate']],
    exams: ['cca|cpc-a'],
    says: ['studying full-time before a first job', 'exam'],
  },
  {
    who: 'a high-school graduate → health information technician: a certificate or HIT associate, 1–2 years',
    from: NO_JOB,
    to: 'hit',
    has: HS,
    years: [1, 2.5],
    programs: [['certificate', 'him_associate']],
  },
  {
    who: 'a high-school graduate → cancer registrar: an NCRA program or 60 credits first, about 2 years',
    from: NO_JOB,
    to: 'registrar',
    has: HS,
    years: [2, 3],
    programs: [['ncra_associate', 'associate', 'him_associate']],
  },
  {
    who: 'a high-school graduate → HIM manager: an HIM degree and the RHIA, more than 5 years',
    from: NO_JOB,
    to: 'him_manager',
    has: HS,
    years: [5.5, 10],
    programs: [
      ['him_associate', 'associate'],
      ['him_bachelor_completion', 'him_bachelor'],
    ],
    exams: ['rhia'],
  },
  {
    who: 'a graduate in another field → HIM manager: the post-baccalaureate HIM certificate (or an HIM master’s) for the RHIA, working first as a coder after a coding course',
    from: NO_JOB,
    to: 'him_manager',
    has: { education: 'bachelor' },
    years: [2, 5],
    programs: [['coding_certificate'], ['post_bacc_him_certificate', 'him_master']],
    exams: ['rhia'],
  },
  {
    who: 'an HIM graduate → HIM manager: no more study, the RHIA exam and a few years of work',
    from: NO_JOB,
    to: 'him_manager',
    has: { education: 'bachelor', heldPrograms: ['him_bachelor'] },
    years: [2, 5],
    programs: [],
    exams: ['rhia'],
  },
  {
    who: 'a high-school graduate → health data analyst: a bachelor’s first',
    from: NO_JOB,
    to: 'data_analyst',
    has: HS,
    years: [4, 6],
    programs: [['bachelor', 'him_bachelor']],
  },
  {
    who: 'an RHIT with an associate degree → HIM manager: only through an HIM bachelor’s completion and the RHIA',
    from: 'hit',
    to: 'him_manager',
    has: { education: 'associate', heldCredentials: ['rhit'], heldPrograms: ['him_associate'] },
    years: [4, 8],
    programs: [['him_bachelor_completion']],
    exams: ['rhia'],
    says: ['part-time alongside work'],
  },
  {
    who: 'the same RHIT studying full-time: the degree completion adds its two years instead of overlapping',
    from: 'hit',
    to: 'him_manager',
    has: { education: 'associate', heldCredentials: ['rhit'], heldPrograms: ['him_associate'], study: 'full_time' },
    years: [4, 7],
    programs: [['him_bachelor_completion']],
    exams: ['rhia'],
    says: ['studying full-time'],
  },
  {
    who: 'a CPC-A coder → professional-fee coder: two years of coding remove the “A” (AAPC)',
    from: 'coder',
    to: 'coder_pro',
    has: { heldCredentials: ['cpc-a'] },
    years: [1, 2.5],
    exams: ['cpc'],
  },
  {
    who: 'a coder → facility coder: the CCS, about two years of coding recommended',
    from: 'coder',
    to: 'coder_facility',
    has: { heldCredentials: ['cca'] },
    years: [1, 3],
    exams: ['ccs'],
  },
  {
    who: 'a coder with only a diploma → cancer registrar: 60 college credits first (CTR route B), the CTR earned later',
    from: 'coder',
    to: 'registrar',
    has: { heldCredentials: ['cpc-a'], education: 'high_school' },
    years: [2, 6],
    programs: [['associate', 'ncra_associate', 'him_associate']],
  },
  {
    who: 'a coder with an associate degree → registry manager: a trainee post, then the ODS (formerly CTR) after 1,950 registry hours',
    from: 'coder',
    to: 'registry_manager',
    has: { heldCredentials: ['cpc-a'], education: 'associate' },
    years: [4, 9],
    exams: ['ods'],
  },
  {
    who: 'a compliance coordinator with a diploma → privacy officer: CHPS needs years of privacy work (6 with a diploma, 4 with an associate)',
    from: 'compliance_coordinator',
    to: 'privacy_officer',
    has: HS,
    years: [4, 7],
    exams: ['chps'],
    experience: 'privacy_security',
  },
  {
    who: 'a compliance coordinator with a master’s → privacy officer: one year of privacy work meets the CHPS rule',
    from: 'compliance_coordinator',
    to: 'privacy_officer',
    has: { education: 'master' },
    years: [1, 4],
    exams: ['chps'],
  },
  {
    who: 'a registered nurse → CDI manager: CDI work, the CDIP on the RN, and a bachelor’s',
    from: 'registered_nurse',
    to: 'cdi_manager',
    has: { education: 'associate', heldCredentials: ['rn'] },
    years: [5, 10],
    programs: [['bachelor_completion', 'him_bachelor_completion']],
    exams: ['cdip'],
  },
  {
    who: 'a records clerk → HIM director: degrees, the RHIA and years of management — never a six-year jump',
    from: 'hi_clerk',
    to: 'him_director',
    has: HS,
    years: [10, 18],
    exams: ['rhia'],
    not: [],
  },
  {
    who: 'a biller → medical coder: a coding course alongside billing work, then a coding credential',
    from: 'biller',
    to: 'coder',
    has: HS,
    years: [1, 3],
    programs: [['coding_certificate']],
    exams: ['cca|cpc-a'],
  },
  {
    who: 'a high-school graduate → CDI specialist: coding first, a full coding credential, then CDI',
    from: NO_JOB,
    to: 'cdi_specialist',
    has: HS,
    years: [2.5, 6],
    exams: ['cca|cpc-a', 'ccs|cpc'],
  },
];

/** The top route for a case: within its years, naming its programs and exams, summarised as "≈N years". */
function checkCase(c: Case): void {
  const [top] = kBestRoutes(model.graph, c.from, c.to, { ...c.has, k: 1 });
  expect(top, 'a route exists').toBeDefined();
  const route = top!;
  expect(route.totalYears.typical).toBeGreaterThanOrEqual(c.years[0]);
  expect(route.totalYears.typical).toBeLessThanOrEqual(c.years[1]);
  const programs = route.newPrograms;
  if (c.programs) {
    expect(programs.length).toBe(c.programs.length);
    c.programs.forEach((options, i) =>
      expect(
        options.some((o) => (typeof o === 'string' ? o === programs[i] : o.test(programs[i] ?? ''))),
        `program ${programs[i]}`,
      ).toBe(true),
    );
  }
  for (const exam of c.exams ?? [])
    expect(
      route.newCredentials.some((x) => exam.split('|').includes(x)),
      `exam ${exam}`,
    ).toBe(true);
  for (const role of c.not ?? []) expect(route.roles, `not through ${role}`).not.toContain(role);
  for (const exam of c.notExams ?? []) expect(route.newCredentials, `no ${exam} before the move`).not.toContain(exam);
  if (c.experience) expect(route.moves.some((m) => m.extraExperience?.kind === c.experience)).toBe(true);
  if (c.worked) {
    const gives = (role: string) => (model.graph.getNodeAttribute(role, 'experience') ?? []) as string[];
    const years = route.moves.filter((m) => m.from !== NO_JOB && gives(m.from).includes(c.worked!.kind));
    expect(
      years.reduce((s, m) => s + m.years.typical, 0),
      `years of ${c.worked.kind}`,
    ).toBeGreaterThanOrEqual(c.worked.years);
  }
  const summary = routeTimeSummary(model, route);
  expect(summary).toMatch(/^≈?\d+(\.\d)? years/);
  for (const words of c.says ?? []) expect(summary).toContain(words);
  // No route anywhere leaves out the study it needs: every program shows up in the total.
  for (const m of route.moves) {
    const study = m.study.reduce((s, x) => s + x.years.typical, 0);
    expect(m.years.typical).toBeGreaterThanOrEqual(study - 1e-9);
  }
  // The card's parts add up to the total as a reader counts them (part-time study overlaps the jobs).
  const parts = scheduleTotal(route.schedule);
  for (const k of ['typical', 'low', 'high'] as const) expect(parts[k]).toBeCloseTo(route.totalYears[k], 9);
}

describe('counseling cases: the top route as a counselor would give it', () => {
  it.each(CASES)('$who', (c) => checkCase(c));

  it('a technician → medical coder sits the CCA or CPC-A, but an RHIT already qualifies: no new exam', () => {
    const [plain] = kBestRoutes(model.graph, 'hit', 'coder', { education: 'associate', k: 1 });
    expect(plain?.newCredentials.some((c) => c === 'cca' || c === 'cpc-a')).toBe(true);
    const [rhit] = kBestRoutes(model.graph, 'hit', 'coder', {
      education: 'associate',
      heldCredentials: ['rhit'],
      k: 1,
    });
    expect(rhit?.newCredentials).toEqual([]);
    expect(rhit?.moves[0]?.requirements).toEqual([{ kind: 'credential', id: 'rhit', met: true, strength: 'typical' }]);
  });

  it('implausible moves from the Zippia paths are left out unless asked for', () => {
    const plain = kBestRoutes(model.graph, 'hi_clerk', 'him_director', { k: 5 });
    expect(plain.some((r) => r.roles.join('>') === 'hi_clerk>him_director')).toBe(false);
    const all = kBestRoutes(model.graph, 'hi_clerk', 'him_director', { k: 5, includeImplausible: true });
    expect(all.some((r) => r.roles.join('>') === 'hi_clerk>him_director')).toBe(true);
  });
});

/*
 * Issue 23's cases: feeder jobs into coding, credential holders moving sideways, registrars into
 * analytics and management, unrelated degrees, a person who will not go past an associate degree.
 * Written from shared/research before they were run (drafts with the reasoning: the comments).
 * DF = domain-facts.md, PL = program-lengths.md. PL's clock: a coding course 0.5–1 year full-time,
 * an associate 2 (2–3), a bachelor's completion after an associate 2 (2–3), a post-baccalaureate
 * certificate 1; part-time study takes about twice as long.
 */
const CODING_ENTRY = { programs: [['coding_certificate']], exams: ['cca|cpc-a'] } as const;
const ISSUE_23_CASES: Case[] = [
  // CCA needs only a diploma, a coding course is recommended (DF §3.1); CPC-A has no prerequisite
  // (aapc.com). A counselor sends the student through a coding course (PL: 6–12 months; about twice
  // that part-time beside the job). Nothing makes billing or a technician job a prerequisite.
  {
    who: 'a front-desk (patient access) worker with a diploma → medical coder: a coding course beside the job, then the CCA or CPC-A',
    from: 'patient_access',
    to: 'coder',
    has: HS,
    years: [0.75, 2],
    ...CODING_ENTRY,
    not: ['biller', 'ar_specialist', 'hit'],
  },
  // Seed 004: medical secretaries and transcriptionists "must be knowledgeable about medical
  // terminology, anatomy, and physiology": the coding course is the gap, as above.
  {
    who: 'a medical secretary with some college → medical coder: the coding course and a coding credential, no clerk or technician job first',
    from: 'medical_secretary',
    to: 'coder',
    has: { education: 'some_college' },
    years: [0.75, 2],
    ...CODING_ENTRY,
    not: ['hi_clerk', 'hit', 'biller'],
  },
  {
    who: 'a medical transcriptionist → medical coder: the coding course and the CCA or CPC-A, not a technician job first',
    from: 'transcriptionist',
    to: 'coder',
    has: { education: 'certificate' },
    years: [0.75, 2],
    ...CODING_ENTRY,
    not: ['hit', 'biller'],
  },
  // DF T4: scribe → coder about 1 year with the CCA or CPC-A (scribes already document care).
  {
    who: 'a medical scribe → medical coder: about a year, the coding course and the CCA or CPC-A',
    from: 'scribe',
    to: 'coder',
    has: HS,
    years: [0.75, 2],
    ...CODING_ENTRY,
    not: ['hit', 'biller'],
  },
  // DF §5.1 educator: bachelor's/master's with CCS/CPC/RHIA; Zippia paths 7 and 17 (seed 003) go
  // Medical Coder → Adjunct Instructor. A bachelor's completion is 2 years full-time (PL), ~4 part-time.
  {
    who: 'a CCS inpatient coder with an associate degree → coding educator: a bachelor’s completion beside coding',
    from: 'coder_facility',
    to: 'educator',
    has: { education: 'associate', heldCredentials: ['ccs'] },
    years: [3, 6],
    programs: [['bachelor_completion', 'him_bachelor_completion']],
  },
  // DF T12: credentialed coder → auditor after 3–5 years (inferred; Zippia path 18). No degree or
  // exam is a rule for it; an audit credential is only mentioned (DF §5.1).
  {
    who: 'a CCS facility coder with an associate degree → coding auditor: years of credentialed coding, nothing new to earn',
    from: 'coder_facility',
    to: 'coding_auditor',
    has: { education: 'associate', heldCredentials: ['ccs'] },
    years: [2, 5],
    programs: [],
  },
  // DF T14: 2–3 years; the CDIP needs 2 years of CDI work (DF §3.1, unverified): earned in the CDI
  // job, never before it (PL).
  {
    who: 'a CCS facility coder → CDI specialist: 2–3 years of coding; the CDIP comes later, in CDI',
    from: 'coder_facility',
    to: 'cdi_specialist',
    has: { education: 'associate', heldCredentials: ['ccs'] },
    years: [1.5, 3.5],
    programs: [],
    notExams: ['cdip'],
  },
  // DF §5.1/T22: analyst = bachelor's typical, "2–4 (includes finishing a bachelor's)"; registry work
  // is data work (seeds 002, 003). CHDA = bachelor's + 3 years of data work: later, in the job.
  {
    who: 'a cancer registrar (ODS, formerly CTR) with an associate degree → health data analyst: a bachelor’s completion beside registry work',
    from: 'registrar',
    to: 'data_analyst',
    has: { education: 'associate', heldCredentials: ['ods'] },
    years: [2, 6],
    programs: [['bachelor_completion', 'him_bachelor_completion']],
    notExams: ['chda'],
  },
  // DF T18: registrar → registry manager after 3–5 years with the CTR (held).
  {
    who: 'a cancer registrar (ODS, formerly CTR) → registry manager: 3–5 years, nothing new to earn',
    from: 'registrar',
    to: 'registry_manager',
    has: { education: 'associate', heldCredentials: ['ods'] },
    years: [3, 5],
    programs: [],
  },
  // HIM manager needs the RHIA and a bachelor's (DF §5.1, BLS 11-9111); the RHIA needs an HIM
  // bachelor's, HIM master's or post-bacc certificate, no experience route (PL, DF §3.1): from an
  // associate, the HIM bachelor's completion (2 years full-time, ~4 part-time) beside registry work.
  {
    who: 'a cancer registrar (ODS, formerly CTR) with an associate degree → HIM manager: an HIM bachelor’s completion and the RHIA',
    from: 'registrar',
    to: 'him_manager',
    has: { education: 'associate', heldCredentials: ['ods'] },
    years: [4, 8],
    programs: [['him_bachelor_completion']],
    exams: ['rhia'],
  },
  // CTR (ctrexam.org, DF §3.1): route A2 = NCRA certificate + an associate; route B = an associate
  // that includes two semesters of anatomy and physiology + 1,950 registry hours, worked in the
  // registry job (CoC 5.1 grace period, PL). A business associate has neither: about a year first.
  {
    who: 'an unrelated associate degree → cancer registrar: the NCRA certificate or college anatomy and physiology first, never 0 years',
    from: NO_JOB,
    to: 'registrar',
    has: { education: 'associate' },
    years: [0.5, 2],
    programs: [['ncra_certificate', /anatom|a_?p\b/]],
  },
  // The analyst's entry is a bachelor's (DF §5.1; BLS 29-9021 even says associate, DF §3.3); the
  // CHDA needs years of data work after it (unverified): earned in the job.
  {
    who: 'an unrelated bachelor’s degree → health data analyst: no new degree, the CHDA comes later',
    from: NO_JOB,
    to: 'data_analyst',
    has: { education: 'bachelor' },
    years: [0, 2],
    programs: [],
    notExams: ['chda'],
  },
  // CHPS (AHIMA, verified, DF §3.1): a master's + 1 year of privacy or security management work,
  // which has to be worked in a privacy or compliance job first (DF T21).
  {
    who: 'an unrelated master’s degree → privacy officer: a year of privacy work, then the CHPS',
    from: NO_JOB,
    to: 'privacy_officer',
    has: { education: 'master' },
    years: [1, 4],
    exams: ['chps'],
    worked: { kind: 'privacy_security', years: 1 },
  },
  // Coding manager = AHIMA 2002 ladder level 4, RHIT + CCS (DF §3.2; the data's t13). The RHIT needs
  // the CAHIIM HIT associate, started during the coding years; the CCS after ~2 years of coding (DF
  // §3.1); auditor or lead 3–5 years (T12), 2–3 more (T13). Issue 23's counselor: 6–9 years.
  {
    who: 'a new coder who will never do a bachelor’s → coding supervisor: the HIT associate during the coding years, the RHIT and the CCS',
    from: 'coder',
    to: 'coding_manager',
    has: { education: 'high_school', heldCredentials: ['cca'], educationCeiling: 'associate' },
    years: [6, 9],
    programs: [['him_associate']],
    exams: ['rhit', 'ccs'],
  },
];

describe('counseling cases of issue 23', () => {
  it.each(ISSUE_23_CASES)('$who', (c) => checkCase(c));

  it('a high-school graduate who will not go past an associate degree → HIM manager: no route, and the answer names the bachelor’s', () => {
    // The RHIA has no experience-only route (PL, DF §3.1), and HIM manager asks for it.
    const has = { education: 'high_school', educationCeiling: 'associate' } as const;
    expect(kBestRoutes(model.graph, NO_JOB, 'him_manager', { ...has, k: 1 })).toEqual([]);
    const why = explainNoRoute(model.graph, NO_JOB, 'him_manager', has)!;
    expect(why.message).toMatch(/bachelor['’]s/);
    expect(why.fixes.map((f) => f.kind)).toContain('raise_ceiling');
    expect(why.needs.join(' ')).toContain('RHIA');
  });

  it('read in Spanish: a front-desk worker → medical coder, the card says ≈N años and names the coding course and the exam', () => {
    const [route] = kBestRoutes(model.graph, 'patient_access', 'coder', { ...HS, k: 1 });
    expect(route!.totalYears.typical).toBeGreaterThanOrEqual(0.75);
    expect(route!.totalYears.typical).toBeLessThanOrEqual(2);
    const summary = routeTimeSummary(model, route!, 'es');
    expect(summary).toMatch(/^≈?\d+(\.\d)? años/);
    expect(summary).not.toMatch(/\b(years|studying|exam|full-time|part-time|alongside)\b/);
    const parts = route!.moves.flatMap((m) => moveParts(model, m, 'es')).join(' | ');
    expect(parts).toContain('Certificado o curso de codificación médica');
    expect(parts).toMatch(/examen: (CCA|CPC-A) \(/);
  });
});
