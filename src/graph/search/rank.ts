/**
 * Turns Fuse's scored entries into ranked results: tier (exact > prefix > all words > fuzzy),
 * then which field matched (a role's title before its alternate titles), then Fuse's score.
 *
 * Fuse alone ranks "rhit" below longer fuzzy matches now and then, and scores a role title and
 * an alternate title that match equally well the same; users expect what they typed verbatim
 * to come first and the canonical name to beat a synonym.
 */
import { fieldRank } from './search-index';
import { mapRange, normalize, normalizeWithMap, words } from './text';
import {
  MATCH_TIERS,
  type MatchTier,
  type SearchEntry,
  type SearchIndex,
  type SearchOptions,
  type SearchResult,
} from './types';
import type { Locale } from '../../i18n/locale';

/** One entry as Fuse scored it. */
export interface ScoredEntry {
  entryId: number;
  score: number;
  /** Fuse's match indices over the entry text, inclusive. */
  indices: readonly (readonly [number, number])[];
}

export interface PreparedQuery {
  /** Trimmed, whitespace collapsed and cut to the index's maximum length: what Fuse sees. */
  raw: string;
  norm: string;
  tokens: string[];
}

export function prepareQuery(index: SearchIndex, query: string): PreparedQuery {
  if (typeof query !== 'string') throw new Error(`graph/search/rank: query must be a string, got ${typeof query}`);
  const raw = query.replace(/\s+/g, ' ').trim().slice(0, index.maxQueryLength).trim();
  const norm = normalizeWithMap(raw).norm;
  return { raw, norm, tokens: words(norm) };
}

/**
 * Which tier an entry reaches, from normal forms only (cheap: runs for every candidate).
 * Exact and prefix compare normal forms, so "icd-9" is a prefix of "ICD-9 Coder" and "Rhit"
 * equals "RHIT". "words" means every query word begins a different word of the entry, in any
 * order ("records tech" → "Medical Records Technician").
 */
export function tierOf(entryNorm: string, query: PreparedQuery): MatchTier {
  if (entryNorm === query.norm) return 'exact';
  if (entryNorm.startsWith(query.norm)) return 'prefix';
  return wordStarts(entryNorm, query) ? 'words' : 'fuzzy';
}

/** For each query token, the start (in the normal form) of a distinct entry word it begins; null if one has none. */
function wordStarts(entryNorm: string, query: PreparedQuery): number[] | null {
  // Plain loops, no closures: this runs for every candidate that is not an exact/prefix match.
  const entryWords = words(entryNorm);
  const starts: number[] = [];
  let pos = 0;
  for (const w of entryWords) {
    starts.push(pos);
    pos += w.length + 1;
  }
  const used: boolean[] = [];
  const found: number[] = [];
  for (const token of query.tokens) {
    let k = -1;
    for (let i = 0; i < entryWords.length; i += 1) {
      if (!used[i] && entryWords[i]!.startsWith(token)) {
        k = i;
        break;
      }
    }
    const start = starts[k];
    if (k < 0 || start === undefined) return null;
    used[k] = true;
    found.push(start);
  }
  return found;
}

/**
 * What to highlight, as inclusive ranges over the printed text. Exact, prefix and words
 * tiers highlight exactly what was typed; fuzzy matches use Fuse's alignment.
 */
export function highlight(
  text: string,
  tier: MatchTier,
  query: PreparedQuery,
  fuseIndices: ScoredEntry['indices'],
): [number, number][] {
  if (tier === 'fuzzy') return cleanRanges(fuseIndices, text.length);
  const nt = normalizeWithMap(text);
  const range = (s: number, e: number): [number, number][] => {
    const r = mapRange(nt, s, e);
    return r ? [r] : [];
  };
  if (tier === 'exact') return range(0, nt.norm.length - 1);
  if (tier === 'prefix') return range(0, query.norm.length - 1);
  const starts = wordStarts(nt.norm, query) ?? [];
  return mergeRanges(starts.flatMap((s, i) => range(s, s + (query.tokens[i]?.length ?? 1) - 1)));
}

/**
 * Fuse marks every character it aligned, which for a misspelt query includes stray single
 * letters; a lone letter highlighted mid-word reads as a bug, so one-character ranges are
 * dropped whenever a longer range exists.
 */
export function cleanRanges(indices: ScoredEntry['indices'], textLength: number): [number, number][] {
  const valid = indices
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e >= s && e < textLength)
    .map(([s, e]) => [s, e] as [number, number]);
  const long = valid.filter(([s, e]) => e > s);
  return mergeRanges(long.length > 0 ? long : valid);
}

/** Sorts and merges overlapping or touching ranges. */
export function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const TIER_RANK = new Map<MatchTier, number>(MATCH_TIERS.map((t, i) => [t, i]));

interface Ranked extends ScoredEntry {
  tier: MatchTier;
  /** Sort keys, precomputed so the comparator does no lookups. */
  tierN: number;
  fieldN: number;
  length: number;
}

/**
 * Classifies, sorts and deduplicates: one result per role or credential, the first (best)
 * matching entry wins, at most `limit` results.
 */
export function rankResults(
  index: SearchIndex,
  query: PreparedQuery,
  scored: readonly ScoredEntry[],
  options: Pick<SearchOptions, 'limit' | 'minFuzzyLength' | 'locale'>,
): SearchResult[] {
  const { limit, minFuzzyLength } = options;
  const fuzzyAllowed = query.norm.length >= minFuzzyLength;
  const ranked: Ranked[] = [];
  for (const s of scored) {
    // Normalised again rather than kept: 0.2 µs per scored entry against 3 MB at 50,000 titles.
    const tier = tierOf(normalize(index.texts[s.entryId] ?? ''), query);
    if (tier === 'fuzzy' && !fuzzyAllowed) continue;
    // Built field by field: an object spread here cost ten times more (V8's generic copy path).
    ranked.push({
      entryId: s.entryId,
      score: s.score,
      indices: s.indices,
      tier,
      tierN: TIER_RANK.get(tier) ?? MATCH_TIERS.length,
      fieldN: fieldRank(index.entries[s.entryId]?.field ?? 'variant'),
      length: index.texts[s.entryId]?.length ?? 0,
    });
  }
  ranked.sort((a, b) => {
    if (a.tierN !== b.tierN) return a.tierN - b.tierN;
    // Within exact/prefix/words the field decides before the score: role title over alternate.
    // Among fuzzy matches the score decides first, so a near-perfect synonym beats a poor title.
    const byField = a.fieldN - b.fieldN;
    const byScore = a.score - b.score;
    const fuzzy = a.tier === 'fuzzy';
    return (fuzzy ? byScore : byField) || (fuzzy ? byField : byScore) || a.length - b.length || a.entryId - b.entryId;
  });

  const seen = new Set<string>();
  const results: SearchResult[] = [];
  for (const r of ranked) {
    if (results.length >= limit) break;
    const entry = index.entries[r.entryId];
    if (!entry) continue;
    const key = `${entry.kind}:${entry.targetId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    results.push(toResult(index, entry, r, highlight(entry.text, r.tier, query, r.indices), options.locale ?? 'en'));
  }
  return results;
}

/** A result named in `locale`: a match on the title in that language is no detour ("→ title"). */
function toResult(
  index: SearchIndex,
  entry: SearchEntry,
  r: Ranked,
  ranges: [number, number][],
  locale: Locale,
): SearchResult {
  const common = { matchedText: entry.text, matchRanges: ranges, tier: r.tier, score: r.score };
  if (entry.kind === 'role') {
    const spanish = locale === 'es' ? index.roleTitlesEs.get(entry.targetId) : undefined;
    const title = spanish ?? index.roleTitles.get(entry.targetId) ?? entry.text;
    const ownTitle = spanish === undefined ? 'title' : 'translation';
    return {
      kind: 'role',
      roleId: entry.targetId,
      title,
      viaAlternate: entry.field !== ownTitle,
      roleIds: [entry.targetId],
      ...common,
    };
  }
  const spanish = locale === 'es' ? index.credentialLabelsEs.get(entry.targetId) : undefined;
  return {
    kind: 'credential',
    credentialId: entry.targetId,
    title: spanish ?? index.credentialLabels.get(entry.targetId) ?? entry.text,
    viaAlternate: false,
    roleIds: index.credentialRoles.get(entry.targetId) ?? [],
    ...common,
  };
}
