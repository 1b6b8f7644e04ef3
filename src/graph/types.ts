/**
 * Attribute types of the career graph, declared once. Nodes are roles, directed edges are
 * moves (transitions). Sigma reads x, y, size, color and label from these attributes;
 * view state (hover, selection, route highlight) never goes in here — it lives in reducers.
 */
import type Graph from 'graphology';
import type { EducationLevel, Level, Track, Years } from '../data/schema';

export interface RoleNodeAttributes {
  label: string;
  track: Track;
  level: Level;
  outOfScope: boolean;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface MoveEdgeAttributes {
  kind: 'advancement' | 'lateral';
  years: Years;
  requiresCredentials: string[];
  requiresEducation?: EducationLevel;
  size: number;
  color: string;
  /** Sigma edge program: an arrow for every move (moves are directed), curved around dots where the layout says. */
  type: 'arrow' | 'curved';
  /** Bend of a curved move (@sigma/edge-curve's control-point offset, a fraction of its length). */
  curvature?: number;
}

export type CareerGraph = Graph<RoleNodeAttributes, MoveEdgeAttributes>;
