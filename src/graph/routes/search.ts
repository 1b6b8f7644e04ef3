/**
 * The search under every route algorithm: a label-setting A* over (role, what the person holds,
 * experience gained). A move's time and steps depend on what the route earned before it (a
 * held RHIA skips the HIM degree; two years as a coder meet the CPC rule), and a label carries
 * exactly that state, so the search is exact, not a heuristic.
 *
 * A label is dropped when an earlier label at the same role took no more years and steps and
 * holds at least as much (education, programs, credentials, experience of every kind): holding
 * more never makes a later move dearer, so every continuation costs it no less.
 *
 * Routes are simple paths. The fast mode ignores that while searching (walks), which is exact
 * whenever the best walk found is simple; callers check and, in the rare case it is not, rerun
 * in simple mode, where a label may not revisit its own roles and only dominates labels whose
 * way in covers its own (elementary-path dominance, exact but slower).
 */
import { EPS } from './constraints';
import { experienceAfter, stepTime, type StepTime } from './clock';
import { keyed, type Goal } from './goal';
import { Heap } from './heap';
import { sittable } from './sittable';
import type { RouteIndex } from './route-index';
import { holds, nothingToDo, type Option, type PersonState } from './qualify';

export interface Banned {
  /** 1 for roles the path may not enter. */
  nodes: Uint8Array;
  /** Move positions the path may not take. */
  edges: ReadonlySet<number>;
}

export interface Label {
  node: number;
  state: PersonState;
  /** Years of experience of each kind so far (capped where no rule asks for more). */
  exp: readonly number[];
  /** The route clock so far: typical, low and high. */
  years: number;
  low: number;
  high: number;
  steps: number;
  /** Typical or recommended items skipped so far (relaxed requirements). */
  skips: number;
  /** Typical work since the last part-time study ended: later study may run alongside it (clock.ts). */
  free: number;
  /** Credentials the label could sit for at no cost in time, once asked (sittable.ts). */
  sit?: bigint;
  hops: number;
  /** years + the years still to come at least (goal.ts): the A* key. */
  f: number;
  /** steps + the steps still to come at least: the key among equal years (first, ordered by steps). */
  sk: number;
  /** hops + the fewest moves left: the last tie-break, toward the goal. */
  hk: number;
  /** The move into this label (−1 at the start) with how its requirement was met and its time. */
  edge: number;
  option: Option | null;
  time: StepTime | null;
  parent: Label | null;
}

export type LabelOrder = 'steps' | 'years';

export function startLabel(index: RouteIndex, node: number, goal: Goal | null): Label {
  return keyed(index, goal, {
    node,
    state: index.initial,
    exp: index.rules.expCap.map(() => 0),
    years: 0,
    low: 0,
    high: 0,
    steps: 0,
    skips: 0,
    free: 0,
    hops: 0,
    f: 0,
    sk: 0,
    hk: 0,
    edge: -1,
    option: null,
    time: null,
    parent: null,
  });
}

/** Heap orders; they read only what a Label and a Pending move share. */
type Keyed = Pick<Label, 'f' | 'sk' | 'hk' | 'node'>;

/**
 * Years compare on a grid of a millionth of a year: sums of the same steps in another order may
 * differ in the last bits, and such a difference must not outrank steps (the years bound is
 * often flat over many labels: see goal.ts).
 */
const grid = (f: number) => Math.round(f * 1e6);
const BY_STEPS = (a: Keyed, b: Keyed) =>
  a.sk !== b.sk ? a.sk < b.sk : grid(a.f) !== grid(b.f) ? a.f < b.f : a.hk !== b.hk ? a.hk < b.hk : a.node < b.node;
const BY_YEARS = (a: Keyed, b: Keyed) =>
  grid(a.f) !== grid(b.f) ? a.f < b.f : a.sk !== b.sk ? a.sk < b.sk : a.hk !== b.hk ? a.hk < b.hk : a.node < b.node;

function onPath(l: Label, node: number): boolean {
  for (let x: Label | null = l; x; x = x.parent) if (x.node === node) return true;
  return false;
}

function pathCovers(outer: Label, inner: Label): boolean {
  for (let x: Label | null = inner; x; x = x.parent) if (!onPath(outer, x.node)) return false;
  return true;
}

/** The credentials a label could sit for at no cost in time (sittable.ts), or null when steps count. */
type Sittable = ((s: Label) => bigint) | null;

/**
 * Whether `s` is no worse than `l`. In a years-only search (`sit`), neither steps nor skipped
 * items count, nor credentials `l` holds that `s` could sit for at any later move at no cost in time.
 */
function dominates(s: Label, l: Label, simple: boolean, sit: Sittable = null): boolean {
  // Plain numbers first: the bigint comparisons of what is held are the dearest.
  // Free time counts as time already studied in: s is no worse when its study could end no later.
  if (s.years > l.years + EPS || s.years - s.free > l.years - l.free + EPS) return false;
  if (s.state.edu < l.state.edu || (!sit && (s.steps > l.steps || s.skips > l.skips))) return false;
  for (let k = 0; k < s.exp.length; k++) if (s.exp[k]! < l.exp[k]! - EPS) return false;
  if (!holds(s.state, l.state)) {
    if (!sit || (l.state.programs & ~s.state.programs) !== 0n) return false;
    if ((l.state.creds & ~s.state.creds & ~sit(s)) !== 0n) return false;
  }
  return !simple || pathCovers(l, s);
}

function dominated(settled: Label[] | undefined, l: Label, simple: boolean, sit: Sittable): boolean {
  if (!settled) return false;
  for (const s of settled) if (dominates(s, l, simple, sit)) return true;
  return false;
}

/**
 * Every label one move on from `l` (one per way of meeting the move's requirement). What no later
 * move can use is forgotten at the new role (relevance.ts), so labels that differ only in it
 * merge. `project` false keeps it all: the brute force of the property tests, which so checks
 * that forgetting changes no answer.
 */
export function expand(index: RouteIndex, l: Label, e: number, goal: Goal | null, project = true): Label[] {
  const r = index.requirement[e]!;
  const options = r < 0 ? [nothingToDo(l.state)] : index.options(r, l.state);
  const out: Label[] = [];
  const v = index.target[e]!;
  const keepPrograms = project ? index.relevant.programs[v]! : -1n;
  const keepCreds = project ? index.relevant.creds[v]! : -1n;
  for (const option of options) {
    const time = stepTime(index, e, l.node, l.exp, option, l.free);
    if (!time) continue;
    const years = l.years + time.clock.typical;
    const s = option.state;
    out.push(
      keyed(index, goal, {
        node: v,
        state: { edu: s.edu, programs: s.programs & keepPrograms, creds: s.creds & keepCreds },
        exp: experienceAfter(index, l.node, l.exp, time.accrued),
        years,
        low: l.low + time.clock.low,
        high: l.high + time.clock.high,
        steps: l.steps + option.steps,
        skips: l.skips + option.skipped.length,
        free: time.free,
        hops: l.hops + 1,
        f: 0,
        sk: 0,
        hk: 0,
        edge: e,
        option,
        time,
        parent: l,
      }),
    );
  }
  return out.length < 2
    ? out
    : out.filter(
        (a, i) => !out.some((b, j) => j !== i && dominates(b, a, false) && (j < i || !dominates(a, b, false))),
      );
}

export interface SearchOptions {
  /** The destination, or null for none (every settled label is reported). */
  goal: Goal | null;
  banned: Banned;
  limit: number;
  order: LabelOrder;
  simple: boolean;
  /** Receives each label settled at the target (or every label, without a target); true stops. */
  onSettle: (label: Label) => boolean;
  prune?: (label: Label) => boolean;
  /**
   * Only the years count (reachability): a label is then dropped for one no slower whatever its
   * steps, also when it lacks only credentials it could sit for at no cost in time, so the route
   * kept for a role is one of its fastest but may ask for more exams than another as fast.
   */
  yearsOnly?: boolean;
}

/**
 * A move not yet costed: its key is a lower bound of every label it can give (the move's
 * clock is at least its job years, and its steps at least the parent's), so it leaves the heap
 * before any of them would have, and moves the search never reaches are never costed.
 */
interface Pending {
  pending: true;
  parent: Label;
  edge: number;
  node: number;
  f: number;
  sk: number;
  hk: number;
}

/** Label-setting A* from `roots` (one start, or every way to have walked a fixed root path). */
export function labelSearch(index: RouteIndex, roots: readonly Label[], o: SearchOptions): void {
  const settled = new Map<number, Label[]>();
  const heap = new Heap<Label | Pending>(o.order === 'steps' ? BY_STEPS : BY_YEARS);
  const prune = o.prune ?? (() => false);
  const sit: Sittable = o.yearsOnly ? (s) => (s.sit ??= sittable(index, s.state, s.exp)) : null;
  for (const root of roots) heap.push(root);
  while (heap.size > 0) {
    const x = heap.pop()!;
    if ('pending' in x) {
      for (const next of expand(index, x.parent, x.edge, o.goal)) {
        if (next.f > o.limit + EPS) continue;
        if (!dominated(settled.get(x.node), next, o.simple, sit) && !prune(next)) heap.push(next);
      }
      continue;
    }
    const l = x;
    if (prune(l) || dominated(settled.get(l.node), l, o.simple, sit)) continue;
    const list = settled.get(l.node);
    if (list) list.push(l);
    else settled.set(l.node, [l]);
    if (!o.goal || l.node === o.goal.target) {
      if (o.onSettle(l)) return;
      if (o.goal) continue;
    }
    for (let e = index.outStart[l.node]!; e < index.outStart[l.node + 1]!; e++) {
      const v = index.target[e]!;
      if (o.banned.nodes[v] || o.banned.edges.has(e)) continue;
      if (o.simple && onPath(l, v)) continue;
      const hv = o.goal ? o.goal.years[v]! : 0;
      const f = l.years + index.jobTypical[e]! + hv;
      // A role from which the target cannot be reached (h = Infinity) is never worth entering.
      if (hv === Infinity || f > o.limit + EPS) continue;
      const hk = l.hops + 1 + (o.goal ? o.goal.hops[v]! : 0);
      heap.push({ pending: true, parent: l, edge: e, node: v, f, sk: l.steps, hk });
    }
  }
}

/** The labels of a path, start first. */
export function chainOf(label: Label): Label[] {
  const out: Label[] = [];
  for (let l: Label | null = label; l; l = l.parent) out.push(l);
  return out.reverse();
}

/** True when no role repeats on the label's path. */
export function isSimple(label: Label): boolean {
  const seen = new Set<number>();
  for (let l: Label | null = label; l; l = l.parent) {
    if (seen.has(l.node)) return false;
    seen.add(l.node);
  }
  return true;
}

export function noBans(index: RouteIndex): Banned {
  return { nodes: new Uint8Array(index.ids.length), edges: new Set() };
}

/**
 * The best label at `target` from `root`: the walk search first, the simple-path search when
 * the best walk repeats a role. Null when none fits.
 */
export function bestLabel(
  index: RouteIndex,
  roots: readonly Label[],
  goal: Goal,
  banned: Banned,
  order: LabelOrder,
): Label | null {
  const run = (simple: boolean) => {
    let found: Label | null = null;
    labelSearch(index, roots, {
      goal,
      banned,
      limit: index.constraints.yearLimit,
      order,
      simple,
      onSettle: (l) => ((found = l), true),
    });
    return found as Label | null;
  };
  const walk = run(false);
  return walk && !isSimple(walk) ? run(true) : walk;
}

/**
 * Every way to walk a fixed sequence of move positions from `start` that no other way beats on
 * years, steps and what it leaves the person holding (the roots of a spur search, or a stored
 * route to re-cost). Empty when some move cannot be met.
 */
export function labelsAlong(index: RouteIndex, start: Label, edges: readonly number[]): Label[] {
  let labels = [start];
  for (const e of edges) {
    const next = labels
      .flatMap((l) => expand(index, l, e, null))
      .filter((l) => l.years <= index.constraints.yearLimit + EPS);
    labels = next.filter(
      (a, i) => !next.some((b, j) => j !== i && dominates(b, a, false) && (j < i || !dominates(a, b, false))),
    );
    if (!labels.length) return [];
  }
  return labels;
}
