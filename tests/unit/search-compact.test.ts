/**
 * The leaner search index (issue 29): posting lists as varint gaps in one buffer, titles shared
 * with the dataset, and a candidate count that scales with the collection. Each gives the same
 * answers as the structure it replaced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTitle } from '../../src/graph/search/acronyms';
import { buildNgramIndex, gramKeys, ngramCandidates, queryGramKeys } from '../../src/graph/search/ngram';
import { prepareQuery } from '../../src/graph/search/rank';
import { buildSearchIndex } from '../../src/graph/search/search-index';
import { candidateLimit, search, SEARCH_DEFAULTS } from '../../src/graph/search/search';
import { normalize } from '../../src/graph/search/text';
import { generateTitles } from '../../scripts/bench/generate-titles';
import { misspell } from '../../scripts/bench/misspell';
import { mulberry32 } from '../../scripts/bench/prng';

/** Shared distinct grams, then shortness, then id: the ranking the prefilter promises. */
function bruteForce(norms: readonly string[], query: string, limit: number): number[] {
  const q = new Set(queryGramKeys(query));
  return norms
    .map((n, id) => {
      const grams = gramKeys(n);
      return { id, shared: grams.filter((g) => q.has(g)).length, shortness: 255 - Math.min(255, grams.length) };
    })
    .filter((s) => s.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.shortness - a.shortness || a.id - b.id)
    .slice(0, limit)
    .map((s) => s.id);
}

describe('varint posting lists', () => {
  // Common words give gaps of 1, rare ones gaps past 128 and 16,384 (two- and three-byte varints).
  const WORDS = ['coder', 'medical', 'records', 'tumor', 'registrar', 'qzx', 'jjwv', 'ñandú', 'b'];
  const collection = fc.array(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ')),
    { minLength: 1, maxLength: 40 },
  );

  it('rank entries as a brute-force count of shared trigrams does, on random collections', () => {
    fc.assert(
      fc.property(
        collection,
        fc.integer({ min: 0, max: 20_000 }),
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 60 }),
        (titles, filler, queryWords, limit) => {
          // Blank-free filler entries push the random titles' ids apart by `filler`.
          const norms = [...titles, ...Array.from({ length: filler }, (_, i) => `f${i}`), ...titles].map(normalize);
          const index = buildNgramIndex(norms);
          const query = normalize(queryWords.join(' '));
          expect(ngramCandidates(index, query, { limit })).toEqual(bruteForce(norms, query, limit));
        },
      ),
      { numRuns: 40, seed: 29 },
    );
  }, 60_000);

  it('take about one byte a posting on the benchmark titles', () => {
    const data = generateTitles({ titles: 5000, roles: 100 });
    const index = buildSearchIndex(data);
    const postings = index.texts.reduce((n, t) => n + gramKeys(normalize(t)).length, 0);
    expect(index.ngram.postings.length).toBeGreaterThanOrEqual(postings);
    expect(index.ngram.postings.length).toBeLessThan(postings * 1.2);
  }, 60_000);
});

describe('parseTitle without parentheses', () => {
  it('gives the base the full parse gave, for any text', () => {
    const PARENS = /\(([^()]*)\)/g;
    const text = fc.string({
      unit: fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '-', 'é', '\u00a0'),
      maxLength: 20,
    });
    fc.assert(
      fc.property(text, (t) => {
        const full = t.replace(PARENS, ' ').replace(/\s+/g, ' ').trim();
        expect(parseTitle(t)).toEqual({ base: full === '' ? t.trim() : full, parts: [] });
      }),
      { numRuns: 300, seed: 29 },
    );
  });
});

describe('candidates scaled to the collection', () => {
  const query = prepareQuery(buildSearchIndex({ roles: [], credentials: [] }), 'medcal coder');

  it('gives 1 % of the entries, at least 50, at most `candidates`', () => {
    const at = (entries: number) => candidateLimit(query, { ...SEARCH_DEFAULTS, candidateChars: 0 }, entries);
    expect(at(200)).toBe(50);
    expect(at(5_193)).toBe(52);
    expect(at(20_000)).toBe(200);
    expect(at(51_270)).toBe(500);
    expect(at(200_000)).toBe(500);
    expect(candidateLimit(query, { ...SEARCH_DEFAULTS, candidateShare: 0, candidateChars: 0 }, 5_193)).toBe(500);
  });

  it('finds the same first result for misspelt titles at 5,000 titles as the fixed 500-candidate pass', () => {
    const data = generateTitles({ titles: 5000, roles: 100 });
    const index = buildSearchIndex(data);
    const rand = mulberry32(29);
    const titles = [...data.roleOfTitle.keys()].filter((t) => t.length <= 40);
    for (let i = 0; i < 40; i += 1) {
      const title = titles[Math.floor(rand() * titles.length)]!;
      const q = misspell(title, rand);
      const scaled = search(index, q, { limit: 1 })[0];
      expect(scaled?.roleId).toBe(data.roleOfTitle.get(title));
      expect(scaled).toEqual(search(index, q, { limit: 1, candidateShare: 0 })[0]);
    }
  }, 60_000);
});
