/**
 * Issue 27: the page's live region does not flood. A count spoken while typing waits for the
 * typing to settle and only the last is heard; a loading state is heard only when it lasts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE, Announcer } from '../../src/state/announcer.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Announcer', () => {
  it('speaks once for a burst of settled-search calls: the last one, after the typing stops', () => {
    const a = new Announcer();
    for (const n of [40, 12, 7, 3]) {
      a.sayWhenSettled(`${n} results`);
      vi.advanceTimersByTime(ANNOUNCE.settleMs - 100);
    }
    expect(a.text).toBe('');
    vi.advanceTimersByTime(100);
    expect(a.text).toBe('3 results');
  });

  it('withdraws a waiting count when the box is emptied', () => {
    const a = new Announcer();
    a.sayWhenSettled('3 results');
    a.sayWhenSettled('');
    vi.advanceTimersByTime(ANNOUNCE.settleMs * 2);
    expect(a.text).toBe('');
  });

  it('says "Loading" only when the load is still going after a while', () => {
    const a = new Announcer();
    const quick = a.sayIfLasting('Loading…');
    vi.advanceTimersByTime(ANNOUNCE.lastingMs - 1);
    quick();
    vi.advanceTimersByTime(ANNOUNCE.lastingMs);
    expect(a.text).toBe('');
    a.sayIfLasting('Loading…');
    vi.advanceTimersByTime(ANNOUNCE.lastingMs);
    expect(a.text).toBe('Loading…');
  });

  it('repeats the same sentence as a change the region reports', () => {
    const a = new Announcer();
    a.say('No route from A to B.');
    a.say('No route from A to B.');
    expect(a.text).toBe('No route from A to B.\u00a0');
  });
});
