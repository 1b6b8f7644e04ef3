/** Unit tests for the route algorithms on tiny hand-built graphs and the mini fixture. */
import { describe, expect, it } from 'vitest';
import type { EducationLevel } from '../../src/data/schema';
import { buildGraph } from '../../src/graph/build-graph';
import { explainNoRoute, kBestRoutes, paretoRoutes, reachableWithin } from '../../src/graph/routes';
import type { CareerGraph } from '../../src/graph/types';
import { miniDataset } from '../fixtures/mini-dataset';
import { testMove, testRole, tinyGraph } from '../fixtures/tiny-graph';

type Move = [from: string, to: string, years: number, credentials?: string[], education?: EducationLevel];

/** Moves of `years` (low half, high double), each asking for its credentials and education. */
function graphOf(moves: Move[]): CareerGraph {
  const g = tinyGraph([]);
  for (const [from, to, years, credentials = [], education] of moves) {
    for (const id of [from, to]) g.mergeNode(id, testRole({ label: id.toUpperCase() }));
    g.addDirectedEdgeWithKey(
      `${from}-${to}`,
      from,
      to,
      testMove(years, {
        years: { typical: years, low: years * 0.5, high: years * 2, estimated: false },
        requiresCredentials: credentials,
        ...(education ? { requiresEducation: education } : {}),
      }),
    );
  }
  return g;
}

describe('kBestRoutes', () => {
  const mini = buildGraph(miniDataset());

  it('ranks the mini ladder by years: via coder (4 years, CCA + bachelor) before the lateral move (5 years)', () => {
    const routes = kBestRoutes(mini, 'tech', 'manager');
    expect(routes.map((r) => r.roles)).toEqual([
      ['tech', 'coder', 'manager'],
      ['tech', 'manager'],
    ]);
    expect(routes[0]).toMatchObject({
      totalYears: { typical: 4, low: 4, high: 4 },
      newCredentials: ['cca'],
      newEducation: 'bachelor',
      steps: 2,
      cost: 4,
      estimated: false,
    });
    expect(routes[0]!.moves[1]!.requirements).toEqual([
      { kind: 'education', id: 'bachelor', met: false, strength: 'typical' },
    ]);
  });

  it('ranks by credentials: the lateral move needs nothing', () => {
    expect(
      kBestRoutes(mini, 'tech', 'manager', { objective: 'credentials' }).map((r) => [r.roles.length, r.cost]),
    ).toEqual([
      [2, 0],
      [3, 2],
    ]);
  });

  it('counts requirements already held as met and free', () => {
    const [best] = kBestRoutes(mini, 'tech', 'manager', {
      heldCredentials: ['cca'],
      education: 'master',
      objective: 'credentials',
    });
    expect(best).toMatchObject({
      roles: ['tech', 'coder', 'manager'],
      steps: 0,
      newCredentials: [],
      newEducation: null,
    });
    expect(best!.moves.flatMap((m) => m.requirements).every((r) => r.met)).toBe(true);
  });

  it('counts a credential earned earlier on the route once', () => {
    const g = graphOf([
      ['a', 'b', 1, ['x']],
      ['b', 'c', 1, ['x', 'y']],
    ]);
    const [route] = kBestRoutes(g, 'a', 'c');
    expect(route!.newCredentials).toEqual(['x', 'y']);
    expect(route!.moves[1]!.requirements).toEqual([
      { kind: 'credential', id: 'x', met: true, strength: 'typical' },
      { kind: 'credential', id: 'y', met: false, strength: 'typical' },
    ]);
  });

  it('keeps a faster way in that has already earned a credential the rest of the route needs anyway', () => {
    // At v the slow way in has earned nothing, the fast way has earned x; x is needed after v.
    const g = graphOf([
      ['s', 'v', 1, ['x']],
      ['s', 'w', 5],
      ['w', 'v', 5],
      ['v', 't', 1, ['x']],
    ]);
    const [best] = kBestRoutes(g, 's', 't', { objective: 'credentials' });
    expect(best).toMatchObject({ roles: ['s', 'v', 't'], steps: 1, totalYears: { typical: 2 } });
  });

  it('respects the education ceiling, avoided roles and maxYears', () => {
    expect(kBestRoutes(mini, 'tech', 'manager', { educationCeiling: 'associate' }).map((r) => r.roles)).toEqual([
      ['tech', 'manager'],
    ]);
    expect(kBestRoutes(mini, 'tech', 'manager', { avoid: ['coder'] }).map((r) => r.roles)).toEqual([
      ['tech', 'manager'],
    ]);
    expect(kBestRoutes(mini, 'tech', 'manager', { maxYears: 4.5 }).map((r) => r.roles)).toEqual([
      ['tech', 'coder', 'manager'],
    ]);
    expect(kBestRoutes(mini, 'tech', 'manager', { avoid: ['manager'] })).toEqual([]);
  });

  it('returns at most k routes, and none from a role to itself', () => {
    expect(kBestRoutes(mini, 'tech', 'manager', { k: 1 })).toHaveLength(1);
    expect(kBestRoutes(mini, 'tech', 'tech')).toEqual([]);
  });

  it('reports the salary gain per year when both salaries are known', () => {
    const salary: Record<string, number> = { tech: 30000, manager: 70000 };
    const routes = kBestRoutes(mini, 'tech', 'manager', { objective: 'salary_gain', salaryOf: (id) => salary[id] });
    expect(routes.map((r) => r.cost)).toEqual([10000, 8000]);
    expect(
      kBestRoutes(mini, 'tech', 'coder', { objective: 'salary_gain', salaryOf: (id) => salary[id] })[0]!.cost,
    ).toBeNull();
  });

  const invalid: [string, () => unknown, RegExp][] = [
    ['an unknown start', () => kBestRoutes(mini, 'ghost', 'manager'), /^graph\/routes\/yen: unknown role 'ghost'$/],
    ['an unknown destination', () => kBestRoutes(mini, 'tech', 'nowhere'), /unknown role 'nowhere'/],
    [
      'an unknown avoided role',
      () => kBestRoutes(mini, 'tech', 'manager', { avoid: ['x'] }),
      /unknown role 'x' in avoid/,
    ],
    ['a bad k', () => kBestRoutes(mini, 'tech', 'manager', { k: 0 }), /k must be an integer ≥ 1, got 0/],
    [
      'a bad objective',
      () => kBestRoutes(mini, 'tech', 'manager', { objective: 'fun' as never }),
      /unknown objective 'fun'/,
    ],
    [
      'a salary objective without salaries',
      () => kBestRoutes(mini, 'tech', 'manager', { objective: 'salary_end' }),
      /needs a salaryOf option/,
    ],
    [
      'an unknown education level',
      () => kBestRoutes(mini, 'tech', 'manager', { educationCeiling: 'phd' as never }),
      /unknown education level 'phd' in educationCeiling/,
    ],
    [
      'a negative maxYears',
      () => kBestRoutes(mini, 'tech', 'manager', { maxYears: -1 }),
      /maxYears must be a number ≥ 0/,
    ],
    [
      'a Pareto call with an unknown role',
      () => paretoRoutes(mini, 'tech', 'x'),
      /^graph\/routes\/pareto: unknown role 'x'$/,
    ],
    [
      'a reachability call with bad years',
      () => reachableWithin(mini, 'tech', -2),
      /^graph\/routes\/reachability: years must be a number ≥ 0/,
    ],
    [
      'an explanation for an unknown role',
      () => explainNoRoute(mini, 'x', 'tech'),
      /^graph\/routes\/explain: unknown role 'x'$/,
    ],
  ];
  it.each(invalid)('rejects %s, naming it', (_name, call, message) => {
    expect(call).toThrow(message);
  });
});

describe('paretoRoutes', () => {
  it("shows the trade-off: 4 years with a bachelor's, or 7 years without", () => {
    const g = graphOf([
      ['a', 'b', 2],
      ['b', 'c', 2, [], 'bachelor'],
      ['a', 'd', 3],
      ['d', 'c', 4],
      ['a', 'e', 4],
      ['e', 'c', 4],
    ]);
    const front = paretoRoutes(g, 'a', 'c');
    expect(front.map((r) => [r.totalYears.typical, r.steps, r.newEducation])).toEqual([
      [4, 1, 'bachelor'],
      [7, 0, null],
    ]);
  });

  it('keeps one route per point and drops dominated ones', () => {
    const g = graphOf([
      ['a', 'b', 1, ['x']],
      ['b', 'c', 1],
      ['a', 'c', 2, ['x', 'y']],
    ]);
    expect(paretoRoutes(g, 'a', 'c').map((r) => r.roles)).toEqual([['a', 'b', 'c']]);
  });
});

describe('reachableWithin', () => {
  it('lists every role within N years with its fastest route, fastest first', () => {
    const got = reachableWithin(buildGraph(miniDataset()), 'tech', 4);
    expect(got.map((r) => [r.role, r.route.totalYears.typical])).toEqual([
      ['coder', 1],
      ['manager', 4],
    ]);
  });

  it('sorts by end salary when asked, unknown salaries last', () => {
    const salary: Record<string, number> = { manager: 70000 };
    const got = reachableWithin(buildGraph(miniDataset()), 'tech', 10, {
      sortBy: 'salary_end',
      salaryOf: (id) => salary[id],
    });
    expect(got.map((r) => [r.role, r.route.cost])).toEqual([
      ['manager', 70000],
      ['coder', null],
    ]);
  });
});

describe('what a route carries from role to role', () => {
  it('keeps a credential that the next moves do not read but a later one does: sat once, met again three moves on', () => {
    const g = graphOf([
      ['a', 'b', 1, ['cca']],
      ['b', 'c', 1],
      ['c', 'd', 1],
      ['d', 'e', 1, ['cca']],
    ]);
    const [route] = kBestRoutes(g, 'a', 'e', { objective: 'credentials' });
    expect(route).toMatchObject({ newCredentials: ['cca'], steps: 1 });
    expect(route!.moves[3]!.requirements).toEqual([{ kind: 'credential', id: 'cca', met: true, strength: 'typical' }]);
    expect(reachableWithin(g, 'a', 10).find((r) => r.role === 'e')?.route.steps).toBe(1);
  });

  it('reaches a role only the slower way into a settled role opens: the experience gathered on it counts', () => {
    // a → b directly is fastest, but only the way through c (two years of coding there) meets b → d's rule.
    const g = graphOf([
      ['a', 'b', 1],
      ['a', 'c', 2],
      ['c', 'b', 2],
      ['b', 'd', 1],
    ]);
    g.setNodeAttribute('c', 'experience', ['coding']);
    g.mergeEdgeAttributes('b-d', { requires: { credentials: [], experience: [{ kind: 'coding', years: 2 }] } });
    const got = reachableWithin(g, 'a', 6);
    expect(got.map((r) => [r.role, r.route.totalYears.typical])).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 5],
    ]);
    expect(got[2]!.route.roles).toEqual(['a', 'c', 'b', 'd']);
  });
});

describe('explainNoRoute', () => {
  const g = graphOf([
    ['a', 'b', 2, [], 'bachelor'],
    ['b', 'c', 5],
    ['a', 'd', 1],
    ['d', 'c', 7, [], 'master'],
  ]);

  it('returns null when a route exists', () => {
    expect(explainNoRoute(g, 'a', 'c')).toBeNull();
  });

  it('names the education every route needs and the ceiling that opens one', () => {
    const e = explainNoRoute(g, 'a', 'c', { educationCeiling: 'associate' })!;
    expect(e.message).toBe("Every route needs a bachelor's degree; your education ceiling is an associate degree.");
    expect(e.fixes).toEqual([expect.objectContaining({ kind: 'raise_ceiling', educationCeiling: 'bachelor' })]);
  });

  it('says how long the fastest route takes when every route is too long', () => {
    const e = explainNoRoute(g, 'a', 'c', { maxYears: 5 })!;
    expect(e.message).toBe('Every route takes more than 5 years (fastest: 7 years).');
    expect(e.fixes).toEqual([expect.objectContaining({ kind: 'allow_years', years: 7 })]);
  });

  it('combines an education block with a time limit', () => {
    const e = explainNoRoute(g, 'a', 'c', { educationCeiling: 'associate', maxYears: 6 })!;
    expect(e.reasons).toEqual(['education', 'max_years']);
    expect(e.message).toMatch(/Even then, the fastest route takes 7 years, more than your limit of 6 years\./);
  });

  it('names avoided roles that block every route', () => {
    const e = explainNoRoute(g, 'a', 'c', { avoid: ['b', 'd'] })!;
    expect(e.reasons).toEqual(['avoided']);
    expect(e.message).toBe('The roles you avoid block every route; the fastest one passes through B.');
    expect(e.fixes).toEqual([expect.objectContaining({ kind: 'stop_avoiding', roles: ['b'] })]);
  });

  it('says when the destination cannot be reached in the map at all, or is avoided, or is the start', () => {
    expect(explainNoRoute(g, 'c', 'a')!.message).toBe('No route: A cannot be reached from C in this map.');
    expect(explainNoRoute(g, 'a', 'c', { avoid: ['c'] })!.message).toBe(
      'You asked to avoid C, the destination itself.',
    );
    expect(explainNoRoute(g, 'a', 'a')!.reasons).toEqual(['same_role']);
  });
});

describe('index cache', () => {
  it('sees moves added, changed and dropped after a first search', () => {
    const g = graphOf([
      ['a', 'b', 3],
      ['b', 'c', 3],
    ]);
    expect(kBestRoutes(g, 'a', 'c')[0]!.totalYears.typical).toBe(6);
    g.addDirectedEdgeWithKey('a-c', 'a', 'c', {
      ...g.getEdgeAttributes('a-b'),
      years: { typical: 4, low: 4, high: 4, estimated: false },
    });
    expect(kBestRoutes(g, 'a', 'c')[0]!.roles).toEqual(['a', 'c']);
    g.setEdgeAttribute('a-c', 'years', { typical: 9, low: 9, high: 9, estimated: false });
    expect(kBestRoutes(g, 'a', 'c')[0]!.roles).toEqual(['a', 'b', 'c']);
    g.updateEachEdgeAttributes((_e, attr) => ({ ...attr, requiresCredentials: ['x'] }));
    expect(kBestRoutes(g, 'a', 'c', { objective: 'credentials' })[0]!.newCredentials).toEqual(['x']);
    g.dropNode('b');
    expect(kBestRoutes(g, 'a', 'c').map((r) => r.roles)).toEqual([['a', 'c']]);
  });
});
