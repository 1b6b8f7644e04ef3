/**
 * Text normalisation shared by the n-gram prefilter, the ranker and the suggester.
 *
 * Fuse scores the original text (it folds case itself); everything *we* compare — exact and
 * prefix tiers, trigrams, vocabulary — uses one normal form so that "ICD-9", "icd 9" and
 * "Icd-9" are the same thing. The map back to the original lets highlight ranges found in the
 * normal form point at the characters the user sees.
 */

/** Lower-case, strip accents, turn every run of non letters/digits into one space, trim. */
export function normalize(text: string): string {
  // Same result as normalizeWithMap for ASCII, without building the map: the index normalises
  // every entry several times while building, and this is the hot path at 50k titles.
  if (NON_ASCII.test(text)) return normalizeWithMap(text).norm;
  return text.toLowerCase().replace(NON_WORD_ASCII, ' ').trim();
}

/** Any character beyond ASCII (code points from U+0080 up). */
const NON_ASCII = /[\u0080-\u{10ffff}]/u;
const NON_WORD_ASCII = /[^a-z0-9]+/g;

export interface NormalizedText {
  norm: string;
  /** `map[i]` is the index in the original text of normalised character `i`. */
  map: number[];
}

const MARK = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Like {@link normalize}, keeping where each normalised character came from.
 * Works character by character because case folding and accent stripping can change length.
 */
export function normalizeWithMap(text: string): NormalizedText {
  let norm = '';
  const map: number[] = [];
  let pendingSpace = false;
  const emit = (c: string, i: number): void => {
    if (pendingSpace) {
      norm += ' ';
      map.push(i);
      pendingSpace = false;
    }
    norm += c;
    map.push(i);
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // ASCII fast path: the index normalises every title, and regexes per character are slow.
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) emit(text[i]!, i);
      else if (code >= 65 && code <= 90) emit(String.fromCharCode(code + 32), i);
      else pendingSpace = norm.length > 0;
      continue;
    }
    const folded = (text[i] ?? '').normalize('NFD').replace(MARK, '').toLowerCase();
    if (folded === '') continue; // a lone combining mark: part of the previous letter
    if (!WORD_CHAR.test(folded)) {
      pendingSpace = norm.length > 0;
      continue;
    }
    for (const c of folded) emit(c, i);
  }
  return { norm, map };
}

/** The words of an already normalised string. */
export function words(norm: string): string[] {
  return norm === '' ? [] : norm.split(' ');
}

/**
 * Maps an inclusive range over the normal form back to the original text.
 * The end is the last original character that produced `normEnd`.
 */
export function mapRange(nt: NormalizedText, normStart: number, normEnd: number): [number, number] | null {
  const start = nt.map[normStart];
  const end = nt.map[normEnd];
  if (start === undefined || end === undefined) return null;
  return [start, end];
}
