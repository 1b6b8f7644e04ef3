/**
 * A large map draws its roles and only the moves the view is about, and re-reads only the
 * items a view change concerns; the built-in map draws its own graph, every move.
 */
import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/graph/model';
import { changedItems, drawnGraphFor, KEPT_MOVES, movesToDraw, syncDrawnMoves } from '../../src/map/drawn-moves';
import { miniDataset } from '../fixtures/mini-dataset';
import { bigDataset } from '../fixtures/big-dataset';

const none = { selected: null, visible: null, route: null };
const big = createModel(bigDataset(5000, 50_000)).graph;

describe('moves drawn on the map', () => {
  it('a small map is drawn as it is', () => {
    const { graph } = createModel(miniDataset());
    const drawn = drawnGraphFor(graph);
    expect(drawn).toBe(graph);
    expect(syncDrawnMoves(drawn, graph, movesToDraw(graph, { ...none, selected: graph.nodes()[0]! }, null))).toBe(
      'same',
    );
    expect(drawn.size).toBe(graph.size);
  });

  it('a 5,000-role map has every role, and the moves of the role opened or pointed at, or of the route', () => {
    const graph = big;
    const drawn = drawnGraphFor(graph);
    expect([drawn.order, drawn.size]).toEqual([5000, 0]);
    expect(drawn.getNodeAttributes('role_0042')).toEqual(graph.getNodeAttributes('role_0042'));

    const selected = movesToDraw(graph, { ...none, selected: 'role_0042' }, null);
    expect([...selected].sort()).toEqual(graph.edges('role_0042').sort());
    expect(syncDrawnMoves(drawn, graph, selected)).toBe('added');
    expect(drawn.edges().sort()).toEqual([...selected].sort());
    const e = drawn.edges()[0]!;
    expect(drawn.getEdgeAttributes(e)).toEqual(graph.getEdgeAttributes(e));
    expect(syncDrawnMoves(drawn, graph, selected)).toBe('same');

    // Hover wins over the selection; a route wins over both (moves not in the data are left out).
    expect([...movesToDraw(graph, { ...none, selected: 'role_0042' }, 'role_4999')].sort()).toEqual(
      graph.edges('role_4999').sort(),
    );
    const route = graph.outEdges('role_0001').slice(0, 2);
    expect(
      [
        ...movesToDraw(
          graph,
          { ...none, selected: 'role_0042', route: { nodes: new Set(), edges: new Set([...route, 'gone']) } },
          'role_4999',
        ),
      ].sort(),
    ).toEqual([...route].sort());
    expect(movesToDraw(graph, none, null).size).toBe(0);

    // Moves out of view stay (hidden) until there are too many; then the graph starts afresh.
    syncDrawnMoves(drawn, graph, movesToDraw(graph, { ...none, selected: 'role_4999' }, null));
    expect(drawn.size).toBe(new Set([...graph.edges('role_0042'), ...graph.edges('role_4999')]).size);
    let result = 'same';
    for (let i = 100; result !== 'cleared'; i++)
      result = syncDrawnMoves(
        drawn,
        graph,
        movesToDraw(graph, { ...none, selected: `role_${String(i).padStart(4, '0')}` }, null),
      );
    expect(drawn.size).toBeLessThan(KEPT_MOVES);
  });

  it('a view change re-reads the old and new focus with their neighbours, or everything when the kind of emphasis changes', () => {
    const at = (selected: string | null, hovered: string | null = null, extra = {}) => ({
      emphasis: { ...none, selected, ...extra },
      hovered,
    });
    const changed = changedItems(big, at('role_0042'), at('role_0042', 'role_4999'))!;
    expect(changed.nodes).toEqual(
      new Set(['role_0042', ...big.neighbors('role_0042'), 'role_4999', ...big.neighbors('role_4999')]),
    );
    expect(changed.edges).toEqual(new Set([...big.edges('role_0042'), ...big.edges('role_4999')]));
    expect(changedItems(big, at(null), at('role_0042'))).toBeNull();
    expect(changedItems(big, at('role_0042'), at(null))).toBeNull();
    expect(changedItems(big, at(null), at(null, null, { visible: new Set(['role_0001']) }))).toBeNull();
    const r1 = { nodes: new Set(['role_0001', 'role_1300']), edges: new Set(['move_1']) };
    const r2 = { nodes: new Set(['role_0002']), edges: new Set(['move_2']) };
    expect(changedItems(big, at('role_0042', null, { route: r1 }), at('role_0042', null, { route: r2 }))).toEqual({
      nodes: new Set(['role_0001', 'role_1300', 'role_0002']),
      edges: new Set(['move_1', 'move_2']),
    });
    expect(changedItems(big, at(null, null, { route: r1 }), at('role_0007', null, { route: r1 }))).toEqual({
      nodes: new Set(),
      edges: new Set(),
    });
    expect(changedItems(big, at(null), at(null))).toEqual({ nodes: new Set(), edges: new Set() });
  });
});
