/**
 * Attribute types of the career graph, declared once. Nodes are roles, directed edges are
 * moves (transitions). Sigma reads x, y, size, color and label from these attributes;
 * view state (hover, selection, route highlight) never goes in here — it lives in reducers.
 * The graph's own attributes carry the eligibility rules the route planner applies.
 */
import type Graph from 'graphology';
import type Sigma from 'sigma';
import type {
  CredentialGate,
  EducationLevel,
  Entry,
  ExperienceKind,
  HiringRule,
  Level,
  Program,
  Requires,
  Track,
  Years,
} from '../data/schema';

export interface RoleNodeAttributes {
  /** What the map writes: the title in the interface language (map-labels.ts switches it in place). */
  label: string;
  /** The role's title in each language the dataset has it in, for a language switch (absent: the label stays). */
  titles?: { readonly en: string; readonly es?: string | undefined };
  track: Track;
  level: Level;
  /** The role's typical entry education (a move into a role that asks for less is a move down). */
  education?: EducationLevel;
  outOfScope: boolean;
  /** Kinds of experience time in the role counts as (eligibility rules). */
  experience?: ExperienceKind[];
  /** What the job asks for (every rule applies, any alternative of each); absent: only listed moves lead in. */
  hiring?: HiringRule[];
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface MoveEdgeAttributes {
  kind: 'advancement' | 'lateral';
  years: Years;
  /** The credentials every way in needs, and the minimum education (a flat summary of `requires`). */
  requiresCredentials: string[];
  requiresEducation?: EducationLevel;
  /** The full requirement with its alternatives; absent on graphs built from the flat form. */
  requires?: Requires;
  /** False for moves a source printed that a counselor would not draw: left out of route search by default. */
  plausible?: boolean;
  size: number;
  color: string;
  /** Sigma edge program: an arrow for every move (moves are directed), curved around dots where the layout says. */
  type: 'arrow' | 'curved';
  /** Bend of a curved move (@sigma/edge-curve's control-point offset, a fraction of its length). */
  curvature?: number;
}

export interface CareerGraphAttributes {
  programs?: Program[];
  /** Eligibility rules by credential id: any one gate qualifies, then the exam. */
  credentialRules?: Record<string, CredentialGate[]>;
  /** First jobs for a person with no job yet. */
  entries?: Entry[];
}

export type CareerGraph = Graph<RoleNodeAttributes, MoveEdgeAttributes, CareerGraphAttributes>;

/** The map's renderer, as GraphCanvas creates it (a type only: nothing here loads sigma). */
export type CareerRenderer = Sigma<RoleNodeAttributes, MoveEdgeAttributes>;
