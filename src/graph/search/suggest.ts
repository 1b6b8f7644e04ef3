/**
 * "Did you mean …?" for the no-match state.
 *
 * Two passes: (1) spelling correction word by word against the index's vocabulary (so
 * "regstrar tumr" becomes "registrar tumor" and is searched normally); only if that finds
 * nothing, (2) the same search with a looser Fuse threshold. Both reuse the prefilter, so a suggestion costs about
 * as much as a search and never scans 50,000 titles with Fuse.
 */
import { prepareQuery, rankResults } from './rank';
import { scoreEntries, search, SEARCH_DEFAULTS } from './search';
import type { SearchIndex, SearchResult, Suggestion, SuggestOptions } from './types';

export const SUGGEST_DEFAULTS: SuggestOptions = { limit: 5, looseThreshold: 0.6, candidates: 300 };

/** Edits allowed for a word of this length: short words tolerate one, long ones three. */
export function maxEdits(length: number): number {
  if (length <= 2) return 0;
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps, the commonest typo),
 * giving up with `max + 1` as soon as every cell of a row exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** The vocabulary word closest to `token` (ties: more entries, then alphabetical), or null. */
export function correctWord(vocabulary: ReadonlyMap<string, number>, token: string): string | null {
  const max = maxEdits(token.length);
  let best: string | null = null;
  let bestDist = max + 1;
  let bestCount = -1;
  for (const [word, count] of vocabulary) {
    const d = editDistance(token, word, Math.min(max, bestDist));
    if (d > max) continue;
    if (
      d < bestDist ||
      (d === bestDist && (count > bestCount || (count === bestCount && best !== null && word < best)))
    ) {
      best = word;
      bestDist = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The query with each word not in the vocabulary replaced by its nearest word; words with no
 * near neighbour are dropped. Null when nothing changed or nothing is left.
 */
export function correctQuery(index: SearchIndex, tokens: readonly string[]): string | null {
  const out: string[] = [];
  for (const t of tokens) {
    if (index.vocabulary.has(t)) out.push(t);
    else {
      const c = correctWord(index.vocabulary, t);
      if (c) out.push(c);
    }
  }
  const corrected = out.join(' ');
  return corrected === '' || corrected === tokens.join(' ') ? null : corrected;
}

function toSuggestion(r: SearchResult, correctedQuery?: string): Suggestion {
  const id = r.kind === 'role' ? r.roleId : r.credentialId;
  return { text: r.matchedText, kind: r.kind, id: id ?? '', ...(correctedQuery ? { correctedQuery } : {}) };
}

/** Up to `limit` suggestions, one per role or credential; [] for a blank query or gibberish. */
export function suggest(index: SearchIndex, query: string, options?: Partial<SuggestOptions>): Suggestion[] {
  const opts: SuggestOptions = { ...SUGGEST_DEFAULTS, ...options };
  if (!Number.isInteger(opts.limit) || opts.limit < 0)
    throw new Error(`graph/search/suggest: limit must be a non-negative integer, got ${opts.limit}`);
  if (!(opts.looseThreshold >= 0 && opts.looseThreshold <= 1)) {
    throw new Error(`graph/search/suggest: looseThreshold must be between 0 and 1, got ${opts.looseThreshold}`);
  }
  const q = prepareQuery(index, query);
  if (q.norm === '' || opts.limit === 0) return [];

  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const add = (r: SearchResult, corrected?: string): void => {
    const s = toSuggestion(r, corrected);
    const key = `${s.kind}:${s.id}`;
    if (out.length < opts.limit && !seen.has(key)) {
      seen.add(key);
      out.push(s);
    }
  };

  const corrected = correctQuery(index, q.tokens);
  if (corrected) {
    const found = search(index, corrected, { limit: opts.limit, candidates: opts.candidates });
    // Only the corrected query's best tier: its weaker fuzzy tail would read as random guesses.
    for (const r of found) if (r.tier === found[0]?.tier) add(r, corrected);
  }

  // The loose pass is a fallback: next to a confident correction its weak matches are noise.
  if (out.length === 0) {
    const loose = { ...SEARCH_DEFAULTS, candidates: opts.candidates, threshold: opts.looseThreshold };
    for (const r of rankResults(index, q, scoreEntries(index, q, loose), { ...loose, limit: opts.limit })) add(r);
  }
  return out;
}
