/**
 * Coverage of the built-in dataset against the seed documents. The expected values are
 * written here from the seeds (copies in docs/seeds) and the research notes, not read from the
 * dataset, so a figure that drifts or goes missing fails a named row.
 */
import { TOTAL_TOLERANCE_YEARS } from '../../scripts/estimation/estimate-step-years';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import data from '../../src/data/careers.json';
import type { Statistic } from '../../src/data/schema';
import { assertDataset } from '../../src/data/validate';

const d = assertDataset(data);

const salaryById = new Map(d.salaries.map((s) => [s.id, s]));
const roleById = new Map(d.roles.map((r) => [r.id, r]));
const allTitles = d.roles.flatMap((r) => r.titles.map((t) => ({ ...t, role: r.id })));

// ------------------------------------------------------------------ salaries S1-S33

type Row = [
  id: string,
  value: number,
  statistic: Statistic,
  period: 'annual' | 'hourly',
  year: number | null,
  source: string,
  high?: number,
];

const SEED_SALARIES: Row[] = [
  ['s1', 29000, 'median', 'annual', null, 'seed-000'],
  ['s2', 47000, 'p90', 'annual', null, 'seed-000'],
  ['s3', 20000, 'p10', 'annual', null, 'seed-000'],
  ['s4', 33120, 'median', 'annual', null, 'seed-000'],
  ['s5', 27000, 'median', 'annual', null, 'seed-000'],
  ['s6', 31290, 'median', 'annual', null, 'seed-000'],
  ['s7', 29930, 'median', 'annual', null, 'seed-000'],
  ['s8', 42000, 'median', 'annual', null, 'seed-000'],
  ['s9', 32350, 'median', 'annual', 2010, 'seed-001'],
  ['s10', 15.55, 'median', 'hourly', 2010, 'seed-001'],
  ['s11', 29940, 'range', 'annual', null, 'seed-002', 49770],
  ['s12', 14, 'range', 'hourly', null, 'seed-002', 24],
  ['s13', 27710, 'range', 'annual', null, 'seed-002', 40400],
  ['s14', 35960, 'mean', 'annual', null, 'seed-003'],
  ['s15', 46259, 'offered', 'annual', 2015, 'seed-003'],
  ['s16', 43827, 'offered', 'annual', 2010, 'seed-003'],
  ['s17', 42000, 'offered', 'annual', 2009, 'seed-003'],
  ['s18', 40258, 'offered', 'annual', 2010, 'seed-003'],
  ['s19', 36878, 'offered', 'annual', 2016, 'seed-003'],
  ['s20', 36000, 'offered', 'annual', 2016, 'seed-003'],
  ['s21', 35000, 'offered', 'annual', 2010, 'seed-003'],
  ['s22', 34778, 'offered', 'annual', 2009, 'seed-003'],
  ['s23', 32599, 'offered', 'annual', 2009, 'seed-003'],
  ['s24', 31472, 'offered', 'annual', 2009, 'seed-003'],
  ['s25', 29800, 'offered', 'annual', 2008, 'seed-003'],
  ['s26', 28030, 'median', 'annual', 2006, 'seed-004'],
  ['s27', 22420, 'range_p25_p75', 'annual', 2006, 'seed-004', 35990],
  ['s28', 19060, 'p10', 'annual', 2006, 'seed-004'],
  ['s29', 45260, 'p90', 'annual', 2006, 'seed-004'],
  ['s30', 29400, 'median', 'annual', 2006, 'seed-004'],
  ['s31', 28410, 'median', 'annual', 2006, 'seed-004'],
  ['s32', 26680, 'median', 'annual', 2006, 'seed-004'],
  ['s33', 24170, 'median', 'annual', 2006, 'seed-004'],
];

/** [id, company, location, ISO start date] for the Zippia salary table, in printed order. */
const COMPANY_ROWS: [string, string, string, string][] = [
  ['s15', 'Prestigious Home Health, Inc.', 'Covina, CA', '2015-07-02'],
  ['s16', 'Lemar Home Health Services, Inc.', 'Covina, CA', '2010-04-07'],
  ['s17', 'Massachusetts General Hospital', 'Boston, MA', '2009-05-07'],
  ['s18', 'Emelito Calderon DDS, Inc.', 'Los Angeles, CA', '2010-03-25'],
  ['s19', 'Mission Home Health Services Inc.', 'Los Angeles, CA', '2016-07-10'],
  ['s20', 'More Health, Inc.', 'Foster City, CA', '2016-08-02'],
  ['s21', 'Infinite Care, Inc.', 'Philadelphia, PA', '2010-02-01'],
  ['s22', "Children's Hospital", 'Boston, MA', '2009-12-15'],
  ['s23', 'Il SEON Kim, DDS, Inc.', 'Irvine, CA', '2009-01-16'],
  ['s24', 'Farrokh Alemzadeh, M.D., Inc.', 'Irvine, CA', '2009-04-30'],
  ['s25', 'Medcare Home Health Inc.', 'Chicago, IL', '2008-04-23'],
];

/** [id, industry as printed] for the industry medians. */
const INDUSTRY_ROWS: [string, string][] = [
  ['s4', 'General Medical and Surgical Hospitals'],
  ['s5', 'Offices of Physicians'],
  ['s6', 'Nursing Care Facilities'],
  ['s7', 'Outpatient Care Centers'],
  ['s8', 'Federal Executive Branch'],
  ['s30', 'General medical and surgical hospitals'],
  ['s31', 'Nursing care facilities'],
  ['s32', 'Outpatient care centers'],
  ['s33', 'Offices of physicians'],
];

describe('dataset coverage: the 33 seed salary figures', () => {
  it.each(SEED_SALARIES)('%s is %d (%s, %s, year %s, %s)', (id, value, statistic, period, year, source, high) => {
    const s = salaryById.get(id);
    expect(s, id).toBeDefined();
    expect(s).toMatchObject({ value, statistic, period, year, source });
    expect(s?.high).toBe(high);
    if (year === null) expect(s?.yearNote).toBeTruthy();
  });

  it.each(COMPANY_ROWS)('%s is one offered wage at %s, %s, starting %s', (id, company, location, date) => {
    expect(salaryById.get(id)).toMatchObject({ scope: 'company', company, location, date, roles: ['hit'] });
  });

  it.each(INDUSTRY_ROWS)('%s is the industry median for %s', (id, industry) => {
    expect(salaryById.get(id)).toMatchObject({ scope: 'industry', industry });
  });

  it('S13 is the Medical Secretary range and belongs to the medical secretary role only', () => {
    expect(salaryById.get('s13')).toMatchObject({ occupation: 'Medical Secretary', roles: ['medical_secretary'] });
  });
});

// ------------------------------------------------------------------ public BLS figures

const PUBLIC_SALARIES: [id: string, value: number, year: number | null, soc: string | undefined, source: string][] = [
  ['bls-29-9021-2022-median', 58250, 2022, '29-9021', 'bls-ooh-29-9021-2022'],
  ['bls-29-9021-2021-median', 55560, 2021, '29-9021', 'bls-oes-29-9021-2021'],
  ['bls-29-9021-2021-mean', 61410, 2021, '29-9021', 'bls-oes-29-9021-2021'],
  ['bls-29-9021-2021-p10', 29680, 2021, '29-9021', 'bls-oes-29-9021-2021'],
  ['bls-29-9021-2021-p25', 37500, 2021, '29-9021', 'bls-oes-29-9021-2021'],
  ['bls-29-9021-2021-p75', 76960, 2021, '29-9021', 'bls-oes-29-9021-2021'],
  ['bls-29-9021-2021-p90', 98490, 2021, '29-9021', 'bls-oes-29-9021-2021'],
  ['bls-11-9111-2023-median', 110680, 2023, '11-9111', 'bls-ooh-11-9111-2023'],
  ['bls-11-9111-2022-median', 104830, 2022, '11-9111', 'bls-ooh-11-9111-2022'],
  ['bls-11-9111-2019-median', 100980, 2019, '11-9111', 'bls-oes-11-9111-2019'],
  ['bls-43-6013-2019-median', 36580, 2019, '43-6013', 'bls-oes-43-6013-2019'],
  ['bls-43-6013-2019-p10', 26180, 2019, '43-6013', 'bls-oes-43-6013-2019'],
  ['bls-43-6013-2019-p25', 30590, 2019, '43-6013', 'bls-oes-43-6013-2019'],
  ['bls-43-6013-2019-p75', 44650, 2019, '43-6013', 'bls-oes-43-6013-2019'],
  ['bls-43-6013-2019-p90', 53230, 2019, '43-6013', 'bls-oes-43-6013-2019'],
  ['bls-29-2071-2011-median', 33310, 2011, '29-2071', 'bls-oes-29-2071-2011'],
  ['bls-29-2071-2015-median', 37110, 2015, '29-2071', 'bls-ooh-29-2071-2016'],
  ['bls-29-2071-2018-median', 40350, 2018, '29-2071', 'bls-ooh-29-2071-2019'],
  ['bls-mrhis-2020-median', 44090, 2020, undefined, 'bls-ooh-29-2071-2021'],
  ['sec-29-2072-2024-median', 50250, 2024, '29-2072', 'sec-29-2072-2024'],
];

describe('dataset coverage: public wage figures', () => {
  it.each(PUBLIC_SALARIES)('%s is %d (year %s, SOC %s)', (id, value, year, soc, source) => {
    const s = salaryById.get(id);
    expect(s, id).toBeDefined();
    expect(s).toMatchObject({ value, year, source });
    expect(s?.soc).toBe(soc);
  });

  it('marks the 29-2072 May 2024 median as secondary, not verified', () => {
    expect(d.sources.find((s) => s.id === 'sec-29-2072-2024')?.status).toBe('secondary');
  });

  it('gives every salary role a matching SOC code on the role', () => {
    for (const s of d.salaries) {
      if (!s.soc) continue;
      for (const r of s.roles) expect(roleById.get(r)?.soc, `${s.id} → ${r}`).toContain(s.soc);
    }
  });
});

// ------------------------------------------------------------------ outlook

const OUTLOOK: [source: string, metric: string, value: number, period: string][] = [
  ['seed-000', 'growth_pct', 18, '2006-2016'],
  ['seed-000', 'employment_change', 30000, '2006-2016'],
  ['seed-000', 'employment', 170000, '2006'],
  ['seed-000', 'employment', 200000, '2016'],
  ['seed-001', 'employment', 179500, '2010'],
  ['seed-001', 'growth_pct', 21, '2010-2020'],
  ['seed-001', 'employment_change', 37700, '2010-2020'],
  ['seed-002', 'growth_pct', 15, 'not stated'],
  ['bls-ooh-29-9021-2022', 'growth_pct', 16, '2022-2032'],
  ['bls-ooh-29-9021-2022', 'employment', 37900, '2022'],
  ['bls-ooh-11-9111-2023', 'growth_pct', 29, '2023-2033'],
  ['bls-ooh-11-9111-2023', 'employment', 562700, '2023'],
];

describe('dataset coverage: employment and outlook', () => {
  it.each(OUTLOOK)('%s: %s = %d for %s', (source, metric, value, period) => {
    const hit = d.outlook.find((o) => o.source === source && o.metric === metric && o.value === value);
    expect(hit, `${source} ${metric} ${value}`).toBeDefined();
    expect(hit?.period).toContain(period);
  });

  it('keeps the growth labels as printed', () => {
    expect(d.outlook.find((o) => o.source === 'seed-001' && o.metric === 'growth_pct')?.label).toBe(
      'Faster than average',
    );
    expect(d.outlook.find((o) => o.source === 'seed-002' && o.metric === 'growth_pct')?.label).toBe(
      'Faster than average',
    );
    expect(d.outlook.find((o) => o.source === 'bls-ooh-29-9021-2022' && o.metric === 'growth_pct')?.label).toBe(
      'Much faster than average',
    );
  });
});

// ------------------------------------------------------------------ titles

/** The 67 alternate titles of seed 002, spelled as in the seed. */
const TITLES_002 = [
  'Applications Analyst',
  'Business Office Representative',
  'Cancer Registrar',
  'Certified Coding Specialist',
  'Certified Medical Coder',
  'Certified Professional Coder (CPC)',
  'Clinical Analyst',
  'Clinical Data Specialist',
  'Clinical Documentation Improvement Specialist (CDIS)',
  'Clinical Office Technician',
  'Compliance Coordinator',
  'Disability Rater',
  'Electronic Health Records Specialist (EHR Specialist)',
  'Health Data Analyst',
  'Health Informatics Specialist',
  'Health Information Administrator',
  'Health Information Clerk',
  'Health Information Coder',
  'Health Information Management Hospital Coder (HIM Hospital Coder)',
  'Health Information Management Technician',
  'Health Information Specialist',
  'Health Information Systems Technician',
  'Health Information Technician (Health Information Tech)',
  'Health Information Technicians',
  'Health Record Technician',
  'Health Services Information Specialist',
  'Health Unit Clerk',
  'Healthcare Data Analyst',
  'Historian',
  'Hospital Unit Clerk',
  'ICD-9 Coder (International Classification of Diseases Coder)',
  'Insurance Coder',
  'Library Historian',
  'Medical Administrative Specialist',
  'Medical Administrative Technician',
  'Medical Biller',
  'Medical Biller Coder',
  'Medical Billing and Coding Specialist',
  'Medical Billing Coder',
  'Medical Billing Specialist',
  'Medical Care Evaluation Specialist',
  'Medical Claims Processor',
  'Medical Coder',
  'Medical Coding Technician',
  'Medical Data Analyst',
  'Medical Insurance Coder',
  'Medical Insurance Coding Specialist',
  'Medical Office Technician',
  'Medical Record Assistant',
  'Medical Record Coder',
  'Medical Record Consultant',
  'Medical Record Specialist',
  'Medical Records Analyst',
  'Medical Records and Health Information Technicians',
  'Medical Records Clerk',
  'Medical Records Coordinator',
  'Medical Records Custodian',
  'Medical Records Director',
  'Medical Records Supervisor',
  'Medical Records Technician (Medical Records Tech)',
  'Medical Reimbursement Specialist',
  'Medical Scribe',
  'Public Health Registrar',
  'Registered Health Information Technician (RHIT)',
  'Release of Information Specialist',
  'Severity of Illness Coordinator',
  'Tumor Registrar',
];

/** Titles of the other seeds: [title as stored, seed source, role]. Running-text mentions are stored title-cased. */
const OTHER_TITLES: [string, string, string][] = [
  ['Medical Records and Health Information Technician', 'seed-000', 'hit'],
  ['Medical Records and Health Information Technicians', 'seed-000', 'hit'],
  ['Coding Specialists', 'seed-000', 'coder'],
  ['Cancer Registrars', 'seed-000', 'registrar'],
  ['Health Services Managers', 'seed-000', 'health_services_exec'],
  ['Abstractors', 'seed-000', 'coder'],
  ['Medical Records and Health Information Technicians', 'seed-001', 'hit'],
  ['Medical Secretary', 'seed-002', 'medical_secretary'],
  ['Medical Records Technician', 'seed-003', 'hit'],
  ['Medical Record Technician', 'seed-003', 'hit'],
  ['Medical Records & Health Info. Technicians', 'seed-003', 'hit'],
  ['Medical Records & Health Info Technicians', 'seed-003', 'hit'],
  ['Health Information Technicians', 'seed-003', 'hit'],
  ['Medical Coders', 'seed-003', 'coder'],
  ['Coding Specialists', 'seed-003', 'coder'],
  ['Cancer Registrars', 'seed-003', 'registrar'],
  ['Medical or Health Services Manager', 'seed-003', 'health_services_exec'],
  ['Medical Records and Health Information Technicians', 'seed-004', 'hit'],
  ['Medical Coders', 'seed-004', 'coder'],
  ['Coders', 'seed-004', 'coder'],
  ['Cancer Registrars', 'seed-004', 'registrar'],
  ['Medical Secretaries', 'seed-004', 'medical_secretary'],
  ['Medical Transcriptionists', 'seed-004', 'transcriptionist'],
];

describe('dataset coverage: job titles', () => {
  it('the seed-002 list has 67 distinct titles', () => {
    expect(TITLES_002).toHaveLength(67);
    expect(new Set(TITLES_002).size).toBe(67);
  });

  it.each(TITLES_002)('"%s" (seed 002) appears exactly once, sourced to seed 002', (title) => {
    const found = allTitles.filter((t) => t.text === title);
    expect(found, title).toHaveLength(1);
    expect(found[0]?.sources).toContain('seed-002');
  });

  it.each(OTHER_TITLES)('"%s" (%s) appears once, mapped to %s', (title, source, role) => {
    const found = allTitles.filter((t) => t.text === title);
    expect(found, title).toHaveLength(1);
    expect(found[0]).toMatchObject({ role });
    expect(found[0]?.sources).toContain(source);
  });
});

// ------------------------------------------------------------------ credentials

const CREDENTIALS: [id: string, body: string, minEducation: string][] = [
  ['rhit', 'AHIMA', 'associate'],
  ['rhia', 'AHIMA', 'bachelor'],
  ['cca', 'AHIMA', 'high_school'],
  ['ccs', 'AHIMA', 'high_school'],
  ['ccs-p', 'AHIMA', 'high_school'],
  ['cpc-a', 'AAPC', 'none'],
  ['cpc', 'AAPC', 'none'],
  ['ods', 'NCRA', 'associate'],
  ['cdip', 'AHIMA', 'high_school'],
  ['chda', 'AHIMA', 'associate'],
  ['chps', 'AHIMA', 'high_school'],
];

describe('dataset coverage: credentials', () => {
  it.each(CREDENTIALS)('%s is awarded by %s (lowest route: %s)', (id, body, minEducation) => {
    expect(d.credentials.find((c) => c.id === id)).toMatchObject({ body, minEducation });
  });

  it.each(['ccs-p', 'cdip', 'chda'])('%s is marked unverified', (id) => {
    expect(d.credentials.find((c) => c.id === id)?.status).toBe('unverified');
  });
});

// ------------------------------------------------------------------ Zippia paths

const MRT = 'Medical Records Technician';
const PATHS: [id: string, total: number, titles: string[]][] = [
  [
    'z1',
    6,
    [
      'Patient Service Representative',
      'Billing Specialist',
      'Accounts Receivable Specialist',
      'Accounts Receivable Manager',
    ],
  ],
  [
    'z2',
    8,
    ['Patient Service Representative', 'Patient Care Coordinator', 'Nursing Director', 'Administrative Director'],
  ],
  ['z3', 5, ['Technician', 'Delivery Driver', 'Night Auditor', 'Assistant General Manager']],
  ['z4', 6, ['Medical Transcriptionist', 'Quality Assurance Program Manager', 'Board Member']],
  ['z5', 8, ['Data Entry Clerk', 'Billing Specialist', 'Business Office Manager']],
  ['z6', 6, ['Office Manager', 'Case Manager', 'Career Manager']],
  ['z7', 9, ['Medical Coder', 'Adjunct Instructor', 'Adjunct Professor', 'Clinical Director']],
  ['z8', 8, ['Office Manager', 'Registered Nurse', 'Staff Nurse', 'Clinical Manager']],
  ['z9', 5, ['Technician', 'Phlebotomist', 'Collections Specialist', 'Collections Manager']],
  ['z10', 10, ['Specialist', 'Systems Administrator', 'Director Of Information', 'Director Of Information Management']],
  ['z11', 8, ['Human Resources Coordinator', 'Business Manager', 'Contracts Manager', 'Government Contractor']],
  [
    'z12',
    6,
    ['Human Resources Assistant', 'Bookkeeper', 'Medical Records Clerk', 'Health Information Management Director'],
  ],
  [
    'z13',
    8,
    ['Human Resources Assistant', 'Accounts Receivable Specialist', 'Medical Coder', 'Health Information Manager'],
  ],
  ['z14', 10, ['Specialist', 'Operations Manager', 'Business Manager', 'Practice Administrator']],
  ['z15', 9, ['Data Entry Clerk', 'Office Manager', 'Practice Manager']],
  ['z16', 5, ['Patient Access Representative', 'Information Specialist', 'Information Manager', 'Records Manager']],
  ['z17', 9, ['Health Information Technician', 'Medical Coder', 'Adjunct Instructor', 'Service Director']],
  ['z18', 7, ['Medical Coder', 'Auditor', 'Operations Manager', 'Site Manager']],
  ['z19', 10, ['Medical Transcriptionist', 'Registered Nurse', 'Case Manager', 'Utilization Review Nurse']],
];

describe('dataset coverage: the 19 Zippia career paths', () => {
  it('has exactly the 19 printed paths', () => {
    expect(d.paths.map((p) => p.id)).toEqual(PATHS.map(([id]) => id));
  });

  it.each(PATHS)('%s totals %d years over the printed titles', (id, total, rest) => {
    const p = d.paths.find((x) => x.id === id);
    expect(p).toMatchObject({ totalYears: total, titles: [MRT, ...rest], source: 'seed-003' });
  });

  it('maps every printed path title to the role that owns that title', () => {
    const owner = new Map(allTitles.map((t) => [t.text.toLowerCase(), t.role]));
    for (const p of d.paths)
      p.titles.forEach((t, i) => expect(p.roles[i], `${p.id}: ${t}`).toBe(owner.get(t.toLowerCase())));
  });

  it('has modelled step years that reproduce each relevant path total within the stated tolerance', () => {
    for (const p of d.paths.filter((path) => path.relevant)) {
      const sum = p.stepYears.reduce((a, y) => a + y.typical, 0);
      expect(Math.abs(sum - p.totalYears), p.id).toBeLessThanOrEqual(TOTAL_TOLERANCE_YEARS);
    }
  });

  it('labels every step year as an estimate with its range', () => {
    for (const p of d.paths) {
      for (const y of p.stepYears) {
        expect(y.estimated, p.id).toBe(true);
        expect(y.method, p.id).toMatch(/Zippia/);
        expect(y.low, p.id).toBeLessThanOrEqual(y.typical);
        expect(y.typical, p.id).toBeLessThanOrEqual(y.high);
      }
    }
  });
});

// ------------------------------------------------------------------ CPI-U

const CPI: [number, number][] = [
  [2006, 201.6],
  [2007, 207.342],
  [2008, 215.303],
  [2009, 214.537],
  [2010, 218.056],
  [2011, 224.939],
  [2012, 229.594],
  [2013, 232.957],
  [2014, 236.736],
  [2015, 237.017],
  [2016, 240.007],
  [2017, 245.12],
  [2018, 251.107],
  [2019, 255.657],
  [2020, 258.811],
  [2021, 270.97],
  [2022, 292.655],
  [2023, 304.702],
  [2024, 313.689],
];

describe('dataset coverage: CPI-U annual averages', () => {
  it('has exactly the years 2006-2024 with the BLS values', () => {
    expect(d.cpi.values.map((v) => [v.year, v.value])).toEqual(CPI);
  });

  it('cites the BLS series', () => {
    expect(d.sources.find((s) => s.id === d.cpi.source)?.url).toBe('https://data.bls.gov/timeseries/CUUR0000SA0');
  });
});

// ------------------------------------------------------------------ roles and transitions

describe('dataset coverage: roles and transitions', () => {
  it('has a seed source per seed file', () => {
    const files = d.sources.filter((s) => s.kind === 'seed').map((s) => s.file);
    expect(files).toEqual([
      '000_e348aeea6c7bdf98.txt',
      '001_61ba809fc39a8cfe.txt',
      '002_42a6a4fde2647e2a.txt',
      '003_28a5948f7d6b4f28.txt',
      '004_7bc4e1e3fb7e285c.txt',
    ]);
  });

  it('reaches every in-scope role from an entry-level role', () => {
    const next = new Map<string, string[]>();
    for (const t of d.transitions) next.set(t.from, [...(next.get(t.from) ?? []), t.to]);
    const seen = new Set(d.roles.filter((r) => r.level === 'entry' && !r.outOfScope).map((r) => r.id));
    const queue = [...seen];
    while (queue.length) {
      for (const to of next.get(queue.shift() as string) ?? []) {
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    const unreachable = d.roles.filter((r) => !r.outOfScope && !seen.has(r.id)).map((r) => r.id);
    expect(unreachable).toEqual([]);
  });

  it('draws no edge to or from the out-of-scope role', () => {
    expect(d.transitions.filter((t) => t.from === 'x_other' || t.to === 'x_other')).toEqual([]);
  });
});

// ------------------------------------------------------------------ quotes against the seed files

const SEEDS_DIR = fileURLToPath(new URL('../../docs/seeds/', import.meta.url));
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

describe('dataset coverage: quotes and titles against the seed files', () => {
  const seedText = new Map(
    d.sources
      .filter((s) => s.kind === 'seed' && s.file)
      .map((s) => [s.id, normalise(readFileSync(`${SEEDS_DIR}${s.file}`, 'utf8'))]),
  );

  it('finds every seed salary and outlook quote verbatim (whitespace-normalised) in its seed', () => {
    for (const x of [...d.salaries, ...d.outlook]) {
      const text = seedText.get(x.source);
      if (text) expect(text.includes(normalise(x.quote)), `${x.id}: ${x.quote}`).toBe(true);
    }
  });

  it('finds every seed-sourced title in its seed (case-insensitively)', () => {
    for (const t of allTitles)
      for (const s of t.sources) {
        const text = seedText.get(s);
        if (text) expect(text.includes(normalise(t.text)), `${t.text} in ${s}`).toBe(true);
      }
  });
});
