import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WINDOW_FROM, listWindow, scrollTopFor } from '../../src/lib/windowing';

describe('list windowing', () => {
  it('renders every row of a short list', () => {
    expect(listWindow(WINDOW_FROM, 5000, 600, 30)).toEqual({ start: 0, end: WINDOW_FROM, before: 0, after: 0 });
  });

  it('renders a bounded window that covers the viewport, with space standing in for the rest', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: WINDOW_FROM + 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 100, max: 3000 }),
        fc.integer({ min: 10, max: 200 }),
        (count, at, viewport, row) => {
          const scrollTop = at * count * row;
          const w = listWindow(count, scrollTop, viewport, row);
          expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(viewport / row) + 31);
          expect(w.start).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeLessThanOrEqual(count);
          // The rows in view (by the average height) are rendered.
          const firstInView = Math.min(count - 1, Math.floor(scrollTop / row));
          const lastInView = Math.min(count - 1, Math.floor((scrollTop + viewport) / row));
          expect(w.start).toBeLessThanOrEqual(firstInView);
          expect(w.end).toBeGreaterThan(lastInView);
          expect(w.before + (w.end - w.start) * row + w.after).toBe(count * row);
        },
      ),
    );
  });

  it('scrolls a row into the middle of the viewport', () => {
    const top = scrollTopFor(4999, 600, 40);
    const w = listWindow(5000, top, 600, 40);
    expect(w.start <= 4999 && 4999 < w.end).toBe(true);
    expect(scrollTopFor(0, 600, 40)).toBe(0);
  });
});
