/**
 * The dataset's fixed vocabularies (levels, tracks, education, experience kinds, statistics)
 * and the id rule, without zod: the first screen (filters, URL, map layout) needs these
 * constants but not the schema, which is loaded only to validate an import or a plan.
 * schema.ts re-exports them.
 */
/** Ordered from entry to leadership; the order drives the map's left → right layout. */
export const LEVELS = ['entry', 'mid', 'senior', 'leadership'] as const;
export type Level = (typeof LEVELS)[number];

/** Ordered: a higher index is more schooling. Used for "highest education I am willing to reach". */
export const EDUCATION_LEVELS = [
  'none',
  'high_school',
  'certificate',
  'some_college',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const TRACKS = [
  'records',
  'coding',
  'registry',
  'documentation',
  'analytics',
  'privacy',
  'revenue',
  'management',
  'education',
  'feeder',
  'other',
] as const;
export type Track = (typeof TRACKS)[number];

/**
 * Kinds of work experience that eligibility rules count (CPC: 2 years of coding; ODS route B:
 * 1,950 hours in a cancer registry; CHPS: privacy or security management…). A role says which
 * kinds its time counts as; a rule says how many years of a kind it needs.
 */
export const EXPERIENCE_KINDS = ['coding', 'cancer_registry', 'cdi', 'health_data', 'privacy_security'] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

/**
 * How strongly a job or an exam asks for something: 'required' is a licensing or credential rule;
 * 'typical' is what most employers ask (BLS "typical entry-level education"); 'recommended' is
 * preparation the awarding body or counselors advise (a coding course before the CCA). Routes
 * honour all three by default; a user may relax typical and recommended ones.
 */
export const STRENGTHS = ['required', 'typical', 'recommended'] as const;
export type Strength = (typeof STRENGTHS)[number];

export const STATISTICS = [
  'median',
  'mean',
  'p10',
  'p25',
  'p75',
  'p90',
  /** A "typical" range whose percentiles the source does not state. */
  'range',
  /** The middle 50 %: low is the 25th, high the 75th percentile. */
  'range_p25_p75',
  /** One offered wage for one job at one employer (n = 1). */
  'offered',
] as const;
export type Statistic = (typeof STATISTICS)[number];
export const RANGE_STATISTICS: readonly Statistic[] = ['range', 'range_p25_p75'];

/** The shape of every id (roles, credentials, sources…): one definition for the schema, CSV import, plans and URLs. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const ID_MAX = 64;
export const ID_MESSAGE = 'must be lower-case letters, digits, "_" or "-"';
/**
 * "constructor" fits the pattern but is a name every JavaScript object already has: where ids key
 * a plain object (in our code or a library's) it would read as a built-in function, so it is refused.
 */
export const isReservedId = (id: string): boolean => id in Object.prototype;
export const RESERVED_ID_MESSAGE = 'is a name every JavaScript object already has; choose another id';
/** An id the whole app can use: its shape, its length, and not a reserved name. */
export const isUsableId = (id: string): boolean => ID_PATTERN.test(id) && id.length <= ID_MAX && !isReservedId(id);
