/**
 * When the map's Sigma starts (issue 29): at the first use of the map, after the frame that use
 * changed has been painted, or at once when a control of the map asks; only once, never by
 * itself while the reader does not use the map, never after the map is gone.
 */
import { describe, expect, it } from 'vitest';
import { START_EVENTS, startWhenUsed, type AfterPaint } from '../../src/map/start-when';

/** "After the next paint", fired by hand. */
function manualPaint() {
  const pending: (() => void)[] = [];
  const afterPaint: AfterPaint = (callback) => {
    pending.push(callback);
    return () => pending.splice(pending.indexOf(callback), 1);
  };
  return { afterPaint, paint: () => pending.splice(0).forEach((f) => f()), pending };
}

const event = (type: string, pointerType = 'mouse') => Object.assign(new Event(type), { pointerType });

describe('startWhenUsed', () => {
  it('does not start by itself, however long the page waits', () => {
    const { afterPaint, paint, pending } = manualPaint();
    let starts = 0;
    startWhenUsed(new EventTarget(), () => starts++, afterPaint);
    paint();
    expect(pending).toHaveLength(0);
    expect(starts).toBe(0);
  });

  for (const type of START_EVENTS)
    it(`starts after the next paint following the first ${type} on the map, and once`, () => {
      const target = new EventTarget();
      const { afterPaint, paint } = manualPaint();
      let starts = 0;
      startWhenUsed(target, () => starts++, afterPaint);
      target.dispatchEvent(event(type));
      expect(starts).toBe(0);
      paint();
      expect(starts).toBe(1);
      target.dispatchEvent(event(type));
      paint();
      expect(starts).toBe(1);
    });

  it('waits for a finger to lift: its pointermove is a tap in progress, its pointerup the use', () => {
    const target = new EventTarget();
    const { afterPaint, paint, pending } = manualPaint();
    let starts = 0;
    startWhenUsed(target, () => starts++, afterPaint);
    target.dispatchEvent(event('pointermove', 'touch'));
    expect(pending).toHaveLength(0);
    target.dispatchEvent(event('pointerup', 'touch'));
    paint();
    expect(starts).toBe(1);
  });

  it('starts at once when a control of the map asks (now), also while a use waits for its paint, and never after cancel', () => {
    const target = new EventTarget();
    const { afterPaint, paint } = manualPaint();
    let starts = 0;
    const start = startWhenUsed(target, () => starts++, afterPaint);
    target.dispatchEvent(event('wheel'));
    start.now();
    start.now();
    paint();
    expect(starts).toBe(1);

    const other = new EventTarget();
    let later = 0;
    const cancelled = startWhenUsed(other, () => later++, afterPaint);
    other.dispatchEvent(event('keydown'));
    cancelled.cancel();
    paint();
    other.dispatchEvent(event('keydown'));
    paint();
    cancelled.now();
    expect(later).toBe(0);
  });

  it('ignores events that are not a use of the map', () => {
    const target = new EventTarget();
    const { afterPaint, pending } = manualPaint();
    startWhenUsed(target, () => {}, afterPaint);
    target.dispatchEvent(event('scroll'));
    target.dispatchEvent(event('blur'));
    target.dispatchEvent(event('pointerdown', 'touch'));
    expect(pending).toHaveLength(0);
  });
});
