/**
 * When the map's Sigma starts (issue 29): at the first idle moment or the first use of the map,
 * whichever comes first, and only once; never after the map is gone.
 */
import { describe, expect, it } from 'vitest';
import { START_EVENTS, startWhenIdleOrUsed, type Idle } from '../../src/map/start-when';

/** An idle callback the test fires by hand. */
function manualIdle() {
  const pending: (() => void)[] = [];
  const idle: Idle = (callback) => {
    pending.push(callback);
    return () => pending.splice(pending.indexOf(callback), 1);
  };
  return { idle, fire: () => pending.splice(0).forEach((f) => f()), pending };
}

describe('startWhenIdleOrUsed', () => {
  it('starts when the page is idle, once, and stops listening to the map', () => {
    const target = new EventTarget();
    const { idle, fire } = manualIdle();
    let starts = 0;
    startWhenIdleOrUsed(target, () => starts++, idle);
    expect(starts).toBe(0);
    fire();
    expect(starts).toBe(1);
    target.dispatchEvent(new Event('pointermove'));
    expect(starts).toBe(1);
  });

  for (const type of START_EVENTS)
    it(`starts at the first ${type} on the map, before the page is idle, and not again when idle`, () => {
      const target = new EventTarget();
      const { idle, fire, pending } = manualIdle();
      let starts = 0;
      startWhenIdleOrUsed(target, () => starts++, idle);
      target.dispatchEvent(new Event(type));
      expect(starts).toBe(1);
      expect(pending).toHaveLength(0);
      fire();
      target.dispatchEvent(new Event(type));
      expect(starts).toBe(1);
    });

  it('starts at once when a control of the map asks (now), and never after cancel', () => {
    const { idle, fire } = manualIdle();
    let starts = 0;
    const start = startWhenIdleOrUsed(new EventTarget(), () => starts++, idle);
    start.now();
    start.now();
    expect(starts).toBe(1);

    const target = new EventTarget();
    let later = 0;
    const cancelled = startWhenIdleOrUsed(target, () => later++, idle);
    cancelled.cancel();
    fire();
    target.dispatchEvent(new Event('keydown'));
    cancelled.now();
    expect(later).toBe(0);
  });

  it('ignores events that are not a use of the map', () => {
    const target = new EventTarget();
    let starts = 0;
    startWhenIdleOrUsed(target, () => starts++, manualIdle().idle);
    target.dispatchEvent(new Event('scroll'));
    target.dispatchEvent(new Event('blur'));
    expect(starts).toBe(0);
  });
});
