/**
 * A large import's model is built over several short tasks; it is the same model as one built
 * in a single go.
 */
import { describe, expect, it } from 'vitest';
import { createModel, createModelInSlices } from '../../src/graph/model';
import { bigDataset } from '../fixtures/big-dataset';

describe('model built in slices', () => {
  it('gives the same graph and look-ups as createModel, yielding to the page in between', async () => {
    const data = bigDataset(1000, 8000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await createModelInSlices(data, null, 1);
    clearInterval(timer);
    const whole = createModel(data);
    expect(sliced.graph.export()).toEqual(whole.graph.export());
    expect([...sliced.roles.keys()]).toEqual([...whole.roles.keys()]);
    expect(sliced.salariesByRole).toEqual(whole.salariesByRole);
    expect(ticks).toBeGreaterThan(0);
  });
});
