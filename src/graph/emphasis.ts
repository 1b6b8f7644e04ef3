/**
 * How view state changes what the map draws: pure functions used as Sigma reducers.
 * They only do set look-ups and a neighbour test, so they stay cheap on every frame.
 */
import type { CareerGraph, MoveEdgeAttributes, RoleNodeAttributes } from './types';

export interface MapEmphasis {
  /** The role whose panel is open. */
  selected: string | null;
  /** Roles passing the filters; null means all. */
  visible: ReadonlySet<string> | null;
  /** A highlighted route: its roles and its moves. */
  route: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

const DIMMED_NODE = '#E5E7EB';
const DIMMED_EDGE = '#F0F0F0';

type NodeDisplay = Partial<RoleNodeAttributes> & { highlighted?: boolean; hidden?: boolean; forceLabel?: boolean; zIndex?: number };
type EdgeDisplay = Partial<MoveEdgeAttributes> & { hidden?: boolean; zIndex?: number; label?: string; forceLabel?: boolean };

/** Short years label drawn on highlighted edges; "≈" marks an estimate. */
function edgeYears(attrs: MoveEdgeAttributes): string {
  const n = Number.isInteger(attrs.years.typical) ? String(attrs.years.typical) : attrs.years.typical.toFixed(1);
  return `${attrs.years.estimated ? '≈' : ''}${n} yrs`;
}

/** The role that drives neighbourhood highlighting: hover wins over selection. */
function focusOf(emphasis: MapEmphasis, hovered: string | null): string | null {
  return hovered ?? emphasis.selected;
}

export function nodeAppearance(graph: CareerGraph, node: string, attrs: RoleNodeAttributes, emphasis: MapEmphasis, hovered: string | null): NodeDisplay {
  const out: NodeDisplay = { ...attrs };
  if (emphasis.visible && !emphasis.visible.has(node)) {
    return { ...out, color: DIMMED_NODE, label: '', zIndex: 0 };
  }
  if (emphasis.route) {
    if (emphasis.route.nodes.has(node)) return { ...out, highlighted: true, forceLabel: true, zIndex: 2, size: attrs.size * 1.3 };
    return { ...out, color: DIMMED_NODE, label: '', zIndex: 0 };
  }
  const focus = focusOf(emphasis, hovered);
  if (focus && graph.hasNode(focus)) {
    if (node === focus) return { ...out, highlighted: true, forceLabel: true, zIndex: 2, size: attrs.size * 1.3 };
    if (graph.areNeighbors(node, focus)) return { ...out, forceLabel: true, zIndex: 1 };
    return { ...out, color: DIMMED_NODE, label: '', zIndex: 0 };
  }
  return out;
}

export function edgeAppearance(graph: CareerGraph, edge: string, attrs: MoveEdgeAttributes, emphasis: MapEmphasis, hovered: string | null): EdgeDisplay {
  const out: EdgeDisplay = { ...attrs };
  const [source, target] = graph.extremities(edge);
  if (emphasis.visible && (!emphasis.visible.has(source) || !emphasis.visible.has(target))) return { ...out, hidden: true };
  if (emphasis.route) {
    return emphasis.route.edges.has(edge)
      ? { ...out, color: '#111827', size: attrs.size + 2, zIndex: 2, label: edgeYears(attrs), forceLabel: true }
      : { ...out, color: DIMMED_EDGE, zIndex: 0 };
  }
  const focus = focusOf(emphasis, hovered);
  if (focus && graph.hasNode(focus)) {
    return source === focus || target === focus
      ? { ...out, color: attrs.kind === 'lateral' ? '#B45309' : '#111827', zIndex: 1, label: edgeYears(attrs), forceLabel: true }
      : { ...out, color: DIMMED_EDGE, zIndex: 0 };
  }
  return out;
}
