/**
 * Builds the typed, directed career graph from a validated dataset.
 * Inconsistent data is rejected here too (not only by the schema), because a graph built
 * from an unchecked dataset would fail later in ways that no longer name the culprit.
 */
import Graph from 'graphology';
import type { Dataset } from '../data/schema';
import { referenceProblems } from '../data/validate-references';
import { swimLanePositions, type Layout } from './layout';
import { TRACK_COLORS, EDGE_COLORS } from './palette';
import type { CareerGraph, CareerGraphAttributes, MoveEdgeAttributes, RoleNodeAttributes } from './types';

const MODULE = 'graph/build-graph';

export interface BuildGraphOptions {
  /** Include roles kept only to give off-domain seed titles a home. */
  includeOutOfScope: boolean;
  /** Positions and edge curves; roles it lacks fall back to swim lanes. */
  layout: Layout | null;
}

export const DEFAULTS: BuildGraphOptions = { includeOutOfScope: false, layout: null };

/** A curved move uses sigma's "curved" edge program (registered by GraphCanvas). */
function curveOf(layout: Layout | null, id: string): Pick<MoveEdgeAttributes, 'type' | 'curvature'> {
  const curvature = layout?.curvature[id];
  return curvature ? { type: 'curved', curvature } : { type: 'arrow' };
}

export function buildGraph(dataset: Dataset, options: Partial<BuildGraphOptions> = {}): CareerGraph {
  const opts = { ...DEFAULTS, ...options };
  const problems = referenceProblems(dataset);
  if (problems.length) {
    throw new Error(`${MODULE}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  const graph: CareerGraph = new Graph<RoleNodeAttributes, MoveEdgeAttributes, CareerGraphAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
  const roles = dataset.roles.filter((r) => opts.includeOutOfScope || !r.outOfScope);
  const fallback = swimLanePositions(roles);
  for (const role of roles) {
    const pos = opts.layout?.positions[role.id] ?? fallback.get(role.id) ?? { x: 0, y: 0 };
    graph.addNode(role.id, {
      label: role.title,
      track: role.track,
      level: role.level,
      outOfScope: role.outOfScope ?? false,
      ...(role.experience?.length ? { experience: role.experience } : {}),
      x: pos.x,
      y: pos.y,
      size: 9,
      color: TRACK_COLORS[role.track],
    });
  }
  for (const t of dataset.transitions) {
    if (!graph.hasNode(t.from) || !graph.hasNode(t.to)) continue;
    if (graph.hasDirectedEdge(t.from, t.to)) {
      throw new Error(`${MODULE}: transition '${t.id}' repeats the move '${t.from}' → '${t.to}' (${graph.directedEdge(t.from, t.to)})`);
    }
    graph.addDirectedEdgeWithKey(t.id, t.from, t.to, {
      kind: t.kind,
      years: t.years,
      requiresCredentials: t.requires.credentials,
      ...(t.requires.education ? { requiresEducation: t.requires.education } : {}),
      requires: t.requires,
      plausible: t.plausibility !== 'implausible',
      size: 1 + Math.min(t.years.typical, 5) * 0.5,
      color: EDGE_COLORS[t.kind],
      ...curveOf(opts.layout, t.id),
    });
  }
  graph.replaceAttributes({
    programs: dataset.programs ?? [],
    credentialRules: Object.fromEntries(dataset.credentials.filter((c) => c.rules).map((c) => [c.id, c.rules!])),
    entries: (dataset.entries ?? []).filter((e) => graph.hasNode(e.role)),
  });
  return graph;
}
