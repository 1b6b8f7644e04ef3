/**
 * Colours shared by the map, the legend and the charts. Chosen from a colour-blind-safe
 * palette (Okabe–Ito plus neutrals) and dark enough for text contrast on white.
 */
import type { Track } from './schema';

export const TRACK_COLORS: Record<Track, string> = {
  records: '#0072B2',
  coding: '#D55E00',
  registry: '#CC79A7',
  documentation: '#8E6C00',
  analytics: '#009E73',
  privacy: '#5B4DB1',
  revenue: '#B8860B',
  management: '#1F3A5F',
  education: '#7A5195',
  feeder: '#6B7280',
  other: '#9CA3AF',
};

export const TRACK_LABELS: Record<Track, string> = {
  records: 'Health records',
  coding: 'Medical coding',
  registry: 'Cancer registry',
  documentation: 'Documentation integrity',
  analytics: 'Analytics & informatics',
  privacy: 'Privacy & compliance',
  revenue: 'Revenue cycle',
  management: 'Management',
  education: 'Education',
  feeder: 'Feeder roles',
  other: 'Outside health information',
};

/** Advancement moves are dark and solid; lateral moves are lighter amber, so they read differently. */
export const EDGE_COLORS = { advancement: '#6B7280', lateral: '#E0B25A' } as const;

/**
 * The same colours on a dark page (prefers-color-scheme: dark): the palette above is dark enough
 * for white and nearly vanishes on near-black (navy leadership, purple privacy). Each is lightened
 * in its own hue to at least 3:1 against the dark background (tests/unit/dark-colors.test.ts).
 * Used by the map (map-colors.ts), the filters' and the role sheet's swatches and the charts.
 */
const ON_DARK: Readonly<Record<string, string>> = {
  '#0072B2': '#56B4E9',
  '#D55E00': '#F0883E',
  '#CC79A7': '#E7A5CB',
  '#8E6C00': '#D9B44A',
  '#009E73': '#3CCB9C',
  '#5B4DB1': '#A99BF0',
  '#B8860B': '#E6B84D',
  '#1F3A5F': '#8DB3E2',
  '#7A5195': '#C6A2DB',
  '#6B7280': '#A3ABB8',
  '#9CA3AF': '#D1D5DB',
  '#374151': '#CBD5E1',
};

/** A palette colour as drawn on a dark page when `dark`, else unchanged. */
export function paletteColor(color: string, dark: boolean): string {
  return dark ? (ON_DARK[color] ?? color) : color;
}
