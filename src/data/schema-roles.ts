/**
 * The dataset's people-side records: roles (with their titles and hiring rules), credentials
 * (with their former names and eligibility rules), and the gates both use to say what a step asks
 * for. schema.ts assembles them into the dataset and re-exports them.
 */
// First: zod is loaded on demand (imports, plans), and whoever loads it reaches it through here.
import './zod-csp';
import { z } from 'zod';
import { EDUCATION_LEVELS, EXPERIENCE_KINDS, LEVELS, STRENGTHS, TRACKS } from './vocabulary';
import { SCHEMA_WORDS } from './problems';
import { id, sourcedText, spanish, text, year } from './schema-fields';

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

export const titleSchema = z.object({
  /** Exactly as the source prints it. */
  text: text(200),
  sources: z.array(id).min(1, SCHEMA_WORDS.needs_source),
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
