/**
 * Routes benchmark: kBestRoutes (k = 5) on a synthetic career graph of 1,000 roles and 20,000
 * moves, beside one plain Dijkstra (graphology-shortest-path, bidirectional, years as weight)
 * on the same pairs for scale. Twice: the plain shape (one job level, no hiring rules, so no
 * derived moves: names as before) and the same moves with roles shaped like careers.json's
 * (levels, tracks, hiring rules: `routes_hiring_*`), where the index also derives moves.
 *
 *   npx tsx scripts/bench/routes.bench.ts
 *   ROLES=100 BENCH_ROUTES_HIRING=1 npx tsx scripts/bench/routes.bench.ts   (smaller, hiring searches too)
 *
 * The graphs are drawn in routes-shapes.ts.
 * Every figure is printed as `BENCH <name> <value> <unit>`; the method is printed as `#` lines
 * and recorded in docs/benchmarks.md ("Routes").
 */
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { performance } from 'node:perf_hooks';
import { NO_JOB, kBestRoutes, paretoRoutes, reachableWithin } from '../../src/graph/routes';
import { DEFAULT_CONSTRAINTS, resolveConstraints } from '../../src/graph/routes/constraints';
import { buildRouteIndex } from '../../src/graph/routes/route-index';
import type { CareerGraph, MoveEdgeAttributes } from '../../src/graph/types';
import { mulberry32 } from './prng';
import { bench, load, median, note, noteLoad, p95 } from './report';
import { LEVELS, ROLES as FULL_SIZE, generate, withHiring } from './routes-shapes';

/** Roles of the synthetic graphs (20 moves each); smaller sizes keep the shape, for quick runs. */
const ROLES = Number(process.env.ROLES ?? FULL_SIZE);
const PAIRS = 60;
const REPS = 3;
const SEED = 20240611;

const HIRING_SEED = 20261207;

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

const rand = mulberry32(SEED);
const plain = generate(rand, ROLES);
const perLevel = ROLES / LEVELS;
const pairs: [string, string][] = [];
while (pairs.length < PAIRS) {
  const from = `r${Math.floor(rand() * 3 * perLevel)}`; // levels 0–2
  const to = `r${7 * perLevel + Math.floor(rand() * 3 * perLevel)}`; // levels 7–9
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
      'k-best and reachability on this shape do not finish in minutes at 1,000 roles (the labels of a role differ in the experience and credentials their walks gathered and none beats another; docs/benchmarks.md): set BENCH_ROUTES_HIRING=1 to time them anyway, ROLES=100 to make it quick',
    );
    return;
  }
  const hops = pairs.map(([f, t]) => kBestRoutes(graph, f, t, { k: 1 })[0]?.moves.length ?? NaN);
  note(
    `${PAIRS} pairs from levels 0–2 to levels 7–9, each timed ${REPS}× and counted at its median; fastest route length: ${Math.min(...hops)}–${Math.max(...hops)} moves (mean ${(hops.reduce((a, b) => a + b, 0) / hops.length).toFixed(1)}); load average ${load()}`,
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
  noteLoad();
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
