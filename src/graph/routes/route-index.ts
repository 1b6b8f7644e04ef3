/**
 * A compact, constraint-filtered copy of the graph's moves for the searches: roles become
 * integers and out-moves sit in flat arrays (CSR), so the inner loops touch no strings or
 * attribute objects. Moves that break a constraint (entering an avoided role, an implausible
 * move the person did not ask for) are left out here, once, so no search can take them.
 * When the data says how to get a first job, a virtual start (NO_JOB) leads to those roles.
 * The bounds of a search toward one role are in goal.ts.
 */
/* eslint-disable max-lines -- the index's cached structure and its per-constraint copy share one CSR layout (typed arrays by position); kept together so that layout is read in one place. */
import type { CareerGraph } from '../types';
import { EDUCATION_LEVELS, EXPERIENCE_KINDS } from '../../data/vocabulary';
import { NO_JOB, type ResolvedConstraints } from './constraints';
import { derivedKey, derivedMoves } from './derived-moves';
import { namedBits, relevantHoldings, type Relevance } from './relevance';
import { RulesCompiler, ZERO_SPAN, edgeRequires, moveRules, type CompiledRules, type Rule } from './rules';
import { qualify, type Option, type PersonState } from './qualify';

export interface RouteIndex {
  graph: CareerGraph;
  constraints: ResolvedConstraints;
  rules: CompiledRules;
  ids: string[];
  indexOf: Map<string, number>;
  /** Index of the virtual NO_JOB start, −1 when the data has no first jobs. */
  noJob: number;
  /** Moves out of role i sit at positions outStart[i] … outStart[i + 1] − 1. */
  outStart: Int32Array;
  target: Int32Array;
  edgeKey: string[];
  /** The move's own years (time in the from-role): typical, low, high. */
  jobTypical: Float64Array;
  jobLow: Float64Array;
  jobHigh: Float64Array;
  /** Requirement index into rules.requirements, −1 when the move asks for nothing (relaxed or not, as the constraints say). */
  requirement: Int32Array;
  /** Bits over EXPERIENCE_KINDS: what time in each role counts as. */
  experience: Uint8Array;
  /** 1 for moves no source lists, derived from the target's hiring rules (derived-moves.ts). */
  derived: Uint8Array;
  /** Per role, the programs and credentials a later move can use (relevance.ts). */
  relevant: Relevance;
  /** What the person holds at the start. */
  initial: PersonState;
  /** Ways to meet requirement r from a state, memoised per search. */
  options: (r: number, state: PersonState) => Option[];
}

/** The constraint-free part of the index, built once per graph and reused until the graph changes. */
interface Structure {
  /** Indexes built from this structure, by constraints (a few, most recent last): see buildRouteIndex. */
  indexes: Map<string, RouteIndex>;
  compiler: RulesCompiler;
  ids: string[];
  indexOf: Map<string, number>;
  noJob: number;
  outStart: Int32Array;
  target: Int32Array;
  edgeKey: string[];
  jobTypical: Float64Array;
  jobLow: Float64Array;
  jobHigh: Float64Array;
  requirement: Int32Array;
  requirementRelaxed: Int32Array;
  derived: Uint8Array;
  plausible: Uint8Array;
  experience: Uint8Array;
}

const STRUCTURES = new WeakMap<CareerGraph, Structure>();
const WATCHED = new WeakSet<CareerGraph>();
/** Graphology events after which a cached structure is stale. */
const MUTATIONS = [
  'nodeAdded',
  'nodeDropped',
  'edgeAdded',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'edgeAttributesUpdated',
  'eachEdgeAttributesUpdated',
  'attributesUpdated',
  'nodeAttributesUpdated',
] as const;
const KIND_BIT = new Map<string, number>(EXPERIENCE_KINDS.map((k, i) => [k, 1 << i]));

/**
 * Reading 20,000 moves out of graphology costs far more than any search, so the structure is
 * cached per graph and dropped on every graphology mutation event. (Attribute objects changed
 * in place, without graphology's setters, are not seen — the app never does that.)
 */
// eslint-disable-next-line max-lines-per-function -- one pass builds the CSR arrays: numbering, rows from three kinds of move and the counting sort share the same typed arrays and counters.
function structureOf(graph: CareerGraph): Structure {
  const cached = STRUCTURES.get(graph);
  if (cached) return cached;
  const compiler = new RulesCompiler(graph);
  const entries = graph.getAttribute('entries') ?? [];
  const derived = derivedMoves(graph);
  const roles = graph.order;
  const firstJobs = entries.length > 0 || derived.some((d) => d.from === null);
  const n = roles + (firstJobs ? 1 : 0);
  const ids = new Array<string>(n);
  const indexOf = new Map<string, number>();
  const experience = new Uint8Array(n);
  let next = 0;
  graph.forEachNode((id, a) => {
    indexOf.set(id, next);
    for (const kind of a.experience ?? []) experience[next]! |= KIND_BIT.get(kind) ?? 0;
    ids[next++] = id;
  });
  const noJob = firstJobs ? roles : -1;
  if (noJob >= 0) {
    ids[noJob] = NO_JOB;
    indexOf.set(NO_JOB, noJob);
  }
  // One pass over graphology's global edge iteration (much cheaper than per-role out-edge
  // iteration), then a counting sort by source gives the CSR layout.
  const size = graph.size + entries.length + derived.length;
  const src = new Int32Array(size);
  const rows: {
    to: number;
    key: string;
    t: number;
    l: number;
    h: number;
    req: number;
    relaxed: number;
    plausible: boolean;
    derived?: boolean;
  }[] = new Array(size);
  const outStart = new Int32Array(n + 1);
  const reqIndex = (rules: Rule[], relax: boolean) => (rules.length ? compiler.requirement(rules, relax) : -1);
  const row = (
    to: string,
    key: string,
    years: { typical: number; low: number; high: number },
    rules: Rule[],
    plausible: boolean,
  ) => ({
    to: indexOf.get(to)!,
    key,
    t: years.typical,
    l: years.low,
    h: years.high,
    req: reqIndex(rules, false),
    relaxed: reqIndex(rules, true),
    plausible,
  });
  let m = 0;
  graph.forEachEdge((edge, attr, source, to) => {
    const u = indexOf.get(source)!;
    src[m] = u;
    rows[m++] = row(
      to,
      edge,
      attr.years,
      moveRules(graph.getNodeAttribute(to, 'hiring'), edgeRequires(attr)),
      attr.plausible !== false,
    );
    outStart[u + 1]!++;
  });
  for (const e of entries) {
    if (!indexOf.has(e.role)) continue;
    src[m] = noJob;
    rows[m++] = row(e.role, e.id, ZERO_SPAN, moveRules(graph.getNodeAttribute(e.role, 'hiring'), e.requires), true);
    outStart[noJob + 1]!++;
  }
  for (const d of derived) {
    const u = d.from === null ? noJob : indexOf.get(d.from)!;
    src[m] = u;
    rows[m++] = {
      ...row(
        d.to,
        derivedKey(d.from ?? NO_JOB, d.to),
        d.years,
        moveRules(graph.getNodeAttribute(d.to, 'hiring'), undefined),
        true,
      ),
      derived: true,
    };
    outStart[u + 1]!++;
  }
  for (let i = 0; i < n; i++) outStart[i + 1]! += outStart[i]!;
  const fill = outStart.slice(0, n);
  const s: Structure = {
    indexes: new Map(),
    compiler,
    ids,
    indexOf,
    noJob,
    outStart,
    target: new Int32Array(m),
    edgeKey: new Array<string>(m),
    jobTypical: new Float64Array(m),
    jobLow: new Float64Array(m),
    jobHigh: new Float64Array(m),
    requirement: new Int32Array(m),
    requirementRelaxed: new Int32Array(m),
    derived: new Uint8Array(m),
    plausible: new Uint8Array(m),
    experience,
  };
  for (let e = 0; e < m; e++) {
    const pos = fill[src[e]!]!++;
    const r = rows[e]!;
    s.target[pos] = r.to;
    s.edgeKey[pos] = r.key;
    s.jobTypical[pos] = r.t;
    s.jobLow[pos] = r.l;
    s.jobHigh[pos] = r.h;
    s.requirement[pos] = r.req;
    s.requirementRelaxed[pos] = r.relaxed;
    s.derived[pos] = r.derived ? 1 : 0;
    s.plausible[pos] = r.plausible ? 1 : 0;
  }
  STRUCTURES.set(graph, s);
  if (!WATCHED.has(graph)) {
    WATCHED.add(graph);
    const drop = () => STRUCTURES.delete(graph);
    for (const event of MUTATIONS) graph.on(event, drop);
  }
  return s;
}

/** The moves a person with these constraints may take. */
/** How many indexes (constraint sets) a graph keeps: the planner asks a few in turn (k best, trade-offs, no-route checks). */
const KEPT_INDEXES = 8;

/**
 * The moves a person with these constraints may take. Built once per graph and constraints and
 * kept (with the ways to meet each requirement found so far) until the graph changes, so the
 * k-best, trade-off, reachability and no-route searches of one question share it.
 */
export function buildRouteIndex(graph: CareerGraph, constraints: ResolvedConstraints): RouteIndex {
  const s = structureOf(graph);
  const key = constraintsKey(constraints);
  const cached = s.indexes.get(key);
  if (cached) {
    s.indexes.delete(key);
    s.indexes.set(key, cached);
    return cached;
  }
  const index = freshIndex(graph, s, constraints);
  s.indexes.set(key, index);
  if (s.indexes.size > KEPT_INDEXES) s.indexes.delete(s.indexes.keys().next().value!);
  return index;
}

function constraintsKey(c: ResolvedConstraints): string {
  const { held: _h, avoided: _a, ...plain } = c;
  return JSON.stringify({
    ...plain,
    heldCredentials: [...c.heldCredentials].sort(),
    heldPrograms: [...c.heldPrograms].sort(),
    avoid: [...c.avoid].sort(),
  });
}

/** A memo keyed by requirement and education, then by the held programs, then the credentials. */
function memoised(
  memo: Map<number, Map<bigint, Map<bigint, Option[]>>>,
  r: number,
  state: PersonState,
  make: () => Option[],
): Option[] {
  const first = r * EDUCATION_LEVELS.length + state.edu;
  let byPrograms = memo.get(first);
  if (!byPrograms) memo.set(first, (byPrograms = new Map()));
  let byCreds = byPrograms.get(state.programs);
  if (!byCreds) byPrograms.set(state.programs, (byCreds = new Map()));
  let found = byCreds.get(state.creds);
  if (!found) byCreds.set(state.creds, (found = make()));
  return found;
}

// eslint-disable-next-line max-lines-per-function -- filters the cached structure for one constraint set; the memoised options, the kept positions and the copied arrays belong to that one index.
function freshIndex(graph: CareerGraph, s: Structure, constraints: ResolvedConstraints): RouteIndex {
  const n = s.ids.length;
  const avoided = new Uint8Array(n);
  for (const id of constraints.avoided) avoided[s.indexOf.get(id)!] = 1;
  const rules = s.compiler.rules;
  const credBits = constraints.heldCredentials.reduce((b, id) => b | (1n << BigInt(s.compiler.credential(id))), 0n);
  const programBits = constraints.heldPrograms.reduce((b, id) => {
    const p = rules.programs.find((x) => x.id === id);
    return p ? b | p.held : b;
  }, 0n);
  const initial: PersonState = { edu: constraints.educationRank, programs: programBits, creds: credBits };
  // Keyed by requirement and education, then by the held programs and credentials (bigints compare by value as Map keys).
  const memo = new Map<number, Map<bigint, Map<bigint, Option[]>>>();
  // The same, on only what the requirement names (relevance.ts): `qualify` reads nothing else, so
  // states that differ in other credentials or programs share one enumeration.
  const named = new Map<number, Map<bigint, Map<bigint, Option[]>>>();
  const namedCache = new Map<number, [bigint, bigint]>();
  const credentialMemo = new Map<string, Option[]>();
  const enumerate = (r: number, state: PersonState) => {
    const [programs, creds] = namedBits(rules, r, namedCache);
    const core: PersonState = { edu: state.edu, programs: state.programs & programs, creds: state.creds & creds };
    const base = memoised(named, r, core, () =>
      qualify(rules, core, rules.requirements[r]!, constraints.ceilingRank, constraints.relaxTypical, credentialMemo),
    );
    if (core.programs === state.programs && core.creds === state.creds) return base;
    // What qualify did not read is still held after the move.
    return base.map((o) => ({
      ...o,
      state: { edu: o.state.edu, programs: o.state.programs | state.programs, creds: o.state.creds | state.creds },
    }));
  };
  const options = (r: number, state: PersonState) => memoised(memo, r, state, () => enumerate(r, state));
  const requirement = constraints.relaxTypical ? s.requirementRelaxed : s.requirement;
  // A requirement nobody can meet under the ceiling (from the start, and so ever: what a route
  // acquires it could acquire here too) closes its moves, so no search wanders around them.
  const outStart = new Int32Array(n + 1);
  const keep: number[] = [];
  for (let u = 0; u < n; u++) {
    outStart[u] = keep.length;
    for (let p = s.outStart[u]!; p < s.outStart[u + 1]!; p++) {
      if (avoided[s.target[p]!] || (!s.plausible[p] && !constraints.includeImplausible)) continue;
      if (requirement[p]! >= 0 && !options(requirement[p]!, initial).length) continue;
      keep.push(p);
    }
  }
  outStart[n] = keep.length;
  const pick = <T extends Float64Array | Int32Array>(from: T, make: (len: number) => T): T => {
    const out = make(keep.length);
    keep.forEach((p, i) => (out[i] = from[p]!));
    return out;
  };
  const target = pick(s.target, (l) => new Int32Array(l));
  const required = pick(requirement, (l) => new Int32Array(l));
  return {
    graph,
    constraints,
    rules,
    ids: s.ids,
    indexOf: s.indexOf,
    noJob: s.noJob,
    outStart,
    target,
    edgeKey: keep.map((p) => s.edgeKey[p]!),
    jobTypical: pick(s.jobTypical, (l) => new Float64Array(l)),
    jobLow: pick(s.jobLow, (l) => new Float64Array(l)),
    jobHigh: pick(s.jobHigh, (l) => new Float64Array(l)),
    derived: keep.reduce((out, p, i) => ((out[i] = s.derived[p]!), out), new Uint8Array(keep.length)),
    requirement: required,
    relevant: relevantHoldings(rules, outStart, target, required),
    experience: s.experience,
    initial,
    options,
  };
}
