/**
 * The map and the charts on a dark page (prefers-color-scheme: dark, issue 27): every colour a
 * reader must tell apart from the background (a track's roles, a move, the highlighted route, a
 * label) meets WCAG's 3:1 for graphics against the dark background, labels 4.5:1 for text. Roles
 * and moves out of focus are faded on purpose and are not held to it. Contrast is computed from
 * the colour values (WCAG 2.x relative luminance).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DARK_BACKGROUND,
  DARK_COLORS,
  DARK_MORE_CONTRAST_COLORS,
  mapColorsFor,
  SCREEN_COLORS,
  type MapColors,
} from '../../src/map/map-colors';
import { EDGE_COLORS, paletteColor, TRACK_COLORS } from '../../src/data/palette';
import { SERIES_STYLES } from '../../src/graph/salary/chart-geometry';

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** What a reader must see on the map: each track, each kind of move, the route and focus, labels. */
function mustStandOut(c: MapColors): [string, string][] {
  return [
    ...Object.entries(c.tracks ?? TRACK_COLORS).map(([t, v]): [string, string] => [`track ${t}`, v]),
    ...Object.entries(c.edges ?? EDGE_COLORS).map(([k, v]): [string, string] => [`${k} move`, v]),
    ['highlighted route', c.emphasisEdge],
    ['focused lateral move', c.emphasisLateral],
    ['label', c.label],
  ];
}

describe('the map on a dark page', () => {
  for (const [name, colors] of [
    ['dark', DARK_COLORS],
    ['dark, more contrast', DARK_MORE_CONTRAST_COLORS],
  ] as const) {
    it(`${name}: roles, moves, the route and labels stand out from the background (≥ 3:1, labels ≥ 4.5:1)`, () => {
      const weak = mustStandOut(colors)
        .map(([what, c]) => ({ what, c, ratio: contrast(c, DARK_BACKGROUND) }))
        .filter(({ what, ratio }) => ratio < (what === 'label' ? 4.5 : 3));
      expect(weak).toEqual([]);
    });
  }

  it('gives every track its own lightened colour (no two tracks drawn alike)', () => {
    const tracks = Object.values(DARK_COLORS.tracks!);
    expect(Object.keys(DARK_COLORS.tracks!).sort()).toEqual(Object.keys(TRACK_COLORS).sort());
    expect(new Set(tracks).size).toBe(tracks.length);
  });

  it("is drawn on the page's own dark background (app.css's dark --bg)", () => {
    const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(/--bg:\s*(#[0-9a-f]{6});/i.exec(dark)?.[1]?.toLowerCase()).toBe(DARK_BACKGROUND.toLowerCase());
  });

  it('is what the reader gets with a dark scheme, unless forced colours override it', () => {
    const system = () => 'rgb(1, 2, 3)';
    expect(mapColorsFor({ forcedColors: false, dark: true, moreContrast: false }, system)).toBe(DARK_COLORS);
    expect(mapColorsFor({ forcedColors: false, dark: false, moreContrast: false }, system)).toBe(SCREEN_COLORS);
    expect(mapColorsFor({ forcedColors: true, dark: true, moreContrast: false }, system).label).toBe('rgb(1, 2, 3)');
  });
});

describe('the salary chart on a dark page', () => {
  it('draws each route in a colour that stands out from the background (≥ 3:1)', () => {
    const weak = SERIES_STYLES.map((s) => paletteColor(s.color, true)).filter((c) => contrast(c, DARK_BACKGROUND) < 3);
    expect(weak).toEqual([]);
  });
});
