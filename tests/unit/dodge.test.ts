import { describe, expect, it } from 'vitest';
import { dodgeDots } from '../../src/graph/salary/dodge';

describe('dodgeDots', () => {
  it('spreads markers of different routes on one spot side by side, centred on it', () => {
    const [a, b, c] = dodgeDots([[{ cx: 100, cy: 50 }], [{ cx: 100, cy: 50 }], [{ cx: 101, cy: 51 }]], 10);
    expect([a![0]!.cx, b![0]!.cx, c![0]!.cx]).toEqual([90, 100, 110]);
    expect(b![0]!.cy).toBe(50);
  });
  it('leaves markers that do not touch where they are, and does not change its input', () => {
    const input = [
      [
        { cx: 10, cy: 10 },
        { cx: 50, cy: 10 },
      ],
      [{ cx: 50, cy: 40 }],
    ];
    expect(dodgeDots(input, 10)).toEqual(input);
    const same = [[{ cx: 5, cy: 5 }], [{ cx: 5, cy: 5 }]];
    dodgeDots(same, 10);
    expect(same[1]![0]!.cx).toBe(5);
  });
  it('no two markers stay closer than the gap after dodging', () => {
    const groups = [0, 1, 2].map(() => [0, 1, 2, 3].map((i) => ({ cx: 40 + i * 60, cy: 100 - i * 10 })));
    const dots = dodgeDots(groups, 11).flat();
    for (const p of dots)
      for (const q of dots) if (p !== q) expect(Math.hypot(p.cx - q.cx, p.cy - q.cy)).toBeGreaterThanOrEqual(10.99);
  });
});
