/**
 * A plan's timelines, one per goal, as the editor and the handout show them: the stored route
 * rebuilt against the current data, its milestones, and a plain message when a goal has no
 * usable route (so a shared plan made with older data still opens and says what changed).
 */
import { roleTitle, type CareerModel } from '../graph/model';
import { NO_JOB, explainNoRoute, type Route } from '../graph/routes';
import { educationName } from '../graph/routes/explain';
import type { Locale } from '../i18n/locale';
import { yearsPhrase } from '../i18n/years';
import { m } from '../paraglide/messages.js';
import { planConstraints, resolvePlanRoute } from './plan-routes';
import type { Plan, PlanRoute } from './schema';
import { buildTimeline, type Milestone } from './timeline';
import { skippedSummary } from '../text/route-time';

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
  /** What the route skips that most employers ask for (a plan that allows it); null when nothing. */
  skipped: string | null;
}

function noRouteMessage(model: CareerModel, plan: Plan, goal: string, locale?: Locale): string {
  const o = { locale };
  const title = roleTitle(model, goal, locale);
  const text = { locale, title: (id: string) => roleTitle(model, id, locale) };
  if (!model.graph.hasNode(goal)) return m.pt_goal_missing({ goal }, o);
  if (plan.start.kind === 'role' && model.graph.hasNode(plan.start.roleId)) {
    const why = explainNoRoute(model.graph, plan.start.roleId, goal, planConstraints(model, plan), text);
    if (why) return why.message;
  }
  if (plan.start.kind === 'education' && model.graph.getAttribute('entries')?.length) {
    // No explanation means a route from a first job fits the limits: it has only to be chosen.
    const why = explainNoRoute(model.graph, NO_JOB, goal, planConstraints(model, plan), text);
    return why ? why.message : m.pt_not_chosen({ role: title }, o);
  }
  if (plan.start.kind === 'education') {
    const years =
      plan.constraints.maxYears === null
        ? ''
        : m.pt_at_most_years({ years: yearsPhrase(plan.constraints.maxYears, 'years', locale) }, o);
    return m.pt_no_first_job_route(
      { role: title, level: educationName(plan.constraints.educationCeiling, locale), years },
      o,
    );
  }
  return m.pt_not_chosen({ role: title }, o);
}

/** Each goal's timeline, in `locale` (a handout's plan language) or else the interface's. */
export function planTimelines(model: CareerModel, plan: Plan, locale?: Locale): GoalTimeline[] {
  return plan.goals.map((goal) => {
    const goalTitle = roleTitle(model, goal, locale);
    const stored = plan.routes.find((r) => r.roles[r.roles.length - 1] === goal) ?? null;
    const empty = { goal, goalTitle, stored, route: null, milestones: [], warnings: [], skipped: null };
    if (!stored) return { ...empty, message: noRouteMessage(model, plan, goal, locale) };
    const resolved = resolvePlanRoute(model, plan, stored, locale);
    if (!resolved.ok) return { ...empty, message: resolved.message };
    const milestones = buildTimeline(model, resolved.route, { locale });
    const { route, warnings } = resolved;
    const skipped = skippedSummary(model, route, locale);
    return { goal, goalTitle, stored, route, milestones, message: null, warnings, skipped };
  });
}
