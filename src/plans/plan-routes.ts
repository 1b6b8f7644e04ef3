/**
 * Plans store routes as role sequences; this module turns them back into Routes against the
 * current dataset (saying what no longer fits), suggests routes for a plan's goals, and makes
 * new plans. Pure functions: the dataset and the clock come in as arguments.
 */
import { EDUCATION_LEVELS, type EducationLevel } from '../data/vocabulary';
import { currentCredentialIds } from '../data/credential-ids';
import { roleTitle, type CareerModel } from '../graph/model';
import {
  NO_JOB,
  costRoute,
  educationRank,
  kBestRoutes,
  type Constraints,
  type Objective,
  type Route,
  type StudyMode,
} from '../graph/routes';
import { constantDollarSalaryOf } from '../graph/salary/role-salary';
import { PLAN_VERSION, type Plan, type PlanRoute } from './schema';
import type { Locale } from '../i18n/locale';
import { yearsPhrase } from '../i18n/years';
import { m } from '../paraglide/messages.js';
import { educationName } from '../graph/routes/explain';

const MODULE = 'plans/plan-routes';

export type ResolvedPlanRoute = { ok: true; route: Route; warnings: string[] } | { ok: false; message: string };

/** The route-search constraints a plan implies. */
export function planConstraints(model: CareerModel, plan: Plan): Constraints {
  return {
    // A plan saved before a credential was renamed names it by its old id ("ctr" for the ODS).
    heldCredentials: currentCredentialIds(model.dataset.credentials, plan.heldCredentials),
    education: plan.education,
    educationCeiling:
      educationRank(plan.constraints.educationCeiling) >= educationRank(plan.education)
        ? plan.constraints.educationCeiling
        : plan.education,
    ...(plan.constraints.maxYears !== null ? { maxYears: plan.constraints.maxYears } : {}),
    avoid: [],
    study: plan.constraints.study ?? 'part_time',
    relaxTypical: plan.constraints.relaxTypical ?? false,
  };
}

/** A student's route starts with the study and exams for the first job (NO_JOB), when the data says how. */
function startsFromSchool(model: CareerModel, plan: Plan): boolean {
  return plan.start.kind === 'education' && !!model.graph.getAttribute('entries')?.length;
}

/** The roles a plan stores for a route: never the NO_JOB start, which the plan's start already says. */
export function storedRoles(route: Pick<Route, 'roles'>): string[] {
  return route.roles.filter((r) => r !== NO_JOB);
}

/** Rebuilds a stored route against the model; problems that make it unusable are errors, the rest warnings. */
export function resolvePlanRoute(
  model: CareerModel,
  plan: Plan,
  stored: PlanRoute,
  locale?: Locale,
): ResolvedPlanRoute {
  const { graph } = model;
  const o = { locale };
  const title = (id: string) => roleTitle(model, id, locale);
  for (const id of stored.roles) {
    if (!graph.hasNode(id)) return { ok: false, message: m.pr_role_missing({ id }, o) };
  }
  const constraints = planConstraints(model, plan);
  const roles = startsFromSchool(model, plan) ? [NO_JOB, ...stored.roles] : stored.roles;
  // The education limit is checked after costing, so a route that breaks it is still shown, with a warning.
  const options = {
    ...constraints,
    educationCeiling: 'doctorate' as const,
    maxYears: undefined,
    objective: stored.objective,
    salaryOf: constantDollarSalaryOf(model),
  };
  const route = roles.length > 1 ? costRoute(graph, roles, options) : singleRoleRoute(roles);
  if (!route) {
    // A move no source lists (a derived move) is on a route while the student can meet the job's rules.
    const unlisted = stored.roles.findIndex((to, i) => i > 0 && !graph.hasDirectedEdge(stored.roles[i - 1]!, to));
    if (unlisted > 0) {
      const [from, to] = [title(stored.roles[unlisted - 1]!), title(stored.roles[unlisted]!)];
      return { ok: false, message: m.pr_move_missing({ from, to }, o) };
    }
    const first = title(stored.roles[0]!);
    return { ok: false, message: roles[0] === NO_JOB ? m.pr_no_start({ role: first }, o) : m.pr_cannot_meet({}, o) };
  }
  const warnings: string[] = [];
  const ceiling = educationRank(constraints.educationCeiling);
  if (route.newEducation && educationRank(route.newEducation) > ceiling) {
    warnings.push(m.pr_above_education({ level: educationName(route.newEducation, locale) }, o));
  }
  if (plan.constraints.maxYears !== null && route.totalYears.typical > plan.constraints.maxYears + 1e-9) {
    warnings.push(m.pr_above_years({ years: yearsPhrase(plan.constraints.maxYears, 'years', locale) }, o));
  }
  return { ok: true, route, warnings };
}

function singleRoleRoute(roles: readonly string[]): Route {
  const zero = { typical: 0, low: 0, high: 0 };
  return {
    roles: [...roles],
    moves: [],
    totalYears: zero,
    parts: { work: zero, study: zero, studyMode: null },
    schedule: { jobs: zero, waiting: zero, studyBeyondJobs: zero, fullTimeStudy: zero, partTimeStudy: zero },
    estimated: false,
    relaxed: false,
    newCredentials: [],
    newPrograms: [],
    newEducation: null,
    steps: 0,
    cost: null,
  };
}

function bestRoutes(
  model: CareerModel,
  plan: Plan,
  from: string,
  goal: string,
  objective: Objective,
  k: number,
): Route[] {
  if (from === goal) {
    const single = resolvePlanRoute(model, plan, { roles: [goal], objective });
    return single.ok ? [single.route] : [];
  }
  return kBestRoutes(model.graph, from, goal, {
    ...planConstraints(model, plan),
    objective,
    k,
    salaryOf: constantDollarSalaryOf(model),
  });
}

/** Entry roles a student could start in: typical education within the plan's ceiling (data without first-job rules). */
export function firstJobCandidates(model: CareerModel, plan: Plan): string[] {
  const ceiling = Math.max(educationRank(plan.constraints.educationCeiling), educationRank(plan.education));
  return model.dataset.roles
    .filter((r) => model.graph.hasNode(r.id) && r.level === 'entry' && educationRank(r.education.typical) <= ceiling)
    .map((r) => r.id);
}

/**
 * Up to k routes to a goal, best first. A role start routes from that role; a student start
 * routes from NO_JOB (study and exams for the first job included) when the data says how to get
 * a first job, else tries every candidate first job.
 */
export function suggestRoutes(model: CareerModel, plan: Plan, goal: string, k = 3): Route[] {
  if (!model.graph.hasNode(goal)) return [];
  const existing = plan.routes.find((r) => r.roles[r.roles.length - 1] === goal);
  const objective = existing?.objective ?? 'years';
  if (plan.start.kind === 'role')
    return model.graph.hasNode(plan.start.roleId) ? bestRoutes(model, plan, plan.start.roleId, goal, objective, k) : [];
  if (startsFromSchool(model, plan)) return bestRoutes(model, plan, NO_JOB, goal, objective, k);
  const found = firstJobCandidates(model, plan).flatMap((from) => bestRoutes(model, plan, from, goal, objective, 1));
  return found
    .sort((a, b) => a.totalYears.typical - b.totalYears.typical || (a.roles[0]! < b.roles[0]! ? -1 : 1))
    .slice(0, k);
}

/**
 * One route per goal, in goal order: a stored route is kept while it still resolves without
 * warnings (so the counselor's choice survives unrelated edits); otherwise the best suggestion.
 */
export function replan(model: CareerModel, plan: Plan): Plan {
  const routes: PlanRoute[] = [];
  for (const goal of plan.goals) {
    const stored = plan.routes.find((r) => r.roles[r.roles.length - 1] === goal);
    const startOk = !stored || plan.start.kind !== 'role' || stored.roles[0] === plan.start.roleId;
    const resolved = stored && startOk ? resolvePlanRoute(model, plan, stored) : null;
    if (stored && resolved?.ok && resolved.warnings.length === 0) {
      routes.push(stored);
      continue;
    }
    const best = suggestRoutes(model, plan, goal, 1)[0];
    if (best) routes.push({ roles: storedRoles(best), objective: stored?.objective ?? 'years' });
  }
  return { ...plan, routes };
}

/** Random, URL-safe; getRandomValues works outside secure contexts, unlike randomUUID. */
export function newPlanId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return 'p-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface NewPlanOptions {
  heldCredentials?: string[];
  education?: EducationLevel;
  educationCeiling?: EducationLevel;
  maxYears?: number | null;
  objective?: Objective;
  study?: StudyMode;
  /** The planner showed routes that may skip a typical requirement (the route may be one). */
  relaxTypical?: boolean;
  label?: string;
  now?: Date;
  id?: string;
  /** The interface language the plan is made in (its handout prints in it). */
  locale?: Locale;
}

/** A new plan from a route the planner found: start at its first role (or school, for NO_JOB), aim at its last. */
export function planFromRoute(route: Pick<Route, 'roles'>, options: NewPlanOptions = {}): Plan {
  const start = route.roles[0];
  const goal = route.roles[route.roles.length - 1];
  if (start === undefined || goal === undefined || goal === NO_JOB)
    throw new Error(`${MODULE}: planFromRoute needs a route with at least one role`);
  const at = (options.now ?? new Date()).toISOString();
  const education = options.education ?? 'high_school';
  const ceiling = options.educationCeiling ?? EDUCATION_LEVELS[EDUCATION_LEVELS.length - 1]!;
  return {
    version: PLAN_VERSION,
    id: options.id ?? newPlanId(),
    label: options.label ?? '',
    createdAt: at,
    updatedAt: at,
    start: start === NO_JOB ? { kind: 'education', level: education } : { kind: 'role', roleId: start },
    heldCredentials: [...new Set(options.heldCredentials ?? [])],
    education,
    goals: [goal],
    constraints: {
      educationCeiling: ceiling,
      maxYears: options.maxYears ?? null,
      ...(options.study ? { study: options.study } : {}),
      ...(options.relaxTypical ? { relaxTypical: true } : {}),
    },
    routes: [{ roles: storedRoles(route), objective: options.objective ?? 'years' }],
    notes: '',
    stepNotes: {},
    stepStatus: {},
    ...(options.locale ? { locale: options.locale } : {}),
  };
}

/** A copy with a new identity (e.g. "Save a copy" of a shared plan): same content, new id and dates. */
export function copyPlan(plan: Plan, options: { now?: Date; id?: string } = {}): Plan {
  const at = (options.now ?? new Date()).toISOString();
  // Plans are held in raw (unproxied) state, so they clone like any plain object.
  return structuredClone({ ...plan, id: options.id ?? newPlanId(), createdAt: at, updatedAt: at });
}
