/**
 * Routes benchmark on the built-in map: every ordered From/To pair of its roles (33 × 32 =
 * 1,056) and "No job yet" → each role, answered as the route planner answers a choice
 * (`answerQuery`: the k best routes, the trade-offs, and when nothing fits the no-route
 * explanation and the relaxed alternative), under the planner's default settings and a second
 * one. Also the first (cold) call, which reads the moves out of the graph and builds the route
 * index.
 *
 *   npx tsx scripts/bench/routes-builtin.bench.ts
 *
 * Prints `BENCH <name> <value> <unit>` and `#` lines; recorded in docs/benchmarks.md ("Routes").
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { assertDataset } from '../../src/data/validate';
import { createModel, type CareerModel } from '../../src/graph/model';
import { answerQuery, type PlannerQuery, type QueryOptions } from '../../src/graph/planner-query';
import { NO_JOB } from '../../src/graph/routes';
import { ROUTE_COUNT } from '../../src/state/route-planner.svelte';
import { bench, load, median, note, p95 } from './report';

const REPS = 3;

const file = new URL('../../src/data/careers.json', import.meta.url);
/** As scripts/vite-plugin-builtin-data.ts: validated (zod's output), then the model. */
const dataset = () => assertDataset(JSON.parse(readFileSync(file, 'utf8')));

/** The planner's options with nothing chosen (src/state/route-planner.svelte.ts, url-state EMPTY_STATE). */
const DEFAULTS: QueryOptions = {
  heldCredentials: [],
  education: 'high_school',
  heldPrograms: [],
  study: 'part_time',
  includeImplausible: false,
  relaxTypical: false,
  educationCeiling: 'doctorate',
  avoid: [],
  objective: 'years',
};
const SETTINGS: { name: string; label: string; options: QueryOptions }[] = [
  { name: '', label: 'defaults (high school, part-time study, no ceiling, by years)', options: DEFAULTS },
  {
    name: '_associate_ceiling',
    label: 'high school, part-time study, will not go past an associate degree',
    options: { ...DEFAULTS, educationCeiling: 'associate' },
  },
];

const query = (from: string, to: string, options: QueryOptions): PlannerQuery => ({
  kind: 'routes',
  from,
  to,
  k: ROUTE_COUNT,
  options,
  locale: 'en',
});

const sortedMs = (xs: number[]) => [...xs].sort((a, b) => a - b);

function timeOnce(model: CareerModel, q: PlannerQuery): number {
  const t0 = performance.now();
  answerQuery(model, q);
  return performance.now() - t0;
}

// Cold: the very first call of the process (nothing compiled yet, as on a page's first route),
// then the first call on fresh models once the code is warm (the route index built each time),
// both on the pair that was slowest warm when this bench was written.
const COLD_PAIR: [string, string] = ['scribe', 'cdi_manager'];
const t0 = performance.now();
const firstModel = createModel(dataset());
const modelMs = performance.now() - t0;
const roles = firstModel.dataset.roles.filter((r) => !r.outOfScope).map((r) => r.id);
const pairs: [string, string][] = roles.flatMap((from) =>
  roles.filter((to) => to !== from).map((to): [string, string] => [from, to]),
);
const fromNoJob: [string, string][] = roles.map((to) => [NO_JOB, to]);
note(
  `built-in map: ${roles.length} roles in scope, ${pairs.length} ordered pairs + ${fromNoJob.length} from "No job yet"; k = ${ROUTE_COUNT}; each pair timed ${REPS}× (median; the first ask of a pair apart)`,
);
note(`createModel (graph built) ${modelMs.toFixed(1)} ms; load average ${load()}`);
bench('routes_builtin_cold_process_first_call', timeOnce(firstModel, query(...COLD_PAIR, DEFAULTS)), 'ms');
for (const [from, to] of pairs.slice(0, 100)) answerQuery(firstModel, query(from, to, DEFAULTS));
const cold = sortedMs(Array.from({ length: 7 }, () => timeOnce(createModel(dataset()), query(...COLD_PAIR, DEFAULTS))));
bench('routes_builtin_cold_first_call_median', median(cold), 'ms');
note(
  `${COLD_PAIR.join(' → ')}: first call of the process, then on 7 fresh models with the code warm (${cold.map((x) => x.toFixed(1)).join(', ')} ms); load average ${load()}`,
);

const model = createModel(dataset());
for (const setting of SETTINGS) {
  // Warm this setting's index (the planner keeps it per dataset and constraints).
  answerQuery(model, query(pairs[0]![0], pairs[0]![1], setting.options));
  const each = (list: [string, string][]) =>
    list.map(([from, to]) => {
      const runs = Array.from({ length: REPS }, () => timeOnce(model, query(from, to, setting.options)));
      return { from, to, first: runs[0]!, ms: median(sortedMs(runs)) };
    });
  const timed = each(pairs);
  const ms = sortedMs(timed.map((t) => t.ms));
  note(`setting${setting.name || ' (default)'}: ${setting.label}`);
  bench(`routes_builtin_pairs${setting.name}_median`, median(ms), 'ms');
  bench(`routes_builtin_pairs${setting.name}_p95`, p95(ms), 'ms');
  bench(`routes_builtin_pairs${setting.name}_max`, ms[ms.length - 1]!, 'ms');
  bench(`routes_builtin_pairs${setting.name}_first_ask_max`, Math.max(...timed.map((t) => t.first)), 'ms');
  const slow = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 3);
  note(
    `slowest pairs: ${slow.map((t) => `${t.from} → ${t.to} ${t.ms.toFixed(1)} ms`).join('; ')}; load average ${load()}`,
  );
  const noJob = sortedMs(each(fromNoJob).map((t) => t.ms));
  bench(`routes_builtin_from_no_job${setting.name}_median`, median(noJob), 'ms');
  bench(`routes_builtin_from_no_job${setting.name}_max`, noJob[noJob.length - 1]!, 'ms');
  const answered = timed.filter(
    (t) => answerQuery(model, query(t.from, t.to, setting.options)).routes.length > 0,
  ).length;
  note(`${answered} of ${pairs.length} pairs have a route; the rest are answered with an explanation`);
}
