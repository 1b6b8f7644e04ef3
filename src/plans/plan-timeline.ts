/**
 * A plan's timelines, one per goal, as the editor and the handout show them: the stored route
 * rebuilt against the current data, its milestones, and a plain message when a goal has no
 * usable route (so a shared plan made with older data still opens and says what changed).
 */
import { roleTitle, type CareerModel } from '../graph/model';
import { EDUCATION_NAMES, NO_JOB, explainNoRoute, type Route } from '../graph/routes';
import { planConstraints, resolvePlanRoute } from './plan-routes';
import type { Plan, PlanRoute } from './schema';
import { buildTimeline, type Milestone } from './timeline';

export interface GoalTimeline {
  goal: string;
  goalTitle: string;
  stored: PlanRoute | null;
  route: Route | null;
  milestones: Milestone[];
  /** Why there is no timeline; null when there is one. */
  message: string | null;
  /** The route is shown but breaks a plan constraint (education limit, years). */
  warnings: string[];
}

function noRouteMessage(model: CareerModel, plan: Plan, goal: string): string {
  const title = roleTitle(model, goal);
  if (!model.graph.hasNode(goal)) return `The goal '${goal}' is not a role in the current data.`;
  if (plan.start.kind === 'role' && model.graph.hasNode(plan.start.roleId)) {
    const why = explainNoRoute(model.graph, plan.start.roleId, goal, planConstraints(model, plan));
    if (why) return why.message;
  }
  if (plan.start.kind === 'education' && model.graph.getAttribute('entries')?.length) {
    const why = explainNoRoute(model.graph, NO_JOB, goal, planConstraints(model, plan));
    if (why) return why.message;
  }
  if (plan.start.kind === 'education') {
    const years = plan.constraints.maxYears === null ? '' : ` and at most ${plan.constraints.maxYears} years`;
    return `No route from a first job to ${title} fits the plan's limits (education up to ${EDUCATION_NAMES[plan.constraints.educationCeiling]}${years}). Try raising a limit.`;
  }
  return `No route to ${title} has been chosen yet.`;
}

export function planTimelines(model: CareerModel, plan: Plan): GoalTimeline[] {
  return plan.goals.map((goal) => {
    const goalTitle = roleTitle(model, goal);
    const stored = plan.routes.find((r) => r.roles[r.roles.length - 1] === goal) ?? null;
    const empty = { goal, goalTitle, stored, route: null, milestones: [], warnings: [] };
    if (!stored) return { ...empty, message: noRouteMessage(model, plan, goal) };
    const resolved = resolvePlanRoute(model, plan, stored);
    if (!resolved.ok) return { ...empty, message: resolved.message };
    const milestones = buildTimeline(model, resolved.route);
    return { goal, goalTitle, stored, route: resolved.route, milestones, message: null, warnings: resolved.warnings };
  });
}
