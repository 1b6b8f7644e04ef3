/**
 * A large map draws its roles and only the moves the view is about; the built-in map draws
 * its own graph, every move.
 */
import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/graph/model';
import { drawnGraphFor, movesToDraw, syncDrawnMoves } from '../../src/graph/drawn-moves';
import { miniDataset } from '../fixtures/mini-dataset';
import { bigDataset } from '../fixtures/big-dataset';

const none = { selected: null, visible: null, route: null };

describe('moves drawn on the map', () => {
  it('a small map is drawn as it is', () => {
    const { graph } = createModel(miniDataset());
    const drawn = drawnGraphFor(graph);
    expect(drawn).toBe(graph);
    expect(syncDrawnMoves(drawn, graph, movesToDraw(graph, { ...none, selected: graph.nodes()[0]! }, null))).toBe(false);
    expect(drawn.size).toBe(graph.size);
  });

  it('a 5,000-role map has every role, and the moves of the role opened or pointed at, or of the route', () => {
    const { graph } = createModel(bigDataset(5000, 50_000));
    const drawn = drawnGraphFor(graph);
    expect([drawn.order, drawn.size]).toEqual([5000, 0]);
    expect(drawn.getNodeAttributes('role_0042')).toEqual(graph.getNodeAttributes('role_0042'));

    expect(syncDrawnMoves(drawn, graph, movesToDraw(graph, { ...none, selected: 'role_0042' }, null))).toBe(true);
    expect(drawn.edges().sort()).toEqual(graph.edges('role_0042').sort());
    expect(drawn.getEdgeAttributes(drawn.edges()[0]!)).toEqual(graph.getEdgeAttributes(drawn.edges()[0]!));
    // Same state again: nothing to do.
    expect(syncDrawnMoves(drawn, graph, movesToDraw(graph, { ...none, selected: 'role_0042' }, null))).toBe(false);

    // Hover wins over the selection; a route wins over both.
    syncDrawnMoves(drawn, graph, movesToDraw(graph, { ...none, selected: 'role_0042' }, 'role_4999'));
    expect(drawn.edges().sort()).toEqual(graph.edges('role_4999').sort());
    const route = graph.outEdges('role_0001').slice(0, 2);
    syncDrawnMoves(drawn, graph, movesToDraw(graph, { ...none, selected: 'role_0042', route: { nodes: new Set(), edges: new Set([...route, 'gone']) } }, 'role_4999'));
    expect(drawn.edges().sort()).toEqual([...route].sort());

    syncDrawnMoves(drawn, graph, movesToDraw(graph, none, null));
    expect(drawn.size).toBe(0);
  });
});
