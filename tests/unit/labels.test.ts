import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelBox, placeLabels, wrapLabel, type LabelCandidate } from '../../src/map/labels';
import { mulberry32 } from '../../scripts/bench/prng';
import { closestDistance, labelFrame, zoomForSpacing } from '../../src/map/map-view';

const measure = (s: string) => s.length * 6;
const candidate = (
  id: string,
  x: number,
  y: number,
  text: string,
  extra: Partial<LabelCandidate> = {},
): LabelCandidate => ({
  id,
  x,
  y,
  r: 5,
  lineWidths: wrapLabel(text, 120, measure).map(measure),
  lineHeight: 14,
  forced: false,
  priority: 0,
  ...extra,
});
const dotsOf = (cs: LabelCandidate[]) => cs.map(({ id, x, y, r }) => ({ id, x, y, r }));
const viewport = { width: 800, height: 600 };

describe('wrapLabel', () => {
  it('wraps at word boundaries within the width', () => {
    expect(wrapLabel('Health Information Technician', 120, measure)).toEqual(['Health Information', 'Technician']);
  });
  it('cuts a third line into the second with an ellipsis', () => {
    const lines = wrapLabel('Release of Information Specialist in a Large Hospital', 120, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(120);
  });
});

describe('placeLabels', () => {
  it('never lets two chosen labels overlap, dropping the less connected one', () => {
    const cs = [
      candidate('hub', 100, 100, 'Medical Coder', { priority: 5 }),
      candidate('leaf', 104, 104, 'Coding Auditor', { priority: 1 }),
    ];
    const placed = placeLabels(cs, dotsOf(cs), viewport);
    expect(placed.has('hub')).toBe(true);
    const boxes = [...placed].map(([id, p]) => labelBox(cs.find((c) => c.id === id) as LabelCandidate, p.placement));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('moves a label to another side of its dot before hiding it', () => {
    // b's label cannot go below (a dot) nor above (a's label): it goes to the right.
    const cs = [
      candidate('a', 200, 100, 'Coder', { priority: 2 }),
      candidate('b', 200, 128, 'Biller', { priority: 1 }),
    ];
    const dots = [...dotsOf(cs), { id: 'c', x: 200, y: 145, r: 5 }];
    const placed = placeLabels(cs, dots, viewport);
    expect(placed.get('a')?.placement).toBe('below');
    expect(placed.get('b')?.placement).toBe('right');
  });

  it('falls back to one long line where two short lines collide', () => {
    const cs = [
      candidate('a', 100, 100, 'Medical Coder', { priority: 2 }),
      candidate('b', 100, 128, 'Facility Inpatient Coder', { priority: 1, alternatives: [[150]] }),
    ];
    const dots = [...dotsOf(cs), { id: 'c', x: 100, y: 150, r: 5 }, { id: 'd', x: 40, y: 128, r: 5 }];
    const placed = placeLabels(cs, dots, viewport);
    expect(placed.get('b')).toEqual({ placement: 'right', shape: 1 });
  });

  it('always labels forced roles (selected, neighbours, route), ahead of better-connected ones', () => {
    const cs = [
      candidate('hub', 100, 100, 'Medical Coder', { priority: 9 }),
      candidate('chosen', 103, 103, 'Coding Auditor', { forced: true }),
    ];
    const placed = placeLabels(cs, dotsOf(cs), viewport);
    expect(placed.has('chosen')).toBe(true);
  });

  it('keeps unforced labels inside the viewport and off other dots', () => {
    const cs = [candidate('edge', 2, 300, 'A long title at the left edge')];
    expect(placeLabels(cs, dotsOf(cs), viewport).get('edge')?.placement).toBe('right');
    const blocked = [candidate('x', 300, 300, 'Coder'), candidate('dot', 300, 315, '', { lineWidths: [] })];
    expect(placeLabels(blocked.slice(0, 1), dotsOf(blocked), viewport).get('x')?.placement).not.toBe('below');
  });
});

describe('map view arithmetic', () => {
  it('frames the dots with room for labels at the fitted scale', () => {
    const frame = labelFrame(
      [
        { x: 0, y: 0 },
        { x: 1000, y: 500 },
      ],
      1200,
      700,
      { side: 100, below: 40, above: 0 },
    );
    expect(frame).not.toBeNull();
    const scale = 1000 / 1000; // (1200 − 2·100) px for 1000 units
    expect(frame!.x[0]).toBeCloseTo(-100 / scale);
    expect(frame!.x[1]).toBeCloseTo(1000 + 100 / scale);
    expect(frame!.y[0]).toBeLessThan(0);
  });

  it('finds the closest pair of dots and zooms in only as far as needed', () => {
    expect(
      closestDistance([
        { x: 0, y: 0 },
        { x: 30, y: 40 },
        { x: 100, y: 0 },
        { x: 103, y: 4 },
      ]),
    ).toBeCloseTo(5);
    // Dots in columns (a layered map): the same answer as comparing every pair.
    const rand = mulberry32(7);
    const dots = Array.from({ length: 400 }, () => ({
      x: Math.floor(rand() * 4) * 50 + (rand() < 0.2 ? rand() * 3 : 0),
      y: Math.round(rand() * 2000) / 10,
    }));
    let pairwise = Infinity;
    for (const a of dots)
      for (const b of dots) if (a !== b) pairwise = Math.min(pairwise, Math.hypot(a.x - b.x, a.y - b.y));
    expect(closestDistance(dots)).toBe(pairwise);
    expect(zoomForSpacing(40, 24)).toBe(1);
    expect(zoomForSpacing(12, 24)).toBeCloseTo(0.5);
    expect(zoomForSpacing(1, 24)).toBeCloseTo(0.2);
  });
});
