/**
 * Builds the typed, directed career graph from a dataset that has passed validateDataset (the
 * built-in data at load, imports before they replace it): references are checked there, once,
 * not again on every build.
 */
import Graph from 'graphology';
import type { Dataset } from '../data/schema';
import { swimLanePositions } from './layout';
import { type Layout } from '../data/layout';
import { runAll } from '../lib/slices';
import { TRACK_COLORS, EDGE_COLORS } from '../data/palette';
import type { CareerGraph, CareerGraphAttributes, MoveEdgeAttributes, RoleNodeAttributes } from './types';

export interface BuildGraphOptions {
  /** Include roles kept only to give off-domain seed titles a home. */
  includeOutOfScope: boolean;
  /** Positions and edge curves; roles it lacks fall back to swim lanes. */
  layout: Layout | null;
}

export const BUILD_GRAPH_DEFAULTS: BuildGraphOptions = { includeOutOfScope: false, layout: null };

/** A curved move uses sigma's "curved" edge program (registered by GraphCanvas). */
function curveOf(layout: Layout | null, id: string): Pick<MoveEdgeAttributes, 'type' | 'curvature'> {
  const curvature = layout?.curvature[id];
  return curvature ? { type: 'curved', curvature } : { type: 'arrow' };
}

export function buildGraph(dataset: Dataset, options: Partial<BuildGraphOptions> = {}): CareerGraph {
  return runAll(graphBuilder(dataset, options, Infinity));
}

/**
 * buildGraph item by item, pausing (yield) after every `every` roles or moves, so that a large
 * import can be built over several short tasks (createModelInSlices) instead of one long one.
 */
export function* graphBuilder(
  dataset: Dataset,
  options: Partial<BuildGraphOptions> = {},
  every = 1000,
): Generator<void, CareerGraph, void> {
  let done = 0;
  const opts = { ...BUILD_GRAPH_DEFAULTS, ...options };
  const graph: CareerGraph = new Graph<RoleNodeAttributes, MoveEdgeAttributes, CareerGraphAttributes>({
    type: 'directed',
    multi: false,
    allowSelfLoops: false,
  });
  const roles = dataset.roles.filter((r) => opts.includeOutOfScope || !r.outOfScope);
  // Swim lanes only when the layout lacks a role (it sorts every role: 140 ms at 5,000 under load).
  let fallback: Map<string, { x: number; y: number }> | null = null;
  for (const role of roles) {
    const pos = opts.layout?.positions[role.id] ??
      (fallback ??= swimLanePositions(roles)).get(role.id) ?? { x: 0, y: 0 };
    graph.addNode(role.id, {
      label: role.title,
      titles: role.es ? { en: role.title, es: role.es.title } : { en: role.title },
      track: role.track,
      level: role.level,
      education: role.education.typical,
      outOfScope: role.outOfScope ?? false,
      ...(role.experience?.length ? { experience: role.experience } : {}),
      ...(role.hiring?.length ? { hiring: role.hiring } : {}),
      x: pos.x,
      y: pos.y,
      size: 9,
      color: TRACK_COLORS[role.track],
    });
    if (++done % every === 0) yield;
  }
  for (const t of dataset.transitions) {
    if (!graph.hasNode(t.from) || !graph.hasNode(t.to)) continue;
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
    if (++done % every === 0) yield;
  }
  graph.replaceAttributes({
    programs: dataset.programs ?? [],
    credentialRules: Object.fromEntries(dataset.credentials.filter((c) => c.rules).map((c) => [c.id, c.rules!])),
    entries: (dataset.entries ?? []).filter((e) => graph.hasNode(e.role)),
  });
  return graph;
}
