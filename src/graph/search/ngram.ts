/**
 * Trigram inverted index: the candidate prefilter in front of Fuse.
 *
 * Fuse's Bitap scan costs about the same for every entry, so at 50,000 titles one query takes
 * around a second (docs/benchmarks.md, "Search"). A misspelt title still shares most of its trigrams with the right
 * one ("tumour registar" and "Tumor Registrar" share 9 of 14), so counting shared trigrams
 * through posting lists finds a few hundred likely entries in about a millisecond; Fuse then
 * scores only those. Fuse stays the judge of what matches and how well.
 */
import { runAll } from '../../lib/slices';

/**
 * A gram's key. Normalised text is almost always [a-z0-9 ]: such a gram packs into a number
 * below 38³ (base 38, code 0 = "no character", used by the two-character initial gram " c"),
 * which indexes a small typed array directly; no string is allocated and nothing is hashed,
 * which matters when building over 50k titles. Any other gram is keyed by its text.
 */
export type GramKey = number | string;

export interface NgramIndex {
  /** packed ASCII key → gram id + 1 (0: gram absent). */
  readonly asciiIds: Int32Array;
  /** non-ASCII gram text → gram id. */
  readonly otherIds: ReadonlyMap<string, number>;
  /**
   * Every gram's posting list (the ascending ids of the entries containing it) in one buffer, as
   * gaps from the previous id (the first from -1), each a little-endian base-128 varint. Gaps
   * are mostly under 128, so a posting takes about one byte instead of four: at 50,000 titles
   * 1.9 million postings took 7.5 MB as one Uint32Array per gram.
   */
  readonly postings: Uint8Array;
  /** gram id → offset of its list in `postings`; the list ends where the next gram's starts. */
  readonly postingStart: Uint32Array;
  /** Per entry, 0-255, higher = shorter: breaks ties between entries sharing as many grams. */
  readonly entryShortness: Uint8Array;
  readonly size: number;
}

export interface NgramCandidateOptions {
  /** Keep at most this many entries. */
  limit: number;
}

export const NGRAM_DEFAULTS: NgramCandidateOptions = { limit: 300 };

const SPACE = 32;
const BASE = 38;
const ALPHABET = '\0 abcdefghijklmnopqrstuvwxyz0123456789';
/** char code → base-38 digit, or -1 when the character is outside [a-z0-9 ]. */
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) DIGIT[ALPHABET.charCodeAt(i)] = i;

function keyOf3(a: number, b: number, c: number): GramKey {
  const da = a < 128 ? DIGIT[a]! : -1;
  const db = b < 128 ? DIGIT[b]! : -1;
  const dc = c < 128 ? DIGIT[c]! : -1;
  if (da >= 0 && db >= 0 && dc >= 0) return (da * BASE + db) * BASE + dc;
  return String.fromCharCode(a, b, c);
}

function lookup(index: NgramIndex, key: GramKey): number | undefined {
  if (typeof key === 'string') return index.otherIds.get(key);
  const v = index.asciiIds[key] ?? 0;
  return v === 0 ? undefined : v - 1;
}

/**
 * Calls `take` with the gram keys of a normalised string: the trigrams of each word padded
 * with spaces (" ctr " → " ct", "ctr", "tr "), plus, when `initials` is set, the word's first
 * letter as " c". Per-word padding makes word order irrelevant; the initial gram lets a
 * one-letter query ("m") find words by their first letter. A key can repeat; callers dedupe.
 */
function forEachGram(norm: string, initials: boolean, take: (key: GramKey) => void): void {
  // No closures in here: this runs for every word of every title, and a closure per word
  // costs more than the loop itself (tsx/esbuild also wrap each one in a naming helper).
  const n = norm.length;
  let start = 0;
  while (start < n) {
    let end = norm.indexOf(' ', start);
    if (end < 0) end = n;
    if (end > start) {
      if (initials) take(keyOf3(SPACE, norm.charCodeAt(start), 0));
      let a = SPACE;
      let b = norm.charCodeAt(start);
      for (let k = start + 1; k <= end; k += 1) {
        const c = k < end ? norm.charCodeAt(k) : SPACE;
        take(keyOf3(a, b, c));
        a = b;
        b = c;
      }
    }
    start = end + 1;
  }
}

/** The distinct gram keys an entry is indexed under. */
export function gramKeys(norm: string): GramKey[] {
  const out = new Set<GramKey>();
  forEachGram(norm, true, (k) => out.add(k));
  return [...out];
}

/**
 * Query grams: the trigrams only, except that a one-letter word yields its initial gram.
 * " m " would find only the word "m" while the user is still typing "medical"; and the
 * initial gram of a longer word would touch every word with that letter for little gain.
 */
export function queryGramKeys(norm: string): GramKey[] {
  const out = new Set<GramKey>();
  const add = (k: GramKey): void => void out.add(k);
  for (const w of norm.split(' ')) {
    if (w.length === 1) add(keyOf3(SPACE, w.charCodeAt(0), 0));
    else if (w.length > 1) forEachGram(w, false, add);
  }
  return [...out];
}

/** 255 for the shortest entries, less for longer ones (by distinct grams, ~ characters). */
function shortness(grams: number): number {
  return 255 - Math.min(255, grams);
}

/** Bytes of `gap` as a base-128 varint. */
function varintLength(gap: number): number {
  let n = 1;
  while (gap >= 128) {
    gap = Math.floor(gap / 128);
    n += 1;
  }
  return n;
}

/** Two passes (measure, then fill) so all posting lists share one compact buffer. */
export function buildNgramIndex(norms: readonly string[]): NgramIndex {
  return runAll(ngramIndexSteps(norms));
}

/** buildNgramIndex, pausing (yield) after every `every` entries (see ../slices.ts). */
export function* ngramIndexSteps(norms: readonly string[], every = 250): Generator<void, NgramIndex, void> {
  // Varint gaps are decoded with 32-bit shifts: ids must stay below 2^31.
  if (norms.length >= 2 ** 31) throw new Error('ngram: too many entries for 31-bit entry ids');
  const asciiIds = new Int32Array(BASE * BASE * BASE);
  const otherIds = new Map<string, number>();
  const bytes: number[] = [];
  // lastEntry[gram] === e marks a gram already counted for entry e: dedupes without a Set per
  // entry; before that it is the previous entry holding the gram, which gives the gap.
  const lastEntry: number[] = [];
  const entryGrams: Uint32Array[] = new Array<Uint32Array>(norms.length);
  const entryShortness = new Uint8Array(norms.length);
  const ids: number[] = [];
  let e = 0;
  const take = (key: GramKey): void => {
    // Inlined lookup: this runs once per gram of every title.
    let id = typeof key === 'string' ? otherIds.get(key) : (asciiIds[key] ?? 0) - 1;
    if (id === undefined || id < 0) {
      id = bytes.length;
      if (typeof key === 'string') otherIds.set(key, id);
      else asciiIds[key] = id + 1;
      bytes.push(0);
      lastEntry.push(-1);
    }
    const last = lastEntry[id]!;
    if (last === e) return;
    lastEntry[id] = e;
    bytes[id]! += varintLength(e - last);
    ids.push(id);
  };
  for (e = 0; e < norms.length; e += 1) {
    ids.length = 0;
    forEachGram(norms[e] ?? '', true, take);
    entryGrams[e] = Uint32Array.from(ids);
    entryShortness[e] = shortness(ids.length);
    if ((e + 1) % every === 0) yield;
  }
  const postingStart = new Uint32Array(bytes.length + 1);
  for (let g = 0; g < bytes.length; g += 1) postingStart[g + 1] = postingStart[g]! + bytes[g]!;
  const postings = new Uint8Array(postingStart[bytes.length]!);
  const fill = postingStart.slice(0, bytes.length);
  const previous = new Int32Array(bytes.length).fill(-1);
  entryGrams.forEach((list, entry) => {
    for (const id of list) {
      let gap = entry - previous[id]!;
      previous[id] = entry;
      let at = fill[id]!;
      while (gap >= 128) {
        postings[at++] = (gap & 127) | 128;
        gap >>>= 7;
      }
      postings[at++] = gap;
      fill[id] = at;
    }
  });
  return { asciiIds, otherIds, postings, postingStart, entryShortness, size: norms.length };
}

/** Entries sharing most grams with the query score highest; only the low 8 bits rank length. */
const LENGTH_SLOTS = 256;

/**
 * The ids of at most `limit` entries sharing the most grams with the query, best first;
 * ties go to the shorter entry, then to the lower id. Entries sharing no gram are never returned. Runs in time
 * linear in the postings read plus the entry count: a histogram over the integer key
 * (shared × 256 + shortness) finds the cut-off without sorting every entry.
 */
export function ngramCandidates(
  index: NgramIndex,
  queryNorm: string,
  options?: Partial<NgramCandidateOptions>,
): number[] {
  const { limit } = { ...NGRAM_DEFAULTS, ...options };
  if (!Number.isInteger(limit) || limit < 0)
    throw new Error(`graph/search/ngram: limit must be a non-negative integer, got ${limit}`);
  const gramIdList: number[] = [];
  for (const g of queryGramKeys(queryNorm)) {
    const id = lookup(index, g);
    if (id !== undefined) gramIdList.push(id);
  }
  if (gramIdList.length === 0 || limit === 0) return [];

  // One counter per entry, fresh per query: 100 kB at 50k entries, and keeps the search pure.
  const shared = new Uint16Array(index.size);
  const { postings, postingStart } = index;
  for (const id of gramIdList) {
    const end = postingStart[id + 1]!;
    let entry = -1;
    for (let at = postingStart[id]!; at < end;) {
      let byte = postings[at++]!;
      let gap = byte & 127;
      for (let shift = 7; byte >= 128; shift += 7) {
        byte = postings[at++]!;
        gap |= (byte & 127) << shift;
      }
      entry += gap;
      shared[entry]! += 1;
    }
  }

  // key = shared × 256 + shortness; 0 for entries sharing nothing. Computed once per entry.
  const keys = new Uint32Array(index.size);
  const histogram = new Uint32Array((gramIdList.length + 1) * LENGTH_SLOTS);
  for (let e = 0; e < index.size; e += 1) {
    const n = shared[e]!;
    if (n === 0) continue;
    const key = n * LENGTH_SLOTS + index.entryShortness[e]!;
    keys[e] = key;
    histogram[key]! += 1;
  }

  return topByKey(keys, histogram, limit);
}

/** The `limit` entries with the highest non-zero keys, best first (ties: lower id). */
function topByKey(keys: Uint32Array, histogram: Uint32Array, limit: number): number[] {
  // Walk keys from best down until `limit` entries are covered; `cut` is the last key needed.
  let cut = 0;
  let above = 0;
  for (let key = histogram.length - 1; key >= 0; key -= 1) {
    const n = histogram[key]!;
    if (above + n >= limit) {
      cut = key;
      break;
    }
    above += n;
  }
  let room = limit - above; // how many of the entries with key === cut still fit
  const picked: number[] = [];
  // Scanning ids in order makes the cut-off among equal keys deterministic (lowest ids win).
  for (let e = 0; e < keys.length; e += 1) {
    const key = keys[e]!;
    if (key === 0) continue;
    if (key > cut) picked.push(e);
    else if (key === cut && room > 0) {
      picked.push(e);
      room -= 1;
    }
  }
  return picked.sort((a, b) => keys[b]! - keys[a]! || a - b);
}
