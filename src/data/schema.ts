/**
 * The dataset schema: the single definition of what the career data looks like.
 *
 * The dataset is data, not code (`careers.json`); this module validates it at load and
 * derives the TypeScript types from the schema so the two can never drift apart.
 * Cross-references (a transition naming an unknown role…) are checked by
 * `validate-references.ts`, because zod validates shape, not relations.
 */
// First: zod is loaded on demand (imports, plans), and whoever loads it reaches it through here.
import './zod-csp';
import { z } from 'zod';
import {
  EDUCATION_LEVELS,
  EXPERIENCE_KINDS,
  ID_MAX,
  ID_PATTERN,
  isReservedId,
  LEVELS,
  RANGE_STATISTICS,
  STATISTICS,
  STRENGTHS,
  TRACKS,
} from './vocabulary';
import { customIssue, SCHEMA_WORDS, tooLong } from './problems';

export {
  EDUCATION_LEVELS,
  EXPERIENCE_KINDS,
  ID_MAX,
  ID_MESSAGE,
  ID_PATTERN,
  LEVELS,
  RANGE_STATISTICS,
  STATISTICS,
  STRENGTHS,
  TRACKS,
} from './vocabulary';
export type { EducationLevel, ExperienceKind, Level, Statistic, Strength, Track } from './vocabulary';

const id = z
  .string()
  .min(1, SCHEMA_WORDS.not_empty)
  .max(ID_MAX, tooLong(ID_MAX))
  .regex(ID_PATTERN, SCHEMA_WORDS.id_pattern)
  .refine((v) => !isReservedId(v), SCHEMA_WORDS.id_reserved);
const text = (max = 2000) => z.string().trim().min(1, SCHEMA_WORDS.not_empty).max(max, tooLong(max));
const year = z.number().int().min(1900).max(2100);
const nonNegative = z.number().finite().min(0, SCHEMA_WORDS.not_negative);

/**
 * Spanish beside the English: a record's `es` holds the same fields in Spanish (a role's title,
 * a task's text, a move's note). Absent → the English is shown, marked as such. A quote from a
 * source stays in English inside the Spanish text, in straight double quotes, glossed after it.
 */
const spanish = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape).optional();

/**
 * One way to qualify: everything listed is needed (education level or more, each program, each
 * credential, each amount of experience). An empty gate asks for nothing.
 */
export const gateSchema = z.object({
  education: z.enum(EDUCATION_LEVELS).optional(),
  programs: z.array(id).optional(),
  credentials: z.array(id).optional(),
  experience: z
    .array(
      z.object({ kind: z.enum(EXPERIENCE_KINDS), years: z.number().finite().gt(0, SCHEMA_WORDS.positive).max(40) }),
    )
    .optional(),
  /** Shown beside the rule, e.g. "60 credits including two semesters of anatomy and physiology". */
  note: text(400).optional(),
});

/** What a move or a first job asks for: the gate's items, and — when given — any one of the alternatives too. */
export const requiresSchema = gateSchema.extend({
  credentials: z.array(id).default([]),
  anyOf: z.array(gateSchema).min(1, SCHEMA_WORDS.needs_alternative).optional(),
});

/**
 * One of a credential's eligibility gates. 'required' gates are the rule (any one qualifies);
 * 'recommended' gates are the preparation the awarding body advises (any one; routes count it
 * unless the user relaxes recommended preparation). Absent: required.
 */
export const credentialGateSchema = gateSchema.extend({ strength: z.enum(['required', 'recommended']).optional() });

/**
 * What a job asks for, one rule of it: every rule of a role applies, and within a rule any one
 * alternative qualifies. Each rule states its strength and its sources, or that it is an inference.
 */
export const hiringRuleSchema = z
  .object({
    strength: z.enum(STRENGTHS),
    anyOf: z.array(gateSchema).min(1, SCHEMA_WORDS.needs_alternative),
    sources: z.array(id).optional(),
    /** True when the rule is reasoned from the sources rather than read in one (shown as an inference). */
    inference: z.boolean().optional(),
    note: text(400).optional(),
    es: spanish({ note: text(400) }),
  })
  .superRefine((r, ctx) => {
    if (!r.sources?.length && !r.inference)
      ctx.addIssue({ code: 'custom', path: ['sources'], message: SCHEMA_WORDS.needs_source });
  });

export const sourceSchema = z.object({
  id,
  kind: z.enum(['seed', 'public', 'user']),
  publisher: text(200),
  title: text(300),
  /** e.g. "Occupational Outlook Handbook, 2008-09 edition". */
  edition: text(200).optional(),
  /** The year(s) the figures describe, as the source states them ("May 2006"), or a note that it is unknown. */
  dataYear: text(100),
  /** Seed file name in shared/seeds, for seeds. */
  file: text(200).optional(),
  /** Only web addresses: a javascript:, data: or vbscript: URL would be kept in exports and could one day be shown as a link. */
  url: z.url({ protocol: /^https?$/, error: SCHEMA_WORDS.web_address }).optional(),
  /** ISO date the public source was read. */
  accessed: z.iso.date().optional(),
  /** Where the day of reading was not recorded: the latest day it can have been (when its figures entered the data). */
  readBy: z.iso.date().optional(),
  /** 'verified' when read on a primary page; 'secondary' when only quoted by another site. */
  status: z.enum(['verified', 'secondary', 'seed']),
  note: text().optional(),
  /** The source's publisher, title and edition are names and stay as printed; the date note is ours. */
  es: spanish({ dataYear: text(200) }),
});

export const titleSchema = z.object({
  /** Exactly as the source prints it. */
  text: text(200),
  sources: z.array(id).min(1, SCHEMA_WORDS.needs_source),
});

const sourcedText = z.object({
  text: text(),
  sources: z.array(id).min(1, SCHEMA_WORDS.needs_source),
  es: spanish({ text: text() }),
});

export const roleSchema = z.object({
  id,
  title: text(120),
  track: z.enum(TRACKS),
  level: z.enum(LEVELS),
  /** BLS SOC code(s) whose wage data describe the role; shared codes are how one figure covers several roles. */
  soc: z.array(z.string().regex(/^\d{2}-\d{4}$/, SCHEMA_WORDS.soc_format)),
  /**
   * Codes in `soc` that cover the role only as part of a wider occupation (a coding supervisor
   * within all medical and health services managers). Their figures are shown under the
   * occupation's name, never as the role's own pay, and rank routes by pay only when allowed.
   */
  broaderSoc: z.array(z.string().regex(/^\d{2}-\d{4}$/, SCHEMA_WORDS.soc_format)).optional(),
  /**
   * Codes in `soc` that described the role before a SOC revision (29-2071 until the 2018 split).
   * Their figures, and figures with no code (a combined profile), are the role's pay history:
   * shown with their year, the headline only when no current code has a figure.
   */
  formerSoc: z.array(z.string().regex(/^\d{2}-\d{4}$/, SCHEMA_WORDS.soc_format)).optional(),
  description: text(),
  tasks: z.array(sourcedText),
  education: z.object({
    /** The typical entry education for the role. */
    typical: z.enum(EDUCATION_LEVELS),
    /** What the sources say, including where they disagree. */
    statements: z.array(sourcedText).min(1, SCHEMA_WORDS.needs_statement),
  }),
  /** Credential ids typically held or preferred in the role. */
  credentials: z.array(id),
  titles: z.array(titleSchema),
  /**
   * How people are hired into the role (study, credentials, experience), with strengths. Routes
   * may enter the role from any plausible role whose holder meets these (docs/data.md, "Derived
   * moves"); absent: only the moves the data lists lead in.
   */
  hiring: z.array(hiringRuleSchema).optional(),
  /** The kinds of experience that time in this role counts as, for eligibility rules. */
  experience: z.array(z.enum(EXPERIENCE_KINDS)).optional(),
  /** True for roles kept only so every seed title and path has a home (outside health information). */
  outOfScope: z.boolean().optional(),
  sources: z.array(id).min(1, SCHEMA_WORDS.needs_source),
  /** `titles`: Spanish job titles as US job ads and counselors use them, for search (translations, not source titles). */
  es: spanish({ title: text(120), description: text().optional(), titles: z.array(text(200)).optional() }),
});

/**
 * A name a credential had before (NCRA's CTR, renamed ODS in 2024). Search still finds it, and
 * its `id`, when given, is the id older links and plans used: they open the current credential.
 */
export const formerNameSchema = z.object({
  id: id.optional(),
  abbr: text(20),
  name: text(200),
  /** The last year the credential had this name. */
  until: year,
  sources: z.array(id).min(1, SCHEMA_WORDS.needs_source),
});

export const credentialSchema = z.object({
  id,
  abbr: text(20),
  name: text(200),
  /** Earlier names, newest first. */
  formerly: z.array(formerNameSchema).optional(),
  /** What holders write after their name, when it is not the abbreviation (ODS-C for the ODS). */
  postNominal: text(20).optional(),
  body: text(20),
  bodyName: text(200),
  /** Eligibility as the sources state it, one route per entry. */
  eligibility: z.array(sourcedText).min(1, SCHEMA_WORDS.needs_eligibility),
  /**
   * What a source says about the pay of holders against non-holders (a credential body's claim
   * or member survey, said to be one). Absent: no source in the data gives a difference.
   */
  payNote: sourcedText.optional(),
  /** The lowest education any eligibility route accepts. */
  minEducation: z.enum(EDUCATION_LEVELS),
  /**
   * The eligibility rules the route planner applies, any one of which qualifies (then the exam).
   * Absent: the exam has no prerequisite the data can state.
   */
  rules: z.array(credentialGateSchema).min(1).optional(),
  status: z.enum(['verified', 'unverified', 'seed']),
  note: text().optional(),
  sources: z.array(id).min(1, SCHEMA_WORDS.needs_source),
  /** The abbreviation stays as it is (RHIT, ODS); the name is translated. */
  es: spanish({ name: text(200), note: text().optional() }),
});

export const salarySchema = z
  .object({
    id,
    roles: z.array(id).min(1, SCHEMA_WORDS.needs_role),
    soc: z
      .string()
      .regex(/^\d{2}-\d{4}$/)
      .optional(),
    /** The occupation the figure describes, as the source names it. */
    occupation: text(200),
    statistic: z.enum(STATISTICS),
    period: z.enum(['annual', 'hourly']),
    value: nonNegative.gt(0, SCHEMA_WORDS.positive),
    /** Upper end, for range statistics only. */
    high: nonNegative.optional(),
    /** The reference year, or null when the source does not state one. */
    year: year.nullable(),
    yearNote: text().optional(),
    scope: z.enum(['national', 'industry', 'company']),
    industry: text(200).optional(),
    company: text(200).optional(),
    location: text(200).optional(),
    date: z.iso.date().optional(),
    /** The figure exactly as printed. */
    quote: text(400),
    source: id,
    /**
     * The quote and the occupation are the source's words and stay as printed; the year note is
     * ours, and `occupation` is how a Spanish sentence names the occupation ("todos los gerentes…").
     */
    es: spanish({ yearNote: text().optional(), occupation: text(200).optional() }),
  })
  .superRefine((s, ctx) => {
    const isRange = RANGE_STATISTICS.includes(s.statistic);
    if (isRange && s.high === undefined)
      ctx.addIssue(
        customIssue('high_required', `is required for statistic "${s.statistic}"`, { statistic: s.statistic }, [
          'high',
        ]),
      );
    if (!isRange && s.high !== undefined)
      ctx.addIssue(
        customIssue(
          'high_not_allowed',
          `is only allowed for range statistics, not "${s.statistic}"`,
          { statistic: s.statistic },
          ['high'],
        ),
      );
    if (s.high !== undefined && s.high < s.value)
      ctx.addIssue({ code: 'custom', path: ['high'], message: SCHEMA_WORDS.high_below_value });
    if (s.year === null && !s.yearNote)
      ctx.addIssue({ code: 'custom', path: ['yearNote'], message: SCHEMA_WORDS.year_note_required });
  });

export const outlookSchema = z.object({
  id,
  roles: z.array(id).min(1),
  occupation: text(200),
  metric: z.enum(['growth_pct', 'employment', 'employment_change']),
  value: z.number().finite(),
  /** "2006-2016", "2010", or a note that it is unstated. */
  period: text(40),
  /**
   * True for a job count the source projects (seed 000's "Employment 2016" printed in 2008).
   * Absent: growth and change over a period are projections, a job count is a count.
   */
  projected: z.boolean().optional(),
  label: text(80).optional(),
  quote: text(400),
  source: id,
  /** The period in Spanish where it is words, not years ("not stated …"). */
  es: spanish({ period: text(60) }),
});

export const yearsSchema = z
  .object({
    /** The single figure shown; for estimates, the model's value. */
    typical: nonNegative,
    low: nonNegative,
    high: nonNegative,
    /** False when a source states the years; true when modelled or inferred. */
    estimated: z.boolean(),
    /** How an estimate was made (shown to the user). */
    method: text().optional(),
  })
  .superRefine((y, ctx) => {
    if (y.low > y.typical || y.typical > y.high) ctx.addIssue({ code: 'custom', message: SCHEMA_WORDS.years_order });
    if (y.estimated && !y.method)
      ctx.addIssue({ code: 'custom', path: ['method'], message: SCHEMA_WORDS.method_required });
  });

/**
 * A program of study: what it takes to enter, the education level it leads to, and its typical
 * full-time length (a public convention such as IPEDS award definitions, never one school's figure).
 */
export const programSchema = z.object({
  id,
  name: text(200),
  /** Education needed to enrol. */
  entry: z.enum(EDUCATION_LEVELS),
  /** The education level a graduate holds, when the program confers one. */
  grants: z.enum(EDUCATION_LEVELS).optional(),
  /** Other program ids a graduate counts as having completed (a degree completion counts as the degree). */
  countsAs: z.array(id).optional(),
  /** Typical full-time length in years, with the range to show. */
  years: z
    .object({ typical: z.number().finite().gt(0), low: z.number().finite().gt(0), high: z.number().finite().gt(0) })
    .refine((y) => y.low <= y.typical && y.typical <= y.high, SCHEMA_WORDS.years_order),
  /** How the length was set (e.g. "IPEDS: associate degree, 2 years full-time; 150 % = 3"). */
  basis: text(400),
  note: text().optional(),
  sources: z.array(id).min(1, SCHEMA_WORDS.needs_source),
  /** `basis`: the Spanish of how the length was set. */
  es: spanish({ name: text(200), note: text().optional(), basis: text(400).optional() }),
});

/** How a person with no job yet gets a first job in a role (study, an exam), with its sources. */
export const entrySchema = z.object({
  id,
  role: id,
  requires: requiresSchema,
  note: text().optional(),
  sources: z.array(id).min(1, SCHEMA_WORDS.needs_source),
  es: spanish({ note: text() }),
});

export const transitionSchema = z.object({
  id,
  from: id,
  to: id,
  kind: z.enum(['advancement', 'lateral']),
  /** Typical years spent in the from-role before the move. */
  years: yearsSchema,
  requires: requiresSchema,
  /**
   * 'implausible': kept as evidence (a source printed it) but left out of route search unless
   * the user asks for it; plausibilityNote says why.
   */
  plausibility: z.enum(['plausible', 'implausible']).optional(),
  plausibilityNote: text(400).optional(),
  note: text().optional(),
  sources: z.array(id).min(1, SCHEMA_WORDS.needs_source),
  /** `method`: how the move's years were estimated (years.method), in Spanish. */
  es: spanish({ note: text().optional(), plausibilityNote: text(400).optional(), method: text().optional() }),
});

export const pathSchema = z.object({
  id,
  /** Role names exactly as the source prints them, start to destination. */
  titles: z.array(text(120)).min(2),
  /** The role each printed title maps to (same length as titles). */
  roles: z.array(id).min(2),
  totalYears: nonNegative,
  /** Modelled years spent in each role before the destination (titles.length - 1 entries). */
  stepYears: z.array(yearsSchema),
  /** Kept out of the estimation fit because it leaves health information. */
  relevant: z.boolean(),
  note: text().optional(),
  source: id,
  es: spanish({ note: text() }),
});

export const cpiSchema = z.object({
  series: text(100),
  source: id,
  values: z.array(z.object({ year, value: z.number().positive() })).min(1),
});

export const datasetSchema = z.object({
  version: z.literal(1),
  name: text(200),
  es: spanish({ name: text(200) }),
  sources: z.array(sourceSchema).min(1),
  roles: z.array(roleSchema).min(1),
  credentials: z.array(credentialSchema),
  salaries: z.array(salarySchema),
  outlook: z.array(outlookSchema),
  transitions: z.array(transitionSchema),
  /** Programs of study the eligibility rules name. */
  programs: z.array(programSchema).optional(),
  /** First jobs for a person with no job yet. */
  entries: z.array(entrySchema).optional(),
  paths: z.array(pathSchema),
  cpi: cpiSchema,
});

export type Source = z.infer<typeof sourceSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Credential = z.infer<typeof credentialSchema>;
export type Salary = z.infer<typeof salarySchema>;
export type Outlook = z.infer<typeof outlookSchema>;
export type Years = z.infer<typeof yearsSchema>;
export type Transition = z.infer<typeof transitionSchema>;
export type Gate = z.infer<typeof gateSchema>;
export type CredentialGate = z.infer<typeof credentialGateSchema>;
export type HiringRule = z.infer<typeof hiringRuleSchema>;
export type Requires = z.infer<typeof requiresSchema>;
export type Program = z.infer<typeof programSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type CareerPath = z.infer<typeof pathSchema>;
export type Cpi = z.infer<typeof cpiSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
