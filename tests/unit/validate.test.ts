import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';

describe('validateDataset', () => {
  it('rejects a non-object with a message at the root', () => {
    const r = validateDataset(42);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.path).toBe('(root)');
  });
});
