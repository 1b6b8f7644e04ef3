/**
 * Plans store routes as role sequences; this module turns them back into Routes against the
 * current dataset (saying what no longer fits), suggests routes for a plan's goals, and makes
 * new plans. Pure functions: the dataset and the clock come in as arguments.
 */
import { EDUCATION_LEVELS, type EducationLevel } from '../data/schema';
import { roleTitle, type CareerModel } from '../graph/model';
import { EDUCATION_NAMES, educationRank, kBestRoutes, type Constraints, type Objective, type Route } from '../graph/routes';
import { resolveConstraints } from '../graph/routes/constraints';
import { computeRoute } from '../graph/routes/route-cost';
import { routeSalarySeries } from '../graph/salary/route-series';
import { PLAN_VERSION, type Plan, type PlanRoute } from './schema';

const MODULE = 'plans/plan-routes';

export type ResolvedPlanRoute = { ok: true; route: Route; warnings: string[] } | { ok: false; message: string };

const maxLevel = (a: EducationLevel, b: EducationLevel) => (educationRank(a) >= educationRank(b) ? a : b);

/**
 * The route-search constraints a plan implies. A student starting from school must first reach
 * the first job's typical education (the timeline shows that study step), so later moves count
 * that level as held rather than asking for it twice.
 */
export function planConstraints(model: CareerModel, plan: Plan, firstRole?: string): Constraints {
  let education = plan.education;
  const first = firstRole ? model.roles.get(firstRole) : undefined;
  if (plan.start.kind === 'education' && first) education = maxLevel(education, first.education.typical);
  return {
    heldCredentials: [...plan.heldCredentials],
    education,
    educationCeiling: maxLevel(plan.constraints.educationCeiling, education),
    ...(plan.constraints.maxYears !== null ? { maxYears: plan.constraints.maxYears } : {}),
    avoid: [],
  };
}

/** A role's plotted salary in constant dollars, for the salary objectives (undefined when unknown). */
export function salaryOfRole(model: CareerModel): (roleId: string) => number | undefined {
  const cache = new Map<string, number | undefined>();
  return (roleId) => {
    if (!cache.has(roleId)) cache.set(roleId, routeSalarySeries(model, { roles: [roleId], steps: [] })[0]?.y ?? undefined);
    return cache.get(roleId);
  };
}

/** Rebuilds a stored route against the model; problems that make it unusable are errors, the rest warnings. */
export function resolvePlanRoute(model: CareerModel, plan: Plan, stored: PlanRoute): ResolvedPlanRoute {
  const { graph } = model;
  const title = (id: string) => roleTitle(model, id);
  for (const id of stored.roles) {
    if (!graph.hasNode(id)) return { ok: false, message: `The role '${id}' is not in the current data, so this route cannot be shown.` };
  }
  const edges: string[] = [];
  for (let i = 1; i < stored.roles.length; i++) {
    const from = stored.roles[i - 1]!;
    const to = stored.roles[i]!;
    const edge = graph.edge(from, to);
    if (edge === undefined) return { ok: false, message: `The current data has no move from ${title(from)} to ${title(to)}, so this route needs to be chosen again.` };
    edges.push(edge);
  }
  const constraints = resolveConstraints(MODULE, graph, planConstraints(model, plan, stored.roles[0]));
  const route: Route =
    edges.length > 0
      ? computeRoute(graph, edges, constraints, stored.objective, salaryOfRole(model))
      : { roles: [...stored.roles], moves: [], totalYears: { typical: 0, low: 0, high: 0 }, estimated: false, newCredentials: [], newEducation: null, steps: 0, cost: null };
  const warnings: string[] = [];
  for (const move of route.moves) {
    for (const req of move.requirements) {
      if (req.kind === 'education' && educationRank(req.id as EducationLevel) > constraints.ceilingRank) {
        warnings.push(`The move to ${title(move.to)} needs ${EDUCATION_NAMES[req.id as EducationLevel]}, above the plan's education limit.`);
      }
    }
  }
  if (plan.constraints.maxYears !== null && route.totalYears.typical > plan.constraints.maxYears + 1e-9) {
    warnings.push(`This route typically takes longer than the plan's limit of ${plan.constraints.maxYears} years.`);
  }
  return { ok: true, route, warnings };
}

function bestRoutes(model: CareerModel, plan: Plan, from: string, goal: string, objective: Objective, k: number): Route[] {
  if (from === goal) {
    const single = resolvePlanRoute(model, plan, { roles: [goal], objective });
    return single.ok ? [single.route] : [];
  }
  return kBestRoutes(model.graph, from, goal, { ...planConstraints(model, plan, from), objective, k, salaryOf: salaryOfRole(model) });
}

/** Entry roles a student could start in: typical education within the plan's ceiling. */
export function firstJobCandidates(model: CareerModel, plan: Plan): string[] {
  const ceiling = educationRank(maxLevel(plan.constraints.educationCeiling, plan.education));
  return model.dataset.roles
    .filter((r) => model.graph.hasNode(r.id) && r.level === 'entry' && educationRank(r.education.typical) <= ceiling)
    .map((r) => r.id);
}

/**
 * Up to k routes to a goal, best first. A role start routes from that role; a student start
 * keeps the first job already chosen, or tries every candidate first job and keeps the fastest.
 */
export function suggestRoutes(model: CareerModel, plan: Plan, goal: string, k = 3): Route[] {
  if (!model.graph.hasNode(goal)) return [];
  const existing = plan.routes.find((r) => r.roles[r.roles.length - 1] === goal);
  const objective = existing?.objective ?? 'years';
  if (plan.start.kind === 'role') return model.graph.hasNode(plan.start.roleId) ? bestRoutes(model, plan, plan.start.roleId, goal, objective, k) : [];
  const firstJob = existing?.roles[0];
  if (firstJob && firstJobCandidates(model, plan).includes(firstJob)) {
    const kept = bestRoutes(model, plan, firstJob, goal, objective, k);
    if (kept.length) return kept;
  }
  const found = firstJobCandidates(model, plan).flatMap((from) => bestRoutes(model, plan, from, goal, objective, 1));
  return found.sort((a, b) => a.totalYears.typical - b.totalYears.typical || (a.roles[0]! < b.roles[0]! ? -1 : 1)).slice(0, k);
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
    if (best) routes.push({ roles: best.roles, objective: stored?.objective ?? 'years' });
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
  label?: string;
  now?: Date;
  id?: string;
}

/** A new plan from a route the planner found: start at its first role, aim at its last. */
export function planFromRoute(route: Pick<Route, 'roles'>, options: NewPlanOptions = {}): Plan {
  const start = route.roles[0];
  const goal = route.roles[route.roles.length - 1];
  if (start === undefined || goal === undefined) throw new Error(`${MODULE}: planFromRoute needs a route with at least one role`);
  const at = (options.now ?? new Date()).toISOString();
  const education = options.education ?? 'high_school';
  const ceiling = options.educationCeiling ?? EDUCATION_LEVELS[EDUCATION_LEVELS.length - 1]!;
  return {
    version: PLAN_VERSION,
    id: options.id ?? newPlanId(),
    label: options.label ?? '',
    createdAt: at,
    updatedAt: at,
    start: { kind: 'role', roleId: start },
    heldCredentials: [...new Set(options.heldCredentials ?? [])],
    education,
    goals: [goal],
    constraints: { educationCeiling: ceiling, maxYears: options.maxYears ?? null },
    routes: [{ roles: [...route.roles], objective: options.objective ?? 'years' }],
    notes: '',
    stepNotes: {},
    stepStatus: {},
  };
}

/** A copy with a new identity (e.g. "Save a copy" of a shared plan): same content, new id and dates. */
export function copyPlan(plan: Plan, options: { now?: Date; id?: string } = {}): Plan {
  const at = (options.now ?? new Date()).toISOString();
  // A JSON copy, not structuredClone: plans are JSON by definition, and a plan held in Svelte
  // $state is a Proxy, which structuredClone refuses.
  return JSON.parse(JSON.stringify({ ...plan, id: options.id ?? newPlanId(), createdAt: at, updatedAt: at })) as Plan;
}
