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
