/**
 * Share links are decompressed with a ceiling (issue 28): lz-string's format lets a short link
 * spell a huge text, and lz-string's own decompression builds all of it before anyone can look.
 * The bounded reader must give exactly lz-string's text for every link lz-string makes, and stop
 * at the limit for a link built to expand (each code repeating the previous phrase plus a letter).
 */
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressBounded } from '../../src/plans/bounded-lz';
import { LINK_MESSAGES, MAX_DECODED_CHARS, decodePlan } from '../../src/plans/share-link';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * Written bit by bit in lz-string's format (numbers lowest bit first, 6 bits a character): one
 * letter, then `codes` codes that each name the phrase not yet in the dictionary, which lz-string
 * reads as "the previous phrase plus its first letter": code k spells k + 1 letters.
 */
function expandingLink(codes: number): string {
  const chars: string[] = [];
  let acc = 0;
  let filled = 0;
  const put = (value: number, count: number) => {
    for (let bit = 0; bit < count; bit++) {
      acc = (acc << 1) | ((value >> bit) & 1);
      if (++filled < 6) continue;
      chars.push(ALPHABET[acc]!);
      acc = 0;
      filled = 0;
    }
  };
  put(0, 2);
  put('a'.charCodeAt(0), 8);
  let size = 4;
  let width = 3;
  let untilWider = 4;
  for (let i = 0; i < codes; i++) {
    put(size++, width);
    if (--untilWider === 0) untilWider = 2 ** width++;
  }
  put(2, width);
  if (filled) put(0, 6 - filled);
  return chars.join('');
}

describe('bounded decompression', () => {
  it('gives exactly lz-string’s text for any (non-empty) text lz-string compressed', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
      fc.string({ unit: fc.constantFrom('a', 'b', '{', '"'), minLength: 1, maxLength: 800 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(decompressBounded(LZString.compressToEncodedURIComponent(s), Infinity)).toEqual({ ok: true, text: s });
      }),
      { numRuns: 150 },
    );
    // Generating and compressing the strings is slow on a loaded machine; the limit is not a speed check.
  }, 30_000);

  it('reads a link built to expand exactly as lz-string does, while it is small', () => {
    const link = expandingLink(60);
    const text = LZString.decompressFromEncodedURIComponent(link);
    expect(text).toBe('a'.repeat(1 + (61 * 62) / 2 - 1));
    expect(decompressBounded(link, Infinity)).toEqual({ ok: true, text });
  });

  it('stops at the limit: a 40 KB link that spells about 170 million characters is "too long"', () => {
    const codes = 18_000;
    const link = expandingLink(codes);
    expect(link.length).toBeLessThan(45_000);
    // 1 + (2 + 3 + … + codes + 1) letters, worked out rather than built.
    expect(((codes + 1) * (codes + 2)) / 2).toBeGreaterThan(160_000_000);
    expect(decompressBounded(link, MAX_DECODED_CHARS)).toEqual({ ok: false, reason: 'tooLong' });
    expect(decodePlan(link)).toEqual({ ok: false, message: LINK_MESSAGES.tooLong });
  });

  it('calls cut or foreign input damaged', () => {
    const link = LZString.compressToEncodedURIComponent('{"some":"json"}');
    expect(decompressBounded(link.slice(0, 3), Infinity)).toEqual({ ok: false, reason: 'damaged' });
    expect(decompressBounded('abc*', Infinity)).toEqual({ ok: false, reason: 'damaged' });
    expect(decompressBounded('', Infinity)).toEqual({ ok: false, reason: 'damaged' });
  });
});
