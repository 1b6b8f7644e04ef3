import { describe, expect, it } from 'vitest';
import { neighbourAfterRemoval, routesSummary, searchCountText } from '../../src/text/announce';

const route = (typical: number, estimated = false) => ({ estimated, totalYears: { typical } });

describe('routesSummary', () => {
  it('names the count, both ends and the fastest total (which counts study and exams)', () => {
    expect(routesSummary('Medical Coder', 'HIM Director', [route(10.5, true), route(9.1, true), route(12)])).toBe(
      '3 routes from Medical Coder to HIM Director; the fastest takes about 9.1 years.',
    );
  });
  it('speaks of one route in the singular and without "about" when nothing is estimated', () => {
    expect(routesSummary('No job yet', 'Medical Coder', [route(1.5)])).toBe(
      '1 route from No job yet to Medical Coder; it takes 1.5 years.',
    );
  });
  it('says when there is none', () => {
    expect(routesSummary('A', 'B', [])).toBe('No route from A to B.');
  });
});

describe('searchCountText', () => {
  it('is silent for an empty box and counts otherwise', () => {
    expect(searchCountText('  ', 4)).toBe('');
    expect(searchCountText('coder', 1)).toBe('1 result; ↓ to choose.');
    expect(searchCountText('coder', 8)).toBe('8 results; ↓ to choose.');
    expect(searchCountText(' xyzzy ', 0)).toBe('No titles match “xyzzy”.');
  });
});

describe('neighbourAfterRemoval', () => {
  it('picks the next item, else the previous, else none', () => {
    expect(neighbourAfterRemoval(['a', 'b', 'c'], 'b')).toBe('c');
    expect(neighbourAfterRemoval(['a', 'b', 'c'], 'c')).toBe('b');
    expect(neighbourAfterRemoval(['a'], 'a')).toBeNull();
    expect(neighbourAfterRemoval(['a', 'b'], 'x')).toBe('a');
  });
});
