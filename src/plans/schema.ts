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
import { EDUCATION_LEVELS, ID_MESSAGE, ID_PATTERN } from '../data/vocabulary';
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
const dataId = z
  .string()
  .min(1, 'must not be empty')
  .max(PLAN_LIMITS.id, `must be at most ${PLAN_LIMITS.id} characters`)
  .regex(ID_PATTERN, ID_MESSAGE);

const planId = z
  .string()
  .min(1, 'must not be empty')
  .max(PLAN_LIMITS.id, `must be at most ${PLAN_LIMITS.id} characters`)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "_" or "-"');

/**
 * Step keys name a milestone by what it is, not where it sits ("exam:rhia", "job:coder"), so a
 * note or a status survives a route being recomputed or reordered, and is shared by every route
 * of the plan that passes through the same step (passing the RHIA is one fact about the student).
 */
export const STEP_KEY = /^(job|study|exam):[a-z0-9][a-z0-9_-]{0,63}$/;
const stepKey = z.string().regex(STEP_KEY, 'must look like "job:<role>", "study:<program>" or "exam:<credential>"');

const bounded = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const education = z.enum(EDUCATION_LEVELS);

function uniqueList<T extends z.ZodType<string>>(item: T, max: number, what: string) {
  return z
    .array(item)
    .max(max, `must list at most ${max} ${what}`)
    .refine((list) => new Set(list).size === list.length, `must not repeat ${what}`);
}

function boundedRecord<T extends z.ZodType>(value: T) {
  return z
    .record(stepKey, value)
    .refine((r) => Object.keys(r).length <= PLAN_LIMITS.stepEntries, `must have at most ${PLAN_LIMITS.stepEntries} entries`);
}

export const planStartSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('role'), roleId: dataId }),
  z.strictObject({ kind: z.literal('education'), level: education }),
]);

export const planRouteSchema = z.strictObject({
  /** Start (or, for a student, first job) to goal. One role alone means "the first job is the goal". */
  roles: uniqueList(dataId, PLAN_LIMITS.routeRoles, 'roles').min(1, 'must name at least one role'),
  objective: z.enum(OBJECTIVES),
});

export const planSchema = z
  .strictObject({
    version: z.literal(PLAN_VERSION),
    id: planId,
    /** Initials or a nickname chosen by the counselor; never a full name (the UI says so). */
    label: bounded(PLAN_LIMITS.label),
    createdAt: z.iso.datetime({ message: 'must be an ISO date-time' }),
    updatedAt: z.iso.datetime({ message: 'must be an ISO date-time' }),
    start: planStartSchema,
    heldCredentials: uniqueList(dataId, PLAN_LIMITS.heldCredentials, 'credentials'),
    /** Highest education already held. */
    education,
    goals: uniqueList(dataId, PLAN_LIMITS.goals, 'goals').min(1, 'must name at least one goal'),
    constraints: z.strictObject({
      educationCeiling: education,
      maxYears: z.number().finite().min(0, 'must be ≥ 0').max(60, 'must be at most 60').nullable(),
      /** Study alongside work or full-time; absent in plans made before the route clock counted study. */
      study: z.enum(STUDY_MODES).optional(),
    }),
    routes: z.array(planRouteSchema).max(PLAN_LIMITS.routes, `must list at most ${PLAN_LIMITS.routes} routes`),
    notes: bounded(PLAN_LIMITS.notes),
    stepNotes: boundedRecord(bounded(PLAN_LIMITS.stepNote)),
    stepStatus: boundedRecord(z.enum(STEP_STATUSES)),
    /** The language the plan was made or last edited in; its handout prints in it. Absent in older plans: English. */
    locale: z.enum(LOCALES).optional(),
  })
  .superRefine((plan, ctx) => {
    // Cross-field rules: the parts of a plan must describe the same student.
    if (plan.start.kind === 'education' && plan.start.level !== plan.education) {
      ctx.addIssue({ code: 'custom', path: ['start', 'level'], message: `must equal education ('${plan.education}')` });
    }
    plan.routes.forEach((route, i) => {
      const first = route.roles[0];
      const last = route.roles[route.roles.length - 1];
      if (plan.start.kind === 'role' && first !== plan.start.roleId) {
        ctx.addIssue({ code: 'custom', path: ['routes', i, 'roles', 0], message: `must be the start role '${plan.start.roleId}'` });
      }
      if (last !== undefined && !plan.goals.includes(last)) {
        ctx.addIssue({ code: 'custom', path: ['routes', i, 'roles'], message: `must end at one of the goals, not '${last}'` });
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
