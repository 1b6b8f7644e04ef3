/**
 * The dataset schema: the single definition of what the career data looks like.
 *
 * The dataset is data, not code (`careers.json`); this module validates it at load and
 * derives the TypeScript types from the schema so the two can never drift apart.
 * Cross-references (a transition naming an unknown role…) are checked by
 * `validate-references.ts`, because zod validates shape, not relations. The fields records are
 * built from are in schema-fields.ts, roles and credentials in schema-roles.ts; this module
 * assembles the dataset and is the one to import from.
 */
// First: zod is loaded on demand (imports, plans), and whoever loads it reaches it through here.
import './zod-csp';
import { z } from 'zod';
import { EDUCATION_LEVELS, RANGE_STATISTICS, STATISTICS } from './vocabulary';
import { customIssue, SCHEMA_WORDS } from './problems';
import { id, nonNegative, spanish, text, year } from './schema-fields';
import {
  credentialGateSchema,
  credentialSchema,
  gateSchema,
  hiringRuleSchema,
  requiresSchema,
  roleSchema,
} from './schema-roles';

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
export {
  credentialGateSchema,
  credentialSchema,
  formerNameSchema,
  gateSchema,
  hiringRuleSchema,
  requiresSchema,
  roleSchema,
  titleSchema,
} from './schema-roles';
export type { EducationLevel, ExperienceKind, Level, Statistic, Strength, Track } from './vocabulary';

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
