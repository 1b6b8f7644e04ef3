/**
 * Which labels a reachability search can drop: it wants each role's fastest route, so once a
 * role is settled (reached at its fewest years) a label is useful only for what lies beyond
 * it. Labels are settled in order of years, so a label no unsettled role is near enough to —
 * its years plus the fewest job years to the nearest one exceed the limit — can settle nothing
 * new, and neither can anything it leads to.
 *
 * On hiring-shaped data the labels of a role differ in the experience their walks gathered, and
 * none beats another (more time, more experience): the search settles every role early and
 * then goes on costing such walks until they run out of years. This ends them.
 *
 * The distance to the nearest unsettled role only grows as roles are settled, so a stale one
 * is still a lower bound: it is recomputed (one reverse Dijkstra over the job years) once
 * a role was settled since the last and as many labels were looked at as there are roles, which
 * keeps its cost about that of the labels' own expansions.
 */
import { EPS } from './constraints';
import { distancesTo, reverseOf } from './reverse';
import type { RouteIndex } from './route-index';
import type { Label } from './search';

export interface UnreachedAhead {
  /** Note a settled label's role. */
  settled: (node: number) => void;
  /** True when no role still unsettled can be reached from the label within the limit. */
  useless: (label: Label) => boolean;
}

export function unreachedAhead(index: RouteIndex, source: number, limit: number): UnreachedAhead {
  const reverse = reverseOf(index);
  const n = index.ids.length;
  const done = new Uint8Array(n);
  // The start and "No job yet" are never listed: nothing needs to reach them.
  done[source] = 1;
  if (index.noJob >= 0) done[index.noJob] = 1;
  let distance: Float64Array | null = null;
  let fresh = false;
  let looked = 0;
  const recompute = () => {
    const open: number[] = [];
    for (let v = 0; v < n; v++) if (!done[v]) open.push(v);
    distance = distancesTo(reverse, open, (e) => index.jobTypical[e]!);
    fresh = true;
    looked = 0;
  };
  return {
    settled: (node) => {
      if (done[node]) return;
      done[node] = 1;
      fresh = false;
    },
    useless: (label) => {
      if (!distance || (!fresh && ++looked >= n)) recompute();
      return label.years + distance![label.node]! > limit + EPS;
    },
  };
}
