/**
 * A large dataset crosses to and from workers in parts (issue 18): no message carries more
 * than a part of a long list, and the parts put back give the dataset that was split.
 */
import { describe, expect, it } from 'vitest';
import { PART_SIZE, addPart, datasetParts } from '../../src/data/dataset-parts';
import { builtinDataset } from '../../src/data/builtin';
import { bigDataset } from '../fixtures/big-dataset';

describe('dataset parts', () => {
  it('splits the long lists and puts them back in order, through structured clones', () => {
    const data = bigDataset(2500, 9000);
    const { shell, parts } = datasetParts(data);
    expect(Math.max(...parts.map((p) => p.items.length))).toBeLessThanOrEqual(PART_SIZE);
    for (const value of Object.values(shell))
      if (Array.isArray(value)) expect(value.length).toBeLessThanOrEqual(PART_SIZE);
    const received = structuredClone(shell);
    for (const part of parts) addPart(received, structuredClone(part));
    expect(received).toEqual(data);
    expect(data.transitions).toHaveLength(9000);
  });

  it('leaves a small dataset whole', () => {
    const { shell, parts } = datasetParts(builtinDataset);
    expect(parts).toEqual([]);
    expect(shell).toEqual(builtinDataset);
  });
});
