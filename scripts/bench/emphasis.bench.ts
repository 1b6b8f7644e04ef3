/**
 * The map's reducers (src/map/emphasis) over a whole generated map, as sigma runs them on a
 * refresh: every node and every edge once, for each state the map shows (nothing, a filter, a
 * route, a selected role, a hover). A state is measured twice: its first refresh (which prepares
 * the state's sets) and a repeat (what a later refresh of the same state costs). Median of 5.
 */
import { performance } from 'node:perf_hooks';
import { buildGraph } from '../../src/graph/build-graph';
import { edgeAppearance, nodeAppearance, type MapEmphasis } from '../../src/map/emphasis';
import { bigDataset } from '../../tests/fixtures/big-dataset';
import { bench, median, noteLoad } from './report';

for (const [roles, moves] of [
  [2000, 20_000],
  [5000, 50_000],
] as const) {
  const graph = buildGraph(bigDataset(roles, moves));
  const nodes = graph.nodes();
  const some = nodes.slice(0, 40);
  const routeEdges = graph.edges().slice(0, 30);
  const refresh = (e: MapEmphasis, hovered: string | null = null) => {
    const t = performance.now();
    graph.forEachNode((n, a) => nodeAppearance(graph, n, a, e, hovered));
    graph.forEachEdge((ed, a) => edgeAppearance(graph, ed, a, e, hovered));
    return performance.now() - t;
  };
  const none: MapEmphasis = { selected: null, visible: null, route: null };
  const states: [string, () => MapEmphasis, string | null][] = [
    ['none', () => none, null],
    // A fresh Set each time: a new filter state, as when a checkbox changes.
    ['filter', () => ({ ...none, visible: new Set(nodes.filter((_, i) => i % 3 !== 0)) }), null],
    ['route', () => ({ ...none, route: { nodes: new Set(some), edges: new Set(routeEdges) } }), null],
    ['selected', () => ({ ...none, selected: nodes[roles / 2]! }), null],
    ['hover', () => ({ ...none, selected: nodes[0]! }), nodes[roles - 1]!],
  ];
  for (const [name, make, hovered] of states) {
    const first: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < 5; i++) {
      const e = make();
      first.push(refresh(e, hovered));
      again.push(refresh(e, hovered));
    }
    bench(`reducers_${roles}_${name}_first`, median(first), 'ms', 1);
    bench(`reducers_${roles}_${name}_repeat`, median(again), 'ms', 1);
  }
}
noteLoad();
