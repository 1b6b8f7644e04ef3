/**
 * Types of the job-title search engine. The engine reads only the few fields it needs, so the
 * full dataset (`Dataset` from `src/data/schema.ts`) and the benchmark's synthetic titles both fit.
 */
import type { IFuseOptions } from 'fuse.js';
import type { NgramIndex } from './ngram';
import type { Locale } from '../../i18n/locale';

export interface SearchableRole {
  readonly id: string;
  readonly title: string;
  readonly titles: readonly { readonly text: string }[];
  readonly credentials: readonly string[];
  /** Spanish title and job-ad titles: searched whatever the interface language. */
  readonly es?: { readonly title: string; readonly titles?: readonly string[] | undefined } | undefined;
}

export interface SearchableCredential {
  readonly id: string;
  readonly abbr: string;
  readonly name: string;
  /** What holders write after their name (ODS-C): found like the abbreviation. */
  readonly postNominal?: string | undefined;
  /** Names it had before (CTR, Certified Tumor Registrar): people still search for them. */
  readonly formerly?: readonly { readonly abbr: string; readonly name: string }[] | undefined;
  readonly es?: { readonly name: string } | undefined;
}

export interface SearchData {
  readonly roles: readonly SearchableRole[];
  readonly credentials: readonly SearchableCredential[];
}

export type ResultKind = 'role' | 'credential';

/**
 * Where an entry's text comes from. Also the tie-break order inside a tier (lower wins):
 * a role's own title beats its title in the other language, then a credential abbreviation,
 * an acronym from a title's parentheses, and so on down to a parenthesised long form.
 */
export const ENTRY_FIELDS = [
  'title',
  'translation',
  'abbr',
  'acronym',
  'credentialName',
  'alternate',
  'variant',
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** One searchable string. A role with 12 alternate titles owns 12+ entries. */
export interface SearchEntry {
  readonly text: string;
  readonly kind: ResultKind;
  readonly targetId: string;
  readonly field: EntryField;
}

export interface BuildOptions {
  /** Options handed to Fuse; merged over {@link DEFAULT_FUSE_OPTIONS}. */
  fuse: IFuseOptions<string>;
  /** Queries are cut to this many characters: bounds the cost of a pasted paragraph. */
  maxQueryLength: number;
}

/** Built once by `buildSearchIndex`; never mutated afterwards, so searches are pure. */
export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
  /** `texts[i] === entries[i].text`: the collection Fuse searches (the dataset's own strings where unchanged). */
  readonly texts: readonly string[];
  readonly fuseOptions: IFuseOptions<string>;
  readonly ngram: NgramIndex;
  /** role id → role title, for display. */
  readonly roleTitles: ReadonlyMap<string, string>;
  /** role id → Spanish title, for roles that have one. */
  readonly roleTitlesEs: ReadonlyMap<string, string>;
  /** credential id → "ABBR — Name", for display. */
  readonly credentialLabels: ReadonlyMap<string, string>;
  /** credential id → "ABBR — Spanish name", for credentials that have one. */
  readonly credentialLabelsEs: ReadonlyMap<string, string>;
  /** credential id → ids of the roles that ask for it, in dataset order. */
  readonly credentialRoles: ReadonlyMap<string, readonly string[]>;
  /** Every normalised word with its number of entries: the "did you mean" dictionary. */
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly maxQueryLength: number;
}

/** How a result matched, best first. */
export const MATCH_TIERS = ['exact', 'prefix', 'words', 'fuzzy'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

export interface SearchResult {
  readonly kind: ResultKind;
  readonly roleId?: string;
  /**
   * For a credential, its id. For a role offered because it asks for a matched credential (the
   * route fields' `searchRoles`: "CTR → Cancer / Tumor Registrar"), that credential.
   */
  readonly credentialId?: string;
  /** What to show as the result's name: the role title, or "ODS — Oncology Data Specialist". */
  readonly title: string;
  /** The entry that matched (alternate title, acronym, credential abbreviation…), as printed. */
  readonly matchedText: string;
  /** Inclusive [start, end] character ranges of `matchedText` to highlight. */
  readonly matchRanges: readonly (readonly [number, number])[];
  /** True when `matchedText` is not the role's own title: show "matchedText → title". */
  readonly viaAlternate: boolean;
  /** For a role, `[roleId]`; for a credential, the roles that ask for it. */
  readonly roleIds: readonly string[];
  readonly tier: MatchTier;
  /** Fuse's score of `matchedText` (0 = perfect, 1 = no match); ranking uses tier first. */
  readonly score: number;
}

export type Scorer = 'subindex' | 'rebuild' | 'full';

export interface SearchOptions {
  /** Number of results (one per role or credential). */
  limit: number;
  /** At most this many entries are handed from the trigram prefilter to Fuse. */
  candidates: number;
  /**
   * Fuse's Bitap costs about (query length × √chunks) per entry scored, so longer queries get
   * fewer candidates: `min(candidates, max(50, candidateChars / (length × √chunks)))`, chunks
   * being the query's 32-character pieces. Long queries are also the most selective in
   * trigrams, so they need fewer. 0 disables the scaling.
   */
  candidateChars: number;
  /**
   * The candidates also scale with the collection: `min(candidates, max(50, candidateShare ×
   * entries))`, so 1 % gives the full 500 at 50,000 titles and 52 at 5,000. A fixed 500 made
   * Fuse score a tenth of a small collection for every keystroke; the misspelt title shares
   * most trigrams with the query and stays far inside the cut. 0 disables the scaling.
   */
  candidateShare: number;
  /**
   * 'subindex': Fuse over the candidates' records, ids kept (default);
   * 'rebuild': a fresh Fuse over the candidate strings; 'full': Fuse over every entry, no prefilter.
   * With 'auto' the collection is searched in full when it has no more entries than `candidates`.
   */
  scorer: Scorer | 'auto';
  /**
   * Queries shorter than this (normalised) keep only exact, prefix and word matches. Fuse finds
   * "ctr" inside "eleCTRonic" and "rn" inside "goveRNment"; for two or three letters such
   * mid-word hits are noise, and what people type that short is an acronym or a word start.
   */
  minFuzzyLength: number;
  /** Overrides Fuse's threshold for this search (the suggester loosens it). */
  threshold?: number;
  /**
   * The language results are named in (`title`); what matches does not depend on it. A role
   * without a Spanish title is named in English.
   */
  locale?: Locale;
}

export interface Suggestion {
  /** The text to offer ("Did you mean …?"); searching for it finds the target. */
  readonly text: string;
  readonly kind: ResultKind;
  readonly id: string;
  /** The corrected query that produced it, when the suggestion came from spelling correction. */
  readonly correctedQuery?: string;
}

export interface SuggestOptions {
  limit: number;
  /** Fuse threshold for the loose pass; search uses the index's own threshold. */
  looseThreshold: number;
  candidates: number;
}
