import { describe, expect, it } from 'vitest';
import { intoBox, spacedHeads, zoomedCentre } from '../../src/map/map-view';

describe('the default view of a map too dense to show whole', () => {
  it('centres dots that fit once zoomed in (a large map’s narrow columns)', () => {
    // Columns 90 px wide in a 1,000 px view, zoomed in 5×: 450 px, which fits.
    const centre = zoomedCentre(100, 190, 1000, 0.2, 70);
    expect(centre).toBe(145);
    // Where each column ends up on screen: around the view's middle, not off to one side.
    const onScreen = (p: number) => 500 + (p - centre) / 0.2;
    expect(onScreen(100)).toBeCloseTo(275);
    expect(onScreen(190)).toBeCloseTo(725);
  });

  it('starts dots that do not fit just inside the left edge (a phone: the entry roles)', () => {
    const centre = zoomedCentre(40, 330, 375, 0.5, 48);
    expect(375 / 2 + (40 - centre) / 0.5).toBeCloseTo(48);
  });
});

describe('zooming in', () => {
  const dots = [
    { x: 0.1, y: 0.2 },
    { x: 0.3, y: 0.9 },
    { x: 0.2, y: 0.5 },
  ];

  it('keeps a centre that is already among the dots', () => {
    expect(intoBox({ x: 0.25, y: 0.6 }, dots)).toEqual({ x: 0.25, y: 0.6 });
  });

  it('moves a centre beside the dots to their nearest edge, so the zoom keeps dots in view', () => {
    expect(intoBox({ x: 0.56, y: 0.87 }, dots)).toEqual({ x: 0.3, y: 0.87 });
    expect(intoBox({ x: -1, y: 2 }, dots)).toEqual({ x: 0.1, y: 0.9 });
    expect(intoBox({ x: 0.5, y: 0.5 }, [])).toEqual({ x: 0.5, y: 0.5 });
  });
});

describe('column headings', () => {
  // 12 px bold capitals: ENTRY is 46 px wide, MID-CAREER and LEADERSHIP 89 px, SENIOR 53 px.
  const ladder = (gap: number) =>
    ['Entry', 'Mid-career', 'Senior', 'Leadership'].map((label, i) => ({ label, x: 100 + i * gap }));
  const labels = (heads: { label: string }[]) => heads.map((h) => h.label);
  const drawnWidth = { Entry: 46, 'Mid-career': 89, Senior: 53, Leadership: 89 } as Record<string, number>;
  const touching = (heads: { label: string; x: number }[]) =>
    heads.some(
      (h, i) => i > 0 && h.x - drawnWidth[h.label]! / 2 < heads[i - 1]!.x + drawnWidth[heads[i - 1]!.label]! / 2,
    );

  it('shows every heading when the columns are far enough apart (the built-in map)', () => {
    expect(labels(spacedHeads(ladder(193)))).toEqual(['Entry', 'Mid-career', 'Senior', 'Leadership']);
    // A phone: the default view's columns are 147 px apart.
    expect(labels(spacedHeads(ladder(147)))).toEqual(['Entry', 'Mid-career', 'Senior', 'Leadership']);
  });

  it('never lets two headings touch: where the ladder starts and ends first', () => {
    // A 2,000-role map's default view: columns 30 px apart.
    expect(labels(spacedHeads(ladder(30)))).toEqual(['Entry', 'Leadership']);
    expect(labels(spacedHeads(ladder(12)))).toEqual(['Entry']);
    for (let gap = 0; gap < 200; gap += 3) expect(touching(spacedHeads(ladder(gap)))).toBe(false);
  });

  it('keeps a single heading and none', () => {
    expect(labels(spacedHeads([{ label: 'Senior', x: 5 }]))).toEqual(['Senior']);
    expect(spacedHeads([])).toEqual([]);
  });
});
