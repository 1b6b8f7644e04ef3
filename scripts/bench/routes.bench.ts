/**
 * Routes benchmark: kBestRoutes (k = 5) on a synthetic career graph of 1,000 roles and 20,000
 * moves, beside one plain Dijkstra (graphology-shortest-path, bidirectional, years as weight)
 * on the same pairs for scale. Twice: the plain shape (one job level, no hiring rules, so no
 * derived moves: names as before) and the same moves with roles shaped like careers.json's
 * (levels, tracks, hiring rules: `routes_hiring_*`), where the index also derives moves.
 *
 *   npx tsx scripts/bench/routes.bench.ts
 *
 * Every figure is printed as `BENCH <name> <value> <unit>`; the method is printed as `#` lines
 * and recorded in docs/benchmarks.md ("Routes").
 */
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  EXPERIENCE_KINDS,
  type EducationLevel,
  type Entry,
  type ExperienceKind,
  type Gate,
  type HiringRule,
  type Level,
  type Program,
  type Track,
} from '../../src/data/schema';
import { NO_JOB, kBestRoutes, paretoRoutes, reachableWithin } from '../../src/graph/routes';
import { DEFAULT_CONSTRAINTS, resolveConstraints } from '../../src/graph/routes/constraints';
import { buildRouteIndex } from '../../src/graph/routes/route-index';
import type { CareerGraph, CareerGraphAttributes, MoveEdgeAttributes, RoleNodeAttributes } from '../../src/graph/types';
import { mulberry32 } from './prng';

const ROLES = 1000;
const MOVES = 20000;
const LEVELS = 10;
const PAIRS = 60;
const REPS = 3;
const SEED = 20240611;

const bench = (name: string, value: number, unit: string): void =>
  console.log(`BENCH ${name} ${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}`);
const note = (text: string): void => console.log(`# ${text}`);

/**
 * Roles sit on 10 levels of 100. Each move goes up one or two levels (70 %) or sideways/down one
 * (30 %); typical years 0.5–5 with a range around them; 15 % of moves need one or two of 15
 * credentials, 8 % an education level, 5 % one of two alternatives — roughly the shape of the
 * real map, 30 times larger. Eligibility rules are random too: programs like the real ones
 * (certificate, associate, bachelor, completion, master and three named programs), 60 % of the
 * credentials with one to three gates (education, a named program, another credential, 1–4
 * years of one of five kinds of experience), 40 % of roles giving one kind of experience, and
 * first jobs (NO_JOB) into 60 roles of the first level.
 */
function generate(rand: () => number): CareerGraph {
  const g: CareerGraph = new Graph<RoleNodeAttributes, MoveEdgeAttributes, CareerGraphAttributes>({
    type: 'directed',
    multi: false,
    allowSelfLoops: false,
  });
  const perLevel = ROLES / LEVELS;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  for (let i = 0; i < ROLES; i++) {
    const experience = rand() < 0.4 ? [pick(EXPERIENCE_KINDS)] : [];
    g.addNode(`r${i}`, {
      label: `Role ${i}`,
      track: 'records',
      level: 'entry',
      outOfScope: false,
      experience,
      x: 0,
      y: 0,
      size: 1,
      color: '#000',
    });
  }
  const education: EducationLevel[] = ['certificate', 'associate', 'associate', 'bachelor', 'bachelor', 'master'];
  const named = ['p_assoc', 'p_bach', 'p_post'];
  const gate = (): Gate => {
    const out: Gate = {};
    const r = rand();
    if (r < 0.3) out.education = pick(education);
    else if (r < 0.5) out.programs = [pick(named)];
    else if (r < 0.65) out.credentials = [`c${Math.floor(rand() * 15)}`];
    if (rand() < 0.4) out.experience = [{ kind: pick(EXPERIENCE_KINDS), years: 1 + Math.floor(rand() * 4) }];
    return out;
  };
  let id = 0;
  while (g.size < MOVES) {
    const from = Math.floor(rand() * ROLES);
    const level = Math.floor(from / perLevel);
    const step = rand() < 0.7 ? 1 + Math.floor(rand() * 2) : Math.floor(rand() * 2) - 1;
    const toLevel = Math.min(LEVELS - 1, Math.max(0, level + step));
    const to = toLevel * perLevel + Math.floor(rand() * perLevel);
    if (to === from || g.hasDirectedEdge(`r${from}`, `r${to}`)) continue;
    const typical = Math.round((0.5 + rand() * 4.5) * 20) / 20;
    const r = rand();
    const credentials = [
      ...new Set(
        r < 0.12
          ? [`c${Math.floor(rand() * 15)}`]
          : r < 0.15
            ? [`c${Math.floor(rand() * 15)}`, `c${Math.floor(rand() * 15)}`]
            : [],
      ),
    ];
    const requiresEducation = rand() < 0.08 ? pick(education) : undefined;
    const anyOf = rand() < 0.05 ? [{ ...gate(), credentials: [`c${Math.floor(rand() * 15)}`] }, gate()] : undefined;
    g.addDirectedEdgeWithKey(`m${id++}`, `r${from}`, `r${to}`, {
      kind: step > 0 ? 'advancement' : 'lateral',
      years: {
        typical,
        low: typical * (0.5 + rand() * 0.5),
        high: typical * (1 + rand() * 0.8),
        estimated: rand() < 0.5,
        method: 'synthetic',
      },
      requiresCredentials: credentials,
      ...(requiresEducation ? { requiresEducation } : {}),
      requires: {
        credentials,
        ...(requiresEducation ? { education: requiresEducation } : {}),
        ...(anyOf ? { anyOf } : {}),
      },
      size: 1,
      color: '#000',
      type: 'arrow',
    });
  }
  const years = (typical: number, low: number, high: number) => ({ typical, low, high });
  const programs: Program[] = [
    {
      id: 'cert',
      name: 'Certificate',
      entry: 'high_school',
      grants: 'certificate',
      years: years(1, 1, 2),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'assoc',
      name: 'Associate',
      entry: 'high_school',
      grants: 'associate',
      years: years(2, 2, 3),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'p_assoc',
      name: 'Named associate',
      entry: 'high_school',
      grants: 'associate',
      countsAs: ['assoc'],
      years: years(2, 2, 3),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'bach',
      name: 'Bachelor',
      entry: 'high_school',
      grants: 'bachelor',
      years: years(4, 4, 6),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'completion',
      name: 'Completion',
      entry: 'associate',
      grants: 'bachelor',
      countsAs: ['bach'],
      years: years(2, 2, 3),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'p_bach',
      name: 'Named bachelor',
      entry: 'associate',
      grants: 'bachelor',
      countsAs: ['bach'],
      years: years(2, 2, 3),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'p_post',
      name: 'Named post-bacc',
      entry: 'bachelor',
      years: years(1, 0.5, 1.5),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'master',
      name: 'Master',
      entry: 'bachelor',
      grants: 'master',
      years: years(2, 1, 2),
      basis: 'synthetic',
      sources: ['s'],
    },
  ];
  const credentialRules: Record<string, Gate[]> = {};
  for (let c = 0; c < 15; c++)
    if (rand() < 0.6) credentialRules[`c${c}`] = Array.from({ length: 1 + Math.floor(rand() * 3) }, gate);
  const entries: Entry[] = Array.from({ length: 60 }, (_, i) => ({
    id: `in${i}`,
    role: `r${i}`,
    requires: { credentials: [], ...(rand() < 0.5 ? { education: pick(education) } : {}) },
    sources: ['s'],
  }));
  g.replaceAttributes({ programs, credentialRules, entries });
  return g;
}

const HIRING_SEED = 20261207;
/** Experience each track's time counts as (as in careers.json: coders code, registrars abstract). */
const TRACK_KIND: Partial<Record<Track, ExperienceKind>> = {
  coding: 'coding',
  registry: 'cancer_registry',
  documentation: 'cdi',
  analytics: 'health_data',
  privacy: 'privacy_security',
};
const CONTENT_TRACKS: Track[] = ['records', 'coding', 'registry', 'documentation', 'analytics', 'privacy', 'revenue'];

/**
 * The same graph with roles shaped like careers.json's, so that routes can take derived moves
 * (src/graph/routes/derived-moves.ts): the 10 position levels become the four job levels (0–2
 * entry, 3–5 mid, 6–7 senior, 8–9 leadership: 30/30/20/20 %, the built-in map has 27/30/18/24 %),
 * each role gets a track (seven content tracks; 15 % of entry roles are feeder jobs, 40 % of
 * leadership roles management, 5 % of senior roles education), a typical education, the
 * experience its track counts as, and hiring rules like the real roles': entry jobs ask for a
 * level of schooling (70 %) or one of one to four credentials; mid-level jobs one of one to four
 * credentials (45 %), a named program or an associate degree with a named program (25 %) or an
 * education level (30 %); senior jobs credentials or education, and in half of them 2–4 years of
 * the track's experience; leadership jobs a bachelor's (75 %) or associate degree and, in 60 %,
 * one of one or two credentials. 10 % of rules are required, the rest typical. Drawn from a second
 * seed, so the moves, programs, credentials and pairs stay those of the plain shape.
 */
function withHiring(plain: CareerGraph, rand: () => number): CareerGraph {
  const g = plain.copy();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const cred = () => `c${Math.floor(rand() * 15)}`;
  const credentials = (max: number): Gate[] =>
    [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, cred))].map((c) => ({ credentials: [c] }));
  const rule = (anyOf: Gate[]): HiringRule => ({
    strength: rand() < 0.1 ? 'required' : 'typical',
    anyOf,
    sources: ['s'],
  });
  const perLevel = ROLES / LEVELS;
  g.forEachNode((id) => {
    const position = Math.floor(Number(id.slice(1)) / perLevel);
    const level: Level = position <= 2 ? 'entry' : position <= 5 ? 'mid' : position <= 7 ? 'senior' : 'leadership';
    const track: Track =
      level === 'entry' && rand() < 0.15
        ? 'feeder'
        : level === 'leadership' && rand() < 0.4
          ? 'management'
          : level === 'senior' && rand() < 0.05
            ? 'education'
            : pick(CONTENT_TRACKS);
    const kind = TRACK_KIND[track];
    const experience: ExperienceKind[] = kind ? [kind] : track === 'records' && rand() < 0.3 ? ['health_data'] : [];
    let education: EducationLevel;
    const hiring: HiringRule[] = [];
    if (level === 'entry') {
      education = pick(['high_school', 'high_school', 'certificate', 'some_college'] as const);
      hiring.push(rule(rand() < 0.7 ? [{ education }] : credentials(4)));
    } else if (level === 'mid') {
      education = pick(['certificate', 'associate', 'associate'] as const);
      const r = rand();
      hiring.push(
        rule(
          r < 0.45
            ? credentials(4)
            : r < 0.7
              ? [{ programs: ['p_assoc'] }, { education: 'associate', programs: [pick(['cert', 'assoc'])] }]
              : [{ education }],
        ),
      );
    } else if (level === 'senior') {
      education = pick(['associate', 'bachelor'] as const);
      hiring.push(rule(rand() < 0.7 ? credentials(3) : [{ education }]));
      if (kind && rand() < 0.5) hiring.push(rule([{ experience: [{ kind, years: 2 + Math.floor(rand() * 3) }] }]));
    } else {
      education = rand() < 0.75 ? 'bachelor' : 'associate';
      hiring.push(rule([{ education }]));
      if (rand() < 0.6) hiring.push(rule(credentials(2)));
    }
    g.mergeNodeAttributes(id, { level, track, education, experience, hiring });
  });
  return g;
}

/** Per-pair milliseconds (median of REPS runs each), sorted. */
function time(pairs: readonly [string, string][], fn: (from: string, to: string) => unknown): number[] {
  const runs: number[][] = pairs.map(() => []);
  for (let r = 0; r < REPS; r++) {
    pairs.forEach(([from, to], i) => {
      const t0 = performance.now();
      fn(from, to);
      runs[i]!.push(performance.now() - t0);
    });
  }
  return runs.map((xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!).sort((a, b) => a - b);
}

const median = (sorted: readonly number[]) => sorted[Math.floor((sorted.length - 1) / 2)]!;
const p95 = (sorted: readonly number[]) => sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
const load = () => `load average ${loadavg()[0]!.toFixed(2)}`;

const rand = mulberry32(SEED);
const plain = generate(rand);
const pairs: [string, string][] = [];
while (pairs.length < PAIRS) {
  const from = `r${Math.floor(rand() * 300)}`; // levels 0–2
  const to = `r${700 + Math.floor(rand() * 300)}`; // levels 7–9
  if (bidirectional(plain, from, to)) pairs.push([from, to]);
}
const years = (_: string, attr: MoveEdgeAttributes) => attr.years.typical;

/** Every figure for one shape of the graph; `prefix` is '' for the plain shape (names as before). */
function run(graph: CareerGraph, prefix: string, dijkstraToo: boolean): void {
  const name = (n: string) => `routes_${prefix}${n}`;
  // Warm-up: let V8 compile the hot paths before timing.
  for (const [from, to] of prefix && !process.env.BENCH_ROUTES_HIRING ? [] : pairs.slice(0, 10)) {
    kBestRoutes(graph, from, to);
    kBestRoutes(graph, from, to, { objective: 'credentials' });
    if (dijkstraToo) bidirectional(graph, from, to, years);
  }
  const t0 = performance.now();
  const index = buildRouteIndex(graph.copy(), resolveConstraints('bench', graph, DEFAULT_CONSTRAINTS));
  bench(name('index_build'), performance.now() - t0, 'ms');
  const derived = index.derived.reduce((a, b) => a + b, 0);
  bench(name('index_derived_moves'), derived, 'moves');
  note(
    `${prefix || 'plain '}shape: ${graph.order} roles, ${graph.size} listed moves (seed ${SEED}); the index under the default constraints holds ${index.target.length} moves, ${derived} of them derived (${index.outStart[index.noJob + 1]! - index.outStart[index.noJob]!} first jobs)`,
  );
  if (prefix && !process.env.BENCH_ROUTES_HIRING) {
    note(
      'k-best and reachability on this shape do not finish in minutes (the label search explodes over the derived entry moves; docs/benchmarks.md): set BENCH_ROUTES_HIRING=1 to time them anyway',
    );
    return;
  }
  const hops = pairs.map(([f, t]) => kBestRoutes(graph, f, t, { k: 1 })[0]?.moves.length ?? NaN);
  note(
    `${PAIRS} pairs from levels 0–2 to levels 7–9, each timed ${REPS}× and counted at its median; fastest route length: ${Math.min(...hops)}–${Math.max(...hops)} moves (mean ${(hops.reduce((a, b) => a + b, 0) / hops.length).toFixed(1)}); ${load()}`,
  );
  const k5 = time(pairs, (f, t) => kBestRoutes(graph, f, t, { k: 5 }));
  bench(name('k5_median'), median(k5), 'ms');
  bench(name('k5_p95'), p95(k5), 'ms');
  const k5c = time(pairs, (f, t) => kBestRoutes(graph, f, t, { k: 5, objective: 'credentials' }));
  bench(name('k5_credentials_median'), median(k5c), 'ms');
  bench(name('k5_credentials_p95'), p95(k5c), 'ms');
  const pareto = time(pairs, (f, t) => paretoRoutes(graph, f, t));
  bench(name('pareto_median'), median(pareto), 'ms');
  bench(name('pareto_p95'), p95(pareto), 'ms');
  const reach = time(pairs, (f) => reachableWithin(graph, f, 5));
  bench(name('reachable_5y_median'), median(reach), 'ms');
  bench(name('reachable_5y_p95'), p95(reach), 'ms');
  const noJob = time(pairs, (_f, t) => kBestRoutes(graph, NO_JOB, t, { k: 5 }));
  bench(name('k5_from_no_job_median'), median(noJob), 'ms');
  bench(name('k5_from_no_job_p95'), p95(noJob), 'ms');
  note(load());
  if (dijkstraToo) {
    const dijkstra = time(pairs, (f, t) => bidirectional(graph, f, t, years));
    bench('dijkstra_bidirectional_median', median(dijkstra), 'ms');
    bench('dijkstra_bidirectional_p95', p95(dijkstra), 'ms');
    bench('routes_k5_vs_dijkstra_median', median(k5) / median(dijkstra), 'x');
  }
  // Cold: the first search on a graph also reads all moves out of graphology (and derives the
  // derived moves) into the cached index; later searches reuse it until the graph changes.
  // Timed on fresh copies of the graph.
  const cold: number[] = [];
  for (const [from, to] of pairs.slice(0, 10)) {
    const copy = graph.copy();
    const t0 = performance.now();
    kBestRoutes(copy, from, to, { k: 5 });
    cold.push(performance.now() - t0);
  }
  cold.sort((a, b) => a - b);
  bench(name('k5_cold_first_call_median'), median(cold), 'ms');
}

run(plain, '', true);
run(withHiring(plain, mulberry32(HIRING_SEED)), 'hiring_', false);
