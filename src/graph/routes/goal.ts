/**
 * What a search toward one role knows about the rest of the way, from any label: lower bounds
 * of the years and steps still to come (the A* keys) and the fewest moves left (a tie-break).
 *
 * The fewest job years to the target is one bound. The target's own requirement is another: a
 * route must meet it on its last move, from what the label holds or more, so the study it still
 * needs and the experience it still lacks both lie ahead. Part-time study may have run alongside
 * the label's free time (clock.ts), so it counts twice its length less that free time, and
 * experience grows no faster than the clock. The bound is what makes the search finish on
 * hiring-shaped data: a target that asks for a bachelor's sets every walk through entry jobs at
 * the degree's part-time years, not at the few job years the moves alone take, and walks that
 * gathered credentials the target cannot use sort after those that did not.
 */
import { PART_TIME_FACTOR } from './constraints';
import type { RouteIndex } from './route-index';
import { distancesTo, reverseOf } from './reverse';
import type { PersonState } from './qualify';
import type { Label } from './search';

export interface Goal {
  target: number;
  /** Fewest job years from each role to the target (Infinity when it cannot be reached). */
  years: Float64Array;
  /** Fewest moves from each role to the target (Infinity when it cannot be reached). */
  hops: Float64Array;
  /** The distinct requirements of the moves into the target (−1: a move that asks for nothing). */
  into: number[];
}

/** Where a label stands: what the bound reads of it. */
export interface Standing {
  node: number;
  state: PersonState;
  exp: readonly number[];
  free: number;
}

export interface Remaining {
  years: number;
  steps: number;
  hops: number;
}

const GOALS = new WeakMap<RouteIndex, Map<number, Goal>>();

/** The goal of a search toward `target`, built once per index and target. */
export function goalOf(index: RouteIndex, target: number): Goal {
  let byTarget = GOALS.get(index);
  if (!byTarget) GOALS.set(index, (byTarget = new Map()));
  let goal = byTarget.get(target);
  if (!goal) byTarget.set(target, (goal = freshGoal(index, target)));
  return goal;
}

function freshGoal(index: RouteIndex, to: number): Goal {
  const reverse = reverseOf(index);
  const into = new Set<number>();
  for (let p = reverse.inStart[to]!; p < reverse.inStart[to + 1]!; p++)
    into.add(index.requirement[reverse.inEdge[p]!]!);
  const years = distancesTo(reverse, [to], (e) => index.jobTypical[e]!);
  return {
    target: to,
    years,
    hops: distancesTo(reverse, [to], () => 1),
    into: [...into],
  };
}

/**
 * Lower bounds of the years and steps from a label to the goal, and the fewest moves left.
 * Each is admissible: no route on from the label takes less.
 */
export function remaining(index: RouteIndex, goal: Goal, l: Standing): Remaining {
  const hops = goal.hops[l.node]!;
  const jobYears = goal.years[l.node]!;
  if (l.node === goal.target || jobYears === Infinity) return { years: jobYears, steps: 0, hops };
  // Before a first job, study is full-time (clock.ts); after it, as the person chose.
  const partTime = index.constraints.study === 'part_time' && l.node !== index.noJob;
  let years = Infinity;
  let steps = Infinity;
  for (const r of goal.into) {
    if (r < 0) return { years: jobYears, steps: 0, hops };
    for (const o of index.options(r, l.state)) {
      let y = partTime ? PART_TIME_FACTOR * o.study.typical - l.free : o.study.typical;
      for (let k = 0; k < o.exp.length; k++) y = Math.max(y, o.exp[k]! - l.exp[k]!);
      years = Math.min(years, y);
      steps = Math.min(steps, o.steps);
    }
  }
  // No way to meet the last move from here (one may open with what a longer route earns): the job years only.
  if (steps === Infinity) return { years: jobYears, steps: 0, hops };
  return { years: Math.max(jobYears, years), steps, hops };
}

/** The label with its search keys set for a goal (years, steps and hops alone without one). */
export function keyed(index: RouteIndex, goal: Goal | null, l: Label): Label {
  if (!goal) {
    l.f = l.years;
    l.sk = l.steps;
    l.hk = l.hops;
    return l;
  }
  const rest = remaining(index, goal, l);
  l.f = l.years + rest.years;
  l.sk = l.steps + rest.steps;
  l.hk = l.hops + rest.hops;
  return l;
}
