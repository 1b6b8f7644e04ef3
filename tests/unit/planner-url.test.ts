/**
 * The planner's URL rules: every change to what the routes answer shows the first route again and
 * clears the salary comparison (its indexes point into the old list), whichever control made it.
 */
import { describe, expect, it } from 'vitest';
import {
  compareAfterToggle,
  heldAfterToggle,
  routeQueryUpdate,
  yearLimit,
  type RouteQueryChange,
} from '../../src/state/planner-url';
import { parseUrlState, serializeUrlState, EMPTY_STATE } from '../../src/state/url-state';

const CHANGES: [string, RouteQueryChange, 'push' | 'replace'][] = [
  ['From', { from: 'coder' }, 'push'],
  ['To', { to: 'him_manager' }, 'push'],
  ['ranking', { objective: 'credentials' }, 'replace'],
  ['a held credential', { held: ['rhit'] }, 'replace'],
  ['education held', { education: 'associate', educationHim: true }, 'replace'],
  ['how far they will go', { ceiling: 'associate' }, 'replace'],
  ['how they study', { study: 'full_time' }, 'replace'],
  ['the year limit', { maxYears: 4 }, 'replace'],
  ['implausible moves', { implausible: true }, 'replace'],
  ['routes that skip usual requirements', { relax: true }, 'replace'],
];

describe('routeQueryUpdate', () => {
  it.each(CHANGES)('a change of %s shows the first route and clears the comparison', (_what, change, mode) => {
    const update = routeQueryUpdate(change);
    expect(update.change).toEqual({ ...change, routeIndex: 0, compare: [] });
    expect(update.mode).toBe(mode);
  });
});

describe('toggles and limits', () => {
  it('keeps each held credential once, in the order checked', () => {
    expect(heldAfterToggle(['rhit'], 'ccs', true)).toEqual(['rhit', 'ccs']);
    expect(heldAfterToggle(['rhit', 'ccs'], 'rhit', true)).toEqual(['ccs', 'rhit']);
    expect(heldAfterToggle(['rhit', 'ccs'], 'rhit', false)).toEqual(['ccs']);
  });

  it('compares at most three routes, dropping the oldest', () => {
    expect(compareAfterToggle([0, 1, 2], 3, true)).toEqual([1, 2, 3]);
    expect(compareAfterToggle([0, 2], 2, false)).toEqual([0]);
  });

  it('takes a year limit from 1 to 60 and nothing else', () => {
    expect(yearLimit('4')).toBe(4);
    expect(yearLimit('60')).toBe(60);
    for (const bad of ['', '0', '-2', '61', 'abc', null]) expect(yearLimit(bad)).toBeNull();
  });

  it('reads the same limits from a shared link as the controls allow', () => {
    const url = serializeUrlState({ ...EMPTY_STATE, view: 'routes', maxYears: 61, compare: [0, 1, 2, 3] });
    const back = parseUrlState(url);
    expect(back.maxYears).toBeNull();
    expect(back.compare).toEqual([0, 1, 2]);
  });
});
