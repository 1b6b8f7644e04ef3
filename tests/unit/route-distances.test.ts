/**
 * Distances backward over the moves (graph/routes/reverse.ts): the fewest job years from each role
 * to the nearest of some roles. They bound the searches (the years still ahead of a route toward
 * a goal, and the roles a reachability search can still reach), so a distance too large would
 * drop a route and one too small would only slow the search: checked by hand on a small map.
 */
import { describe, expect, it } from 'vitest';
import { resolveConstraints } from '../../src/graph/routes/constraints';
import { distancesTo, reverseOf } from '../../src/graph/routes/reverse';
import { buildRouteIndex } from '../../src/graph/routes/route-index';
import { tinyGraph } from '../fixtures/tiny-graph';

/** a → b (2 years) → c (3); a → c (6); d → c (1); e → f (1), apart from the rest. */
const smallMap = () =>
  tinyGraph(
    [
      ['a', 'b', 2],
      ['b', 'c', 3],
      ['a', 'c', 6],
      ['d', 'c', 1],
      ['e', 'f', 1],
    ],
    (id) => id,
  );

describe('distances backward over the moves', () => {
  const graph = smallMap();
  const index = buildRouteIndex(graph, resolveConstraints('test', graph, {}));
  const reverse = reverseOf(index);
  const at = (dist: Float64Array) => Object.fromEntries(index.ids.map((id, i) => [id, dist[i]]));
  const years = (e: number) => index.jobTypical[e]!;
  const roles = (...ids: string[]) => ids.map((id) => index.indexOf.get(id)!);

  it('gives the fewest job years to a role, Infinity where it cannot be reached', () => {
    expect(at(distancesTo(reverse, roles('c'), years))).toEqual({ a: 5, b: 3, c: 0, d: 1, e: Infinity, f: Infinity });
  });

  it('gives the fewest moves when each counts one', () => {
    expect(at(distancesTo(reverse, roles('c'), () => 1))).toEqual({ a: 1, b: 1, c: 0, d: 1, e: Infinity, f: Infinity });
  });

  it('leaves Infinity for roles whose moves lead elsewhere (e → f never reaches d)', () => {
    expect(at(distancesTo(reverse, roles('d'), years))).toEqual({
      a: Infinity,
      b: Infinity,
      c: Infinity,
      d: 0,
      e: Infinity,
      f: Infinity,
    });
    expect(at(distancesTo(reverse, roles('f'), years))).toEqual({
      a: Infinity,
      b: Infinity,
      c: Infinity,
      d: Infinity,
      e: 1,
      f: 0,
    });
  });

  it('measures to the nearest of several roles', () => {
    expect(at(distancesTo(reverse, roles('b', 'd'), years))).toEqual({
      a: 2,
      b: 0,
      c: Infinity,
      d: 0,
      e: Infinity,
      f: Infinity,
    });
    expect([...distancesTo(reverse, [], years)]).toEqual(index.ids.map(() => Infinity));
  });

  it('lists each role’s moves in, with the role each leaves', () => {
    const into = (id: string) => {
      const v = index.indexOf.get(id)!;
      const out: string[] = [];
      for (let p = reverse.inStart[v]!; p < reverse.inStart[v + 1]!; p++) {
        expect(index.target[reverse.inEdge[p]!]).toBe(v);
        out.push(`${index.ids[reverse.source[p]!]}:${index.edgeKey[reverse.inEdge[p]!]}`);
      }
      return out.sort();
    };
    expect(into('c')).toEqual(['a:a-c', 'b:b-c', 'd:d-c']);
    expect(into('b')).toEqual(['a:a-b']);
    expect(into('a')).toEqual([]);
  });
});
