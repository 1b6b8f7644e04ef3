/**
 * lz-string's URI-safe decompression with a ceiling on the output. lz-string's own
 * decompressFromEncodedURIComponent has none, and its format lets a short input ask for a huge
 * output (each code may repeat the previous phrase plus one character, so n codes can spell
 * n²/2 characters: a 65 KB link decoded to 400 M characters and held the page for seconds).
 * This reads the same format, code by code, and stops as soon as the output would pass `max`.
 * share-link.ts still checks that re-compressing the result gives back the link exactly, so a
 * difference between this reader and lz-string's can only refuse a link, never change a plan.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const BITS_PER_CHAR = 6;
/** Codes with a meaning of their own: a new 8-bit character, a new 16-bit character, the end. */
const CHAR8 = 0;
const CHAR16 = 1;
const END = 2;

export type BoundedResult = { ok: true; text: string } | { ok: false; reason: 'tooLong' | 'damaged' };

/** Reads `count`-bit numbers, lowest bit first, from 6-bit characters read highest bit first. */
function bitReader(input: string) {
  const values = Array.from(input, (ch) => ALPHABET.indexOf(ch === ' ' ? '+' : ch));
  let index = 0;
  let mask = 1 << (BITS_PER_CHAR - 1);
  return {
    /** True once every character has been read (lz-string calls such input damaged). */
    exhausted: () => index >= values.length,
    read(count: number): number {
      let n = 0;
      for (let bit = 0; bit < count; bit++) {
        if ((values[index] ?? 0) & mask) n |= 1 << bit;
        mask >>= 1;
        if (mask === 0) {
          mask = 1 << (BITS_PER_CHAR - 1);
          index++;
        }
      }
      return n >>> 0;
    },
  };
}

/** The text a compressToEncodedURIComponent value stands for, unless it passes `max` characters or is damaged. */
export function decompressBounded(input: string, max: number): BoundedResult {
  if (!/^[A-Za-z0-9+\-$ ]*$/.test(input)) return { ok: false, reason: 'damaged' };
  const bits = bitReader(input);
  const phrases: string[] = [];
  let width = 2;
  const first = bits.read(width);
  if (first === END || first > CHAR16) return { ok: false, reason: 'damaged' };
  let previous = String.fromCharCode(bits.read(first === CHAR8 ? 8 : 16));
  phrases[3] = previous;
  const out = [previous];
  let length = previous.length;
  let size = 4;
  let untilWider = 4;
  width = 3;
  for (;;) {
    if (bits.exhausted()) return { ok: false, reason: 'damaged' };
    let code = bits.read(width);
    if (code === END) return { ok: true, text: out.join('') };
    if (code === CHAR8 || code === CHAR16) {
      phrases[size] = String.fromCharCode(bits.read(code === CHAR8 ? 8 : 16));
      code = size++;
      if (--untilWider === 0) untilWider = 2 ** width++;
    }
    const phrase =
      code < size && code > END ? phrases[code] : code === size ? previous + previous.charAt(0) : undefined;
    if (phrase === undefined) return { ok: false, reason: 'damaged' };
    length += phrase.length;
    if (length > max) return { ok: false, reason: 'tooLong' };
    out.push(phrase);
    phrases[size++] = previous + phrase.charAt(0);
    previous = phrase;
    if (--untilWider === 0) untilWider = 2 ** width++;
  }
}
