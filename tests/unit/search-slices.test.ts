/**
 * An imported dataset's search index is built over several short tasks (issue 18); it is the
 * same index, and finds the same titles, as one built in a single go.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, buildSearchIndexInSlices } from '../../src/graph/search/search-index';
import { search } from '../../src/graph/search/search';
import { bigDataset } from '../fixtures/big-dataset';

describe('search index built in slices', () => {
  it('gives the same entries, texts and trigram index, yielding to the page in between', async () => {
    // 600 roles at a 1 ms budget: many slices, and quick enough for a loaded machine.
    const data = bigDataset(600, 100);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await buildSearchIndexInSlices(data, undefined, 1);
    clearInterval(timer);
    const whole = buildSearchIndex(data);
    expect(sliced.entries).toEqual(whole.entries);
    expect(sliced.texts).toEqual(whole.texts);
    expect(sliced.ngram).toEqual(whole.ngram);
    expect(sliced.vocabulary).toEqual(whole.vocabulary);
    expect(ticks).toBeGreaterThan(0);
    for (const q of ['Role 0432', 'rol 0042', 'Role 59']) expect(search(sliced, q)).toEqual(search(whole, q));
    expect(search(sliced, 'Role 0432')[0]?.roleId).toBe('role_0432');
  }, 30_000);
});
