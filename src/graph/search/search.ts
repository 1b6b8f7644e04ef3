/**
 * The job-title search: a pure function of (index, query, options).
 *
 * Pipeline: normalise the query → trigram prefilter picks candidate entries → Fuse scores them
 * → `rank.ts` orders (exact > prefix > words > fuzzy, title before synonym, then score) and
 * keeps the best entry per role or credential.
 */
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { ngramCandidates } from './ngram';
import { prepareQuery, rankResults, type PreparedQuery, type ScoredEntry } from './rank';
import type { Scorer, SearchIndex, SearchOptions, SearchResult } from './types';

export const SEARCH_DEFAULTS: SearchOptions = {
  limit: 8,
  candidates: 500,
  candidateChars: 12000,
  candidateShare: 0.01,
  minFuzzyLength: 4,
  scorer: 'auto',
};

function resolveOptions(options: Partial<SearchOptions> | undefined): SearchOptions {
  const opts: SearchOptions = { ...SEARCH_DEFAULTS, ...options };
  if (!Number.isInteger(opts.limit) || opts.limit < 0)
    throw new Error(`graph/search/search: limit must be a non-negative integer, got ${opts.limit}`);
  if (!Number.isInteger(opts.candidates) || opts.candidates < 1) {
    throw new Error(`graph/search/search: candidates must be a positive integer, got ${opts.candidates}`);
  }
  if (!(opts.candidateChars >= 0))
    throw new Error(`graph/search/search: candidateChars must be ≥ 0, got ${opts.candidateChars}`);
  if (!(opts.candidateShare >= 0 && opts.candidateShare <= 1))
    throw new Error(`graph/search/search: candidateShare must be between 0 and 1, got ${opts.candidateShare}`);
  if (opts.threshold !== undefined && !(opts.threshold >= 0 && opts.threshold <= 1)) {
    throw new Error(`graph/search/search: threshold must be between 0 and 1, got ${opts.threshold}`);
  }
  return opts;
}

/** 'auto' skips the prefilter when it could not shrink the collection anyway. */
export function effectiveScorer(index: SearchIndex, opts: SearchOptions): Scorer {
  if (opts.scorer !== 'auto') return opts.scorer;
  return index.entries.length <= opts.candidates ? 'full' : 'subindex';
}

function toScored(
  results: readonly FuseResult<string>[],
  entryIdOf: (refIndex: number) => number | undefined,
): ScoredEntry[] {
  const out: ScoredEntry[] = [];
  for (const r of results) {
    const entryId = entryIdOf(r.refIndex);
    if (entryId === undefined) continue;
    out.push({ entryId, score: r.score ?? 1, indices: r.matches?.[0]?.indices ?? [] });
  }
  return out;
}

/** Fuse's Bitap works on 32-character chunks of the query. */
const BITAP_CHUNK = 32;

/** Fewest candidates a query gets from either scaling. */
const MIN_CANDIDATES = 50;

/**
 * How many candidates this query gets from a collection of `entryCount` entries (see
 * `SearchOptions.candidateShare` and `candidateChars`); at least 50 unless `candidates` is less.
 * Measured Bitap cost per entry grows like length × √chunks (each chunk beyond the first adds
 * its own pass), so a 40-character query costs twice a 31-character one per entry.
 */
export function candidateLimit(query: PreparedQuery, opts: SearchOptions, entryCount: number): number {
  let limit = opts.candidates;
  if (opts.candidateShare > 0)
    limit = Math.min(limit, Math.max(MIN_CANDIDATES, Math.ceil(opts.candidateShare * entryCount)));
  if (opts.candidateChars === 0) return limit;
  const length = Math.max(1, query.raw.length);
  const cost = length * Math.sqrt(Math.ceil(length / BITAP_CHUNK));
  return Math.min(limit, Math.max(MIN_CANDIDATES, Math.floor(opts.candidateChars / cost)));
}

/**
 * Fuse's scores for the entries that may match. With 'subindex', Fuse records are made for the
 * candidates, each under its entry id, and handed to a Fuse over the full text list, so
 * `refIndex` is already the entry id. 'rebuild' indexes the candidate strings as a list of
 * their own (kept to measure the difference); 'full' scans every entry (the collection is
 * indexed per query: it is used when that is no more than the candidates).
 */
export function scoreEntries(index: SearchIndex, query: PreparedQuery, opts: SearchOptions): ScoredEntry[] {
  const fuseOptions: IFuseOptions<string> =
    opts.threshold === undefined ? index.fuseOptions : { ...index.fuseOptions, threshold: opts.threshold };
  const scorer = effectiveScorer(index, opts);
  if (scorer === 'full') return toScored(new Fuse(index.texts, fuseOptions).search(query.raw), (i) => i);
  const candidates = ngramCandidates(index.ngram, query.norm, {
    limit: candidateLimit(query, opts, index.entries.length),
  });
  if (candidates.length === 0) return [];
  if (scorer === 'rebuild') {
    const fuse = new Fuse(
      candidates.map((id) => index.texts[id] ?? ''),
      fuseOptions,
    );
    return toScored(fuse.search(query.raw), (i) => candidates[i]);
  }
  // Records for the candidates only, each under its entry id, over the full text list.
  const sub = Fuse.createIndex<string>([], []);
  for (const id of candidates) sub.add(index.texts[id] ?? '', id);
  return toScored(new Fuse(index.texts, fuseOptions, sub).search(query.raw), (i) => i);
}

/**
 * Ranked results for a query, at most `limit` (default 8), one per role or credential.
 * An empty or blank query gives no results (the UI shows its empty state, not everything).
 */
export function search(index: SearchIndex, query: string, options?: Partial<SearchOptions>): SearchResult[] {
  const opts = resolveOptions(options);
  const q = prepareQuery(index, query);
  if (q.norm === '' || opts.limit === 0) return [];
  return rankResults(index, q, scoreEntries(index, q, opts), opts);
}
