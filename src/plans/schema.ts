/**
 * A counselor's advancement plan: what the student starts from, where they want to go, the
 * route(s) chosen and the counselor's notes. Plans leave the app (IndexedDB, share links, JSON
 * files) and come back from places we do not control, so the schema is strict (unknown keys are
 * rejected) and every string and list is bounded: a record that does not fit is damaged, not
 * "close enough".
 *
 * Routes are stored as role-id sequences, not as computed Route objects, so a plan stays small
 * and is recomputed (and re-checked) against whatever dataset the app ships.
 */
import '../data/zod-csp'; // before any plan is parsed: see zod-csp.ts
import { z } from 'zod';
import { EDUCATION_LEVELS, ID_PATTERN } from '../data/vocabulary';
import { m } from '../paraglide/messages.js';
import '../i18n/zod-messages';
import { describeIssues } from '../data/problems';
import { OBJECTIVES } from '../graph/routes/types';
import { STUDY_MODES } from '../graph/routes/constraints';
import { LOCALES, type Locale } from '../i18n/locale';

export const PLAN_VERSION = 1;

export const PLAN_LIMITS = {
  label: 40,
  notes: 2000,
  stepNote: 500,
  stepEntries: 60,
  goals: 5,
  routes: 5,
  routeRoles: 30,
  heldCredentials: 40,
  id: 64,
} as const;

export const STEP_STATUSES = ['todo', 'in_progress', 'done'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const STEP_KINDS = ['job', 'study', 'exam'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Same shape as dataset ids, so a plan can only name things a dataset could contain. */
// Messages are functions: zod words a problem when it finds it, in the reader's language then.
const say = (words: () => string) => ({ error: words });
const notEmpty = say(() => m.vp_not_empty());
const atMostChars = (max: number) => say(() => m.vp_too_long({ max }));

const dataId = z
  .string()
  .min(1, notEmpty)
  .max(PLAN_LIMITS.id, atMostChars(PLAN_LIMITS.id))
  .regex(
    ID_PATTERN,
    say(() => m.vp_id_pattern()),
  );

const planId = z
  .string()
  .min(1, notEmpty)
  .max(PLAN_LIMITS.id, atMostChars(PLAN_LIMITS.id))
  .regex(
    /^[A-Za-z0-9_-]+$/,
    say(() => m.pl_plan_id_pattern()),
  );

/**
 * Step keys name a milestone by what it is, not where it sits ("exam:rhia", "job:coder"), so a
 * note or a status survives a route being recomputed or reordered, and is shared by every route
 * of the plan that passes through the same step (passing the RHIA is one fact about the student).
 */
export const STEP_KEY = /^(job|study|exam):[a-z0-9][a-z0-9_-]{0,63}$/;
const stepKey = z.string().regex(
  STEP_KEY,
  say(() => m.pl_step_key()),
);

const bounded = (max: number) => z.string().max(max, atMostChars(max));
const education = z.enum(EDUCATION_LEVELS);

function uniqueList<T extends z.ZodType<string>>(item: T, max: number, what: () => string) {
  return z
    .array(item)
    .max(
      max,
      say(() => m.pl_list_at_most({ max, what: what() })),
    )
    .refine(
      (list) => new Set(list).size === list.length,
      say(() => m.pl_no_repeats({ what: what() })),
    );
}

function boundedRecord<T extends z.ZodType>(value: T) {
  return z.record(stepKey, value).refine(
    (r) => Object.keys(r).length <= PLAN_LIMITS.stepEntries,
    say(() => m.pl_at_most_entries({ max: PLAN_LIMITS.stepEntries })),
  );
}

export const planStartSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('role'), roleId: dataId }),
  z.strictObject({ kind: z.literal('education'), level: education }),
]);

export const planRouteSchema = z.strictObject({
  /** Start (or, for a student, first job) to goal. One role alone means "the first job is the goal". */
  roles: uniqueList(dataId, PLAN_LIMITS.routeRoles, () => m.pl_what_roles()).min(
    1,
    say(() => m.vp_needs_role()),
  ),
  objective: z.enum(OBJECTIVES),
});

export const planSchema = z
  .strictObject({
    version: z.literal(PLAN_VERSION),
    id: planId,
    /** Initials or a nickname chosen by the counselor; never a full name (the UI says so). */
    label: bounded(PLAN_LIMITS.label),
    createdAt: z.iso.datetime(say(() => m.pl_date_time())),
    updatedAt: z.iso.datetime(say(() => m.pl_date_time())),
    start: planStartSchema,
    heldCredentials: uniqueList(dataId, PLAN_LIMITS.heldCredentials, () => m.pl_what_credentials()),
    /** Highest education already held. */
    education,
    goals: uniqueList(dataId, PLAN_LIMITS.goals, () => m.pl_what_goals()).min(
      1,
      say(() => m.pl_needs_goal()),
    ),
    constraints: z.strictObject({
      educationCeiling: education,
      maxYears: z
        .number()
        .finite()
        .min(
          0,
          say(() => m.vp_not_negative()),
        )
        .max(
          60,
          say(() => m.pl_at_most({ max: 60 })),
        )
        .nullable(),
      /** Study alongside work or full-time; absent in plans made before the route clock counted study. */
      study: z.enum(STUDY_MODES).optional(),
      /** Routes may skip a typical requirement or recommended preparation (marked); absent: they may not. */
      relaxTypical: z.boolean().optional(),
    }),
    routes: z.array(planRouteSchema).max(
      PLAN_LIMITS.routes,
      say(() => m.pl_list_at_most({ max: PLAN_LIMITS.routes, what: m.pl_what_routes() })),
    ),
    notes: bounded(PLAN_LIMITS.notes),
    stepNotes: boundedRecord(bounded(PLAN_LIMITS.stepNote)),
    stepStatus: boundedRecord(z.enum(STEP_STATUSES)),
    /** The language the plan was made or last edited in; its handout prints in it. Absent in older plans: English. */
    locale: z.enum(LOCALES).optional(),
  })
  .superRefine((plan, ctx) => {
    // Cross-field rules: the parts of a plan must describe the same student.
    if (plan.start.kind === 'education' && plan.start.level !== plan.education) {
      ctx.addIssue({
        code: 'custom',
        path: ['start', 'level'],
        message: m.pl_start_level({ education: plan.education }),
      });
    }
    plan.routes.forEach((route, i) => {
      const first = route.roles[0];
      const last = route.roles[route.roles.length - 1];
      if (plan.start.kind === 'role' && first !== plan.start.roleId) {
        ctx.addIssue({
          code: 'custom',
          path: ['routes', i, 'roles', 0],
          message: m.pl_start_role({ role: plan.start.roleId }),
        });
      }
      if (last !== undefined && !plan.goals.includes(last)) {
        ctx.addIssue({ code: 'custom', path: ['routes', i, 'roles'], message: m.pl_route_end({ role: last }) });
      }
    });
  });

export type Plan = z.infer<typeof planSchema>;

/** The language a plan prints in: its own, else English (plans made before plans had one). */
export function planLocale(plan: Pick<Plan, 'locale'>): Locale {
  return plan.locale ?? 'en';
}
export type PlanStart = z.infer<typeof planStartSchema>;
export type PlanRoute = z.infer<typeof planRouteSchema>;

/** What is wrong with a plan, in the reader's language: the first three problems and a count of the rest. */
export function describePlanIssues(error: z.ZodError): string {
  return describeIssues(error, 3, (count) => m.pl_and_more({ count }));
}
