/**
 * Search benchmark: the app's search (trigram prefilter → Fuse → ranking) against plain Fuse.js
 * over the same 50,000 synthetic titles, same Fuse options, same queries, same run.
 *
 *   npx tsx scripts/bench/search.bench.ts
 *
 * Env: BENCH_PLAIN_QUERIES=N caps the plain-Fuse queries (default 26); BENCH_CANDIDATES and
 * BENCH_CANDIDATE_CHARS override the app's prefilter size, to chart speed against quality.
 *
 * Every figure is printed as `BENCH <name> <value> <unit>`; method and caveats are printed as
 * `#` lines and recorded in docs/benchmarks.md ("Search").
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { ngramCandidates } from '../../src/graph/search/ngram';
import { buildSearchIndex } from '../../src/graph/search/search-index';
import { prepareQuery } from '../../src/graph/search/rank';
import { candidateLimit, search, SEARCH_DEFAULTS } from '../../src/graph/search/search';
import { normalize } from '../../src/graph/search/text';
import type { SearchIndex, SearchOptions } from '../../src/graph/search/types';
import { checksum, generateTitles } from './generate-titles';
import { misspell } from './misspell';
import { mulberry32 } from './prng';
import { bench, note, quantile, timeEach } from './report';

const QUERY_SEED = 7;
const GENERATED_MISSPELLED = 40;
const TOP = 5;
const REPS = 3;
/** Generated misspellings start from titles at most this long: what people type in a search box. */
const MAX_TYPED = 40;

/** Per-query milliseconds (the median of each query's REPS runs), wall with CPU beside it: see `timeEach`. */
function timeQueries(
  queries: readonly string[],
  fn: (q: string) => unknown,
  reps = REPS,
): number[] & { cpu: number[] } {
  const [t] = timeEach(queries, [fn], reps);
  return Object.assign(t!.wall, { cpu: t!.cpu });
}

const percentile = quantile;

const data = generateTitles();
const totalTitles = data.roles.reduce((n, r) => n + 1 + r.titles.length, 0);
note(`data: generateTitles() seed default, checksum ${checksum(data)}`);
bench('dataset_titles', totalTitles, 'titles');
bench('dataset_roles', data.roles.length, 'roles');

let t0 = performance.now();
const index: SearchIndex = buildSearchIndex(data);
bench('build_app', performance.now() - t0, 'ms');
bench('dataset_entries', index.entries.length, 'entries');

t0 = performance.now();
const plain = new Fuse<string>([...index.texts], index.fuseOptions);
bench('build_plain_fuse', performance.now() - t0, 'ms');

// ---- queries ---------------------------------------------------------------------------
const rand = mulberry32(QUERY_SEED);
const allTitles = [...data.roleOfTitle.keys()].filter((t) => t.length <= MAX_TYPED);
const generated: { query: string; roleId: string }[] = [];
while (generated.length < GENERATED_MISSPELLED) {
  const title = allTitles[Math.floor(rand() * allTitles.length)]!;
  const query = misspell(title, rand);
  if (normalize(query) !== normalize(title)) generated.push({ query, roleId: data.roleOfTitle.get(title)! });
}
const handMisspelled = [
  'medcal records technican',
  'helth informaton specialist',
  'tumour registry abstracter',
  'clincal documentaton specialist',
  'revenu cycle analist',
  'utilisation reveiw coordinator',
  'medical codr',
  'health informatics specalist',
  'inpatient codeing auditor',
  'release of informaton clerk',
  'patient acess representative',
  'electronic helth records analyst',
];
const misspelled = [...generated.map((g) => g.query), ...handMisspelled];
const clean = [
  'Medical Records Technician',
  'cancer registry',
  'EHR',
  'HIM',
  'coder',
  'Senior Medical Coder',
  'MPI Clerk',
  data.credentials[0]!.abbr,
  data.credentials[5]!.name,
  'quality improvement analyst',
];
const keystrokes = [
  'medical records technician',
  'clinical documentation specialist',
  'cancer registry abstractor',
].flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)).filter((p) => !p.endsWith(' ')));
const long = [
  'registered long term care nursing home records processing specialist',
  'senior acute care cancer registry abstractor ii',
  'Entry Level Emergency Department Registration Representative (EDRR)',
];
const appQueries = [...misspelled, ...clean, ...keystrokes];
note(
  `timing: each query ${REPS}× in a row, per-query median of the runs; then median / p95 (nearest rank) over queries`,
);
note(
  `queries: ${misspelled.length} misspelled (${generated.length} generated from titles ≤ ${MAX_TYPED} chars + ${handMisspelled.length} hand-written), ${clean.length} clean, ${keystrokes.length} per-keystroke prefixes of 3 queries = ${appQueries.length}`,
);
bench('queries_app', appQueries.length, 'queries');

// ---- timing ----------------------------------------------------------------------------
const warmup = ['warm up', 'registry', 'coding specialst', 'data', 'billing rep', 'x', 'chart abstraction lead'];
const appOptions: Partial<SearchOptions> = {
  candidates: Number(process.env.BENCH_CANDIDATES ?? SEARCH_DEFAULTS.candidates),
  candidateChars: Number(process.env.BENCH_CANDIDATE_CHARS ?? SEARCH_DEFAULTS.candidateChars),
};
note(`app options: candidates ${appOptions.candidates}, candidateChars ${appOptions.candidateChars}`);
const runApp = (opts: Partial<SearchOptions>) => (q: string) => search(index, q, { ...appOptions, ...opts });
for (const scorer of ['subindex', 'rebuild'] as const) for (const q of warmup) runApp({ scorer })(q);

const app = timeQueries(appQueries, runApp({ scorer: 'subindex' }));
bench('search_app_median', percentile(app, 0.5), 'ms');
bench('search_app_p95', percentile(app, 0.95), 'ms');
bench('search_app_max', Math.max(...app), 'ms');
bench('search_app_cpu_median', percentile(app.cpu, 0.5), 'ms');
bench('search_app_cpu_p95', percentile(app.cpu, 0.95), 'ms');
const appMis = timeQueries(misspelled, runApp({ scorer: 'subindex' }));
bench('search_app_misspelled_median', percentile(appMis, 0.5), 'ms');
bench('search_app_misspelled_p95', percentile(appMis, 0.95), 'ms');
bench('search_app_misspelled_cpu_p95', percentile(appMis.cpu, 0.95), 'ms');
const appKeys = timeQueries(keystrokes, runApp({ scorer: 'subindex' }));
bench('search_app_keystroke_p95', percentile(appKeys, 0.95), 'ms');
note(`long queries (${long.map((q) => q.length).join(', ')} chars), not in the set above: worst of ${long.length}`);
bench('search_app_long_max', Math.max(...timeQueries(long, runApp({ scorer: 'subindex' }))), 'ms');
const rebuild = timeQueries(appQueries, runApp({ scorer: 'rebuild' }));
bench('search_app_rebuild_median', percentile(rebuild, 0.5), 'ms');
bench('search_app_rebuild_p95', percentile(rebuild, 0.95), 'ms');
const prefilterOnly = timeQueries(appQueries, (q) =>
  ngramCandidates(index.ngram, normalize(q), {
    limit: candidateLimit(prepareQuery(index, q), { ...SEARCH_DEFAULTS, ...appOptions }, index.entries.length),
  }),
);
bench('prefilter_median', percentile(prefilterOnly, 0.5), 'ms');
bench('prefilter_p95', percentile(prefilterOnly, 0.95), 'ms');

// Every step-th misspelled query, so a cap keeps both generated and hand-written ones.
const plainCap = Number(process.env.BENCH_PLAIN_QUERIES ?? 26);
const step = Math.max(1, Math.ceil(misspelled.length / plainCap));
const plainQueries = misspelled.filter((_, i) => i % step === 0);
note(
  `plain Fuse: whole collection, same options, search(q, { limit: 50 }), run once per query, on ${plainQueries.length} of the ${misspelled.length} misspelled queries (every ${step}th; it is slow)`,
);
plain.search(warmup[0]!, { limit: 50 });
const plainResults = new Map<string, readonly { id: number; score: number }[]>();
const plainTimes = timeQueries(
  plainQueries,
  (q) =>
    plainResults.set(
      q,
      plain.search(q, { limit: 50 }).map((r) => ({ id: r.refIndex, score: r.score ?? 1 })),
    ),
  1,
);
bench('queries_plain', plainQueries.length, 'queries');
bench('search_plain_median', percentile(plainTimes, 0.5), 'ms');
bench('search_plain_p95', percentile(plainTimes, 0.95), 'ms');
bench('search_plain_cpu_median', percentile(plainTimes.cpu, 0.5), 'ms');
bench('speedup_median_misspelled', percentile(plainTimes, 0.5) / percentile(appMis, 0.5), 'x');

// ---- quality ---------------------------------------------------------------------------
const targetOf = (entryId: number): string => {
  const e = index.entries[entryId]!;
  return `${e.kind}:${e.targetId}`;
};
/** Plain Fuse's ranked entries reduced to distinct roles/credentials (best entry each), like the app's results. */
const plainBest = (q: string): { target: string; id: number; score: number }[] => {
  const seen = new Set<string>();
  const out: { target: string; id: number; score: number }[] = [];
  for (const r of plainResults.get(q) ?? []) {
    const target = targetOf(r.id);
    if (seen.has(target)) continue;
    seen.add(target);
    out.push({ target, ...r });
  }
  return out.slice(0, TOP);
};
const plainTop = (q: string): string[] => plainBest(q).map((r) => r.target);
const appResults = (q: string) => search(index, q, { ...appOptions, limit: TOP });
const appTop = (q: string): string[] =>
  appResults(q).map((r) => `${r.kind}:${r.kind === 'role' ? r.roleId : r.credentialId}`);

let agreeSum = 0;
let asGoodSum = 0;
let recallSum = 0;
let n = 0;
for (const q of plainQueries) {
  const p = plainBest(q);
  if (p.length === 0) continue;
  const a = appResults(q);
  const aTargets = new Set(appTop(q));
  agreeSum += p.filter((r) => aTargets.has(r.target)).length / p.length;
  // "As good": compare the k-th best Fuse score of each list; the app may reorder (exact and
  // prefix first) and break Fuse's many ties differently, so this is fairer than set overlap.
  const aScores = a.map((r) => r.score).sort((x, y) => x - y);
  asGoodSum += p.filter((r, k) => (aScores[k] ?? Infinity) <= r.score + 1e-9).length / p.length;
  // Prefilter recall: of the entries behind plain Fuse's top targets, how many the prefilter kept.
  const limit = candidateLimit(prepareQuery(index, q), { ...SEARCH_DEFAULTS, ...appOptions }, index.entries.length);
  const cands = new Set(ngramCandidates(index.ngram, normalize(q), { limit }));
  recallSum += p.filter((r) => cands.has(r.id)).length / p.length;
  n += 1;
}
note(
  'top5_agreement: mean over queries of |plain top-5 ∩ app top-5| / |plain top-5|, both as distinct roles/credentials',
);
bench('top5_agreement_misspelled', n ? agreeSum / n : NaN, 'fraction');
note(
  "top5_as_good: mean share of ranks k ≤ 5 where the app's k-th best Fuse score ≤ plain Fuse's k-th best (1 = never worse)",
);
bench('top5_as_good_misspelled', n ? asGoodSum / n : NaN, 'fraction');
bench('prefilter_recall_plain_top5', n ? recallSum / n : NaN, 'fraction');

const truth = generated.filter((g) => plainQueries.includes(g.query));
const hits = (top: (q: string) => string[], k: number): number =>
  truth.filter((g) => top(g.query).slice(0, k).includes(`role:${g.roleId}`)).length / truth.length;
note(
  `hit@k: share of the ${truth.length} generated misspellings whose source title's role is in the top k (ground truth)`,
);
bench('hit1_app', hits(appTop, 1), 'fraction');
bench('hit1_plain', hits(plainTop, 1), 'fraction');
bench('hit5_app', hits(appTop, 5), 'fraction');
bench('hit5_plain', hits(plainTop, 5), 'fraction');
const hitsAll = (k: number): number =>
  generated.filter((g) => appTop(g.query).slice(0, k).includes(`role:${g.roleId}`)).length / generated.length;
bench('hit1_app_all_generated', hitsAll(1), 'fraction');
bench('hit5_app_all_generated', hitsAll(5), 'fraction');
