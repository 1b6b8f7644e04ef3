/**
 * The generated 5,000-role / 50,000-move dataset used by the scale e2e is valid data and
 * builds a model, so a failure there is about scale, not about the fixture.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { createModel } from '../../src/graph/model';
import { bigDataset } from '../fixtures/big-dataset';

describe('generated scale dataset', () => {
  it('passes validation and builds a graph of 5,000 roles and 50,000 moves', { timeout: 60_000 }, () => {
    const data = bigDataset();
    const checked = validateDataset(data);
    expect(checked.ok ? [] : checked.problems.slice(0, 3)).toEqual([]);
    const model = createModel(data);
    expect([model.graph.order, model.graph.size]).toEqual([5000, 50_000]);
  });
});
