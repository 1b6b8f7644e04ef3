/**
 * The colours the map draws with. On a normal screen: each track's colour from the data (palette.ts)
 * and the greys below. On a dark page (prefers-color-scheme: dark) the same hues lightened, white
 * labels and a white route, on app.css's dark --bg (DARK_BACKGROUND); with prefers-contrast: more,
 * stronger moves and less faded roles out of focus. In forced-colours mode (Windows high contrast, light or dark) the page's
 * CSS colours are replaced by the reader's system colours, but a WebGL canvas is not: there the
 * map takes the same system colours (read from CSS keywords), so roles, moves, a highlighted route
 * and labels stay visible on a black or a white Canvas (issue 27). GraphCanvas hands the current
 * set to the one Sigma instance through its reducers and label drawers; nothing is rebuilt.
 */

import { paletteColor, TRACK_COLORS } from '../data/palette';
import type { Track } from '../data/schema';

export interface MapColors {
  /** Every role's dot; null keeps its track's colour. */
  node: string | null;
  /** Each track's colour where node is null; null keeps the data's colours (TRACK_COLORS). */
  tracks: Readonly<Record<Track, string>> | null;
  /** Moves by kind; null keeps the data's colours (EDGE_COLORS). */
  edges: { advancement: string; lateral: string } | null;
  /** Roles and moves out of the filters or away from the focus. */
  dimmedNode: string;
  dimmedEdge: string;
  /** The focused role's moves and a highlighted route. */
  emphasisEdge: string;
  emphasisLateral: string;
  /** The focused role or a route's roles, where node is set (else they keep their track's colour, drawn larger). */
  emphasisNode: string | null;
  /** Label text, the halo that keeps it readable over arrows, and the hovered role's card. */
  label: string;
  halo: string;
  card: string;
}

export const SCREEN_COLORS: MapColors = {
  node: null,
  tracks: null,
  edges: null,
  dimmedNode: '#E5E7EB',
  dimmedEdge: '#F0F0F0',
  emphasisEdge: '#111827',
  emphasisLateral: '#B45309',
  emphasisNode: null,
  label: '#111827',
  halo: 'rgba(255, 255, 255, 0.9)',
  card: '#fff',
};

/** Light, more contrast: darker moves, roles out of focus less faded. */
export const MORE_CONTRAST_COLORS: MapColors = {
  ...SCREEN_COLORS,
  edges: { advancement: '#4B5563', lateral: '#B45309' },
  dimmedNode: '#D1D5DB',
  dimmedEdge: '#E5E7EB',
};

/** The map's background on a dark page: app.css's dark --bg (a test holds the two together). */
export const DARK_BACKGROUND = '#111827';

/** A dark page: every colour at least 3:1 against DARK_BACKGROUND, labels 4.5:1 (tests/unit/dark-colors.test.ts). */
export const DARK_COLORS: MapColors = {
  node: null,
  tracks: Object.fromEntries(
    Object.entries(TRACK_COLORS).map(([track, color]) => [track, paletteColor(color, true)]),
  ) as Record<Track, string>,
  edges: { advancement: '#6B7280', lateral: '#E0B25A' },
  dimmedNode: '#374151',
  dimmedEdge: '#1F2937',
  emphasisEdge: '#F9FAFB',
  emphasisLateral: '#FBBF24',
  emphasisNode: null,
  label: '#F3F4F6',
  halo: 'rgba(17, 24, 39, 0.9)',
  card: '#1F2937',
};

/** Dark and more contrast: brighter moves, roles out of focus less faded. */
export const DARK_MORE_CONTRAST_COLORS: MapColors = {
  ...DARK_COLORS,
  edges: { advancement: '#9CA3AF', lateral: '#FBBF24' },
  dimmedNode: '#4B5563',
  dimmedEdge: '#374151',
  label: '#FFFFFF',
};

/** The reader's settings that change the map's colours (state/media.svelte.ts reads them). */
export interface ColorMode {
  forcedColors: boolean;
  dark: boolean;
  moreContrast: boolean;
}

/** The colours for the reader's settings: forced colours first (they override every scheme). */
export function mapColorsFor(mode: ColorMode, system: (name: SystemColor) => string): MapColors {
  return mode.forcedColors ? forcedMapColors(system) : schemeMapColors(mode.dark, mode.moreContrast);
}

/** Light or dark, with or without more contrast (the legend's samples take their moves' colours here). */
export function schemeMapColors(dark: boolean, moreContrast: boolean): MapColors {
  if (dark) return moreContrast ? DARK_MORE_CONTRAST_COLORS : DARK_COLORS;
  return moreContrast ? MORE_CONTRAST_COLORS : SCREEN_COLORS;
}

/** CSS system colour keywords forced-colours mode maps to the reader's theme. */
export type SystemColor = 'Canvas' | 'CanvasText' | 'GrayText' | 'LinkText' | 'Highlight';

/** The map in the reader's system colours; `system` turns a keyword into the colour it is now. */
export function forcedMapColors(system: (name: SystemColor) => string): MapColors {
  const text = system('CanvasText');
  const highlight = system('Highlight');
  return {
    node: text,
    tracks: null,
    edges: { advancement: text, lateral: system('LinkText') },
    dimmedNode: system('GrayText'),
    dimmedEdge: system('GrayText'),
    emphasisEdge: highlight,
    emphasisLateral: highlight,
    emphasisNode: highlight,
    label: text,
    halo: system('Canvas'),
    card: system('Canvas'),
  };
}

/** What a CSS colour keyword resolves to in this document now (e.g. CanvasText → rgb(255, 255, 255)). */
export function readSystemColor(name: SystemColor): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  probe.style.display = 'none';
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
