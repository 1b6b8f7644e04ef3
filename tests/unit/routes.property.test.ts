/**
 * Property tests for the route algorithms on random small graphs, checked against a
 * brute-force enumeration of every simple path and an independent cost definition.
 */
import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, type EducationLevel } from '../../src/data/schema';
import { explainNoRoute, kBestRoutes, paretoRoutes, reachableWithin, type Constraints, type Route } from '../../src/graph/routes';
import type { CareerGraph, MoveEdgeAttributes, RoleNodeAttributes } from '../../src/graph/types';

const CREDS = ['a', 'b', 'c'];
const rank = (l: EducationLevel) => EDUCATION_LEVELS.indexOf(l);
const EPS = 1e-9;

interface Case {
  graph: CareerGraph;
  n: number;
  from: string;
  to: string;
  k: number;
  constraints: Constraints;
}

const edgeArb = fc.record({
  halfYears: fc.integer({ min: 0, max: 10 }),
  lowOff: fc.integer({ min: 0, max: 2 }),
  highOff: fc.integer({ min: 0, max: 2 }),
  creds: fc.oneof(fc.constant([] as string[]), fc.subarray(CREDS, { minLength: 1, maxLength: 2 })),
  education: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.constantFrom(...EDUCATION_LEVELS), weight: 1 }),
  estimated: fc.boolean(),
});

/** n roles; each ordered pair is a move with probability ~0.5; constraints lean permissive so most cases have routes. */
const caseArb: fc.Arbitrary<Case> = fc.integer({ min: 3, max: 8 }).chain((n) =>
  fc
    .record({
      edges: fc.array(fc.oneof(fc.constant(null), edgeArb), { minLength: n * n, maxLength: n * n }),
      from: fc.nat(n - 1),
      toOffset: fc.integer({ min: 1, max: n - 1 }),
      // Rare on purpose: the start as destination, and avoiding the destination itself.
      same: fc.oneof({ arbitrary: fc.constant(false), weight: 15 }, { arbitrary: fc.constant(true), weight: 1 }),
      avoidTo: fc.oneof({ arbitrary: fc.constant(false), weight: 10 }, { arbitrary: fc.constant(true), weight: 1 }),
      k: fc.integer({ min: 1, max: 6 }),
      held: fc.subarray(CREDS),
      education: fc.constantFrom(...EDUCATION_LEVELS),
      ceiling: fc.oneof({ arbitrary: fc.constant('doctorate' as const), weight: 2 }, { arbitrary: fc.constantFrom(...EDUCATION_LEVELS), weight: 1 }),
      maxYears: fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: fc.integer({ min: 0, max: 20 }), weight: 1 }),
      avoid: fc.subarray(Array.from({ length: n }, (_, i) => i), { maxLength: 2 }),
    })
    .map((r) => {
      const to = r.same ? r.from : (r.from + r.toOffset) % n;
      const graph: CareerGraph = new Graph<RoleNodeAttributes, MoveEdgeAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
      for (let i = 0; i < n; i++) graph.addNode(`r${i}`, { label: `Role ${i}`, track: 'records', level: 'entry', outOfScope: false, x: i, y: 0, size: 1, color: '#000' });
      r.edges.forEach((e, i) => {
        const from = Math.floor(i / n);
        const to = i % n;
        if (!e || from === to) return;
        const typical = e.halfYears / 2;
        graph.addDirectedEdgeWithKey(`e${from}_${to}`, `r${from}`, `r${to}`, {
          kind: 'advancement',
          years: { typical, low: Math.max(0, typical - e.lowOff / 2), high: typical + e.highOff / 2, estimated: e.estimated, ...(e.estimated ? { method: 'test' } : {}) },
          requiresCredentials: e.creds,
          ...(e.education ? { requiresEducation: e.education } : {}),
          size: 1,
          color: '#000',
          type: 'arrow',
        });
      });
      const constraints: Constraints = {
        heldCredentials: r.held,
        education: r.education,
        educationCeiling: r.ceiling,
        avoid: r.avoid.filter((i) => r.avoidTo || i !== to).map((i) => `r${i}`),
        ...(r.maxYears !== undefined ? { maxYears: r.maxYears } : {}),
      };
      return { graph, n, from: `r${r.from}`, to: `r${to}`, k: r.k, constraints };
    }),
);

interface Brute {
  roles: string[];
  years: number;
  steps: number;
}

/** Independent cost: distinct credentials not held, plus one if any move needs more education than held. */
function bruteCost(c: Case, roles: string[]): Brute {
  const held = new Set(c.constraints.heldCredentials);
  const creds = new Set<string>();
  let years = 0;
  let education = false;
  for (let i = 0; i + 1 < roles.length; i++) {
    const a = c.graph.getDirectedEdgeAttributes(roles[i]!, roles[i + 1]!);
    years += a.years.typical;
    for (const cr of a.requiresCredentials) if (!held.has(cr)) creds.add(cr);
    if (a.requiresEducation && rank(a.requiresEducation) > rank(c.constraints.education)) education = true;
  }
  return { roles, years, steps: creds.size + (education ? 1 : 0) };
}

function moveAllowed(c: Case, from: string, to: string): boolean {
  const a = c.graph.getDirectedEdgeAttributes(from, to);
  const ceiling = Math.max(rank(c.constraints.educationCeiling), rank(c.constraints.education));
  return !c.constraints.avoid.includes(to) && (!a.requiresEducation || rank(a.requiresEducation) <= ceiling);
}

/** Every simple, allowed path from `from` (to every role), within maxYears. */
function allPaths(c: Case, from: string): Brute[] {
  const out: Brute[] = [];
  const limit = c.constraints.maxYears ?? Infinity;
  const walk = (path: string[]) => {
    const cost = bruteCost(c, path);
    if (cost.years > limit + EPS) return;
    if (path.length > 1) out.push(cost);
    c.graph.forEachOutNeighbor(path[path.length - 1]!, (next) => {
      if (!path.includes(next) && moveAllowed(c, path[path.length - 1]!, next)) walk([...path, next]);
    });
  };
  walk([from]);
  return out;
}

const byYears = (a: Brute, b: Brute) => a.years - b.years || a.steps - b.steps;
const bySteps = (a: Brute, b: Brute) => a.steps - b.steps || a.years - b.years;

function checkRouteShape(c: Case, route: Route): void {
  expect(route.roles[0]).toBe(c.from);
  expect(route.roles[route.roles.length - 1]).toBe(c.to);
  expect(new Set(route.roles).size).toBe(route.roles.length);
  expect(route.moves.length).toBe(route.roles.length - 1);
  const ceiling = Math.max(rank(c.constraints.educationCeiling), rank(c.constraints.education));
  let typical = 0;
  let low = 0;
  let high = 0;
  route.moves.forEach((m, i) => {
    expect([m.from, m.to]).toEqual([route.roles[i], route.roles[i + 1]]);
    expect(c.graph.extremities(m.edge)).toEqual([m.from, m.to]);
    expect(c.constraints.avoid).not.toContain(m.to);
    const edu = c.graph.getEdgeAttribute(m.edge, 'requiresEducation');
    if (edu) expect(rank(edu)).toBeLessThanOrEqual(ceiling);
    for (const r of m.requirements) if (r.kind === 'credential' && c.constraints.heldCredentials.includes(r.id)) expect(r.met).toBe(true);
    typical += m.years.typical;
    low += m.years.low;
    high += m.years.high;
  });
  expect(route.totalYears.typical).toBeCloseTo(typical, 9);
  expect(route.totalYears.low).toBeCloseTo(low, 9);
  expect(route.totalYears.high).toBeCloseTo(high, 9);
  expect(route.totalYears.low).toBeLessThanOrEqual(route.totalYears.typical + EPS);
  expect(route.totalYears.typical).toBeLessThanOrEqual(route.totalYears.high + EPS);
  expect(route.totalYears.typical).toBeLessThanOrEqual((c.constraints.maxYears ?? Infinity) + EPS);
  expect(route.estimated).toBe(route.moves.some((m) => m.years.estimated));
  const unmetCreds = route.moves.flatMap((m) => m.requirements.filter((r) => r.kind === 'credential' && !r.met).map((r) => r.id));
  expect(unmetCreds).toEqual(route.newCredentials);
  const independent = bruteCost(c, route.roles);
  expect(route.steps).toBe(independent.steps);
  expect(route.steps).toBe(route.newCredentials.length + (route.newEducation ? 1 : 0));
}

// Fixed seed for a reproducible suite; ROUTES_PROPERTY_RUNS / ROUTES_PROPERTY_SEED widen a local stress run.
const RUNS = { numRuns: Number(process.env.ROUTES_PROPERTY_RUNS ?? 200), seed: Number(process.env.ROUTES_PROPERTY_SEED ?? 20240611) };

describe('kBestRoutes (property)', () => {
  it.each(['years', 'credentials'] as const)('returns the k best simple paths by %s, as brute force does', (objective) => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const routes = kBestRoutes(c.graph, c.from, c.to, { ...c.constraints, k: c.k, objective });
        const brute = c.from === c.to ? [] : allPaths(c, c.from).filter((p) => p.roles[p.roles.length - 1] === c.to);
        const order = objective === 'years' ? byYears : bySteps;
        const expected = brute.sort(order).slice(0, c.k);
        expect(routes.length).toBe(expected.length);
        expect(new Set(routes.map((r) => r.roles.join('>'))).size).toBe(routes.length);
        routes.forEach((route, i) => {
          checkRouteShape(c, route);
          const want = expected[i]!;
          if (objective === 'years') expect(route.totalYears.typical).toBeCloseTo(want.years, 9);
          else expect([route.steps, route.totalYears.typical]).toEqual([want.steps, want.years]);
          expect(route.cost).toBe(objective === 'years' ? route.totalYears.typical : route.steps);
          if (i > 0) {
            const prev = routes[i - 1]!;
            const cmp = order(bruteCost(c, prev.roles), bruteCost(c, route.roles));
            expect(cmp).toBeLessThanOrEqual(0);
            if (cmp === 0) expect(prev.roles.join('>') < route.roles.join('>')).toBe(true);
          }
        });
      }),
      RUNS,
    );
  });
});

describe('paretoRoutes (property)', () => {
  it('returns exactly the brute-force Pareto front over (years, steps), with no dominated route', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const routes = paretoRoutes(c.graph, c.from, c.to, c.constraints);
        const brute = c.from === c.to ? [] : allPaths(c, c.from).filter((p) => p.roles[p.roles.length - 1] === c.to);
        const dominates = (a: { years: number; steps: number }, b: { years: number; steps: number }) =>
          a.years <= b.years + EPS && a.steps <= b.steps && (a.years < b.years - EPS || a.steps < b.steps);
        const front = brute.filter((p) => !brute.some((q) => dominates(q, p)));
        const points = (xs: { years: number; steps: number }[]) => [...new Set(xs.map((x) => `${x.years}/${x.steps}`))].sort();
        const got = routes.map((r) => ({ years: r.totalYears.typical, steps: r.steps }));
        expect(points(got)).toEqual(points(front));
        expect(routes.length).toBe(points(got).length);
        for (const r of routes) checkRouteShape(c, r);
        for (const a of got) for (const b of got) expect(dominates(a, b)).toBe(false);
        for (let i = 1; i < got.length; i++) expect(got[i]!.years).toBeGreaterThan(got[i - 1]!.years);
      }),
      RUNS,
    );
  });
});

describe('reachableWithin (property)', () => {
  it('lists exactly the roles brute force reaches within N years, each at its fewest years', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 12 }), (c, years) => {
        const got = reachableWithin(c.graph, c.from, years, c.constraints);
        const limit = Math.min(years, c.constraints.maxYears ?? Infinity);
        const best = new Map<string, number>();
        for (const p of allPaths(c, c.from)) {
          const end = p.roles[p.roles.length - 1]!;
          if (p.years <= limit + EPS) best.set(end, Math.min(best.get(end) ?? Infinity, p.years));
        }
        expect(got.map((r) => r.role).sort()).toEqual([...best.keys()].sort());
        for (const r of got) {
          expect(r.route.totalYears.typical).toBeCloseTo(best.get(r.role)!, 9);
          checkRouteShape({ ...c, to: r.role }, r.route);
        }
        for (let i = 1; i < got.length; i++) expect(got[i]!.route.totalYears.typical).toBeGreaterThanOrEqual(got[i - 1]!.route.totalYears.typical);
      }),
      RUNS,
    );
  });
});

describe('explainNoRoute (property)', () => {
  it('explains exactly when there is no route, and its fixes open one', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const explanation = explainNoRoute(c.graph, c.from, c.to, c.constraints);
        const hasRoute = c.from !== c.to && kBestRoutes(c.graph, c.from, c.to, { ...c.constraints, k: 1 }).length > 0;
        expect(explanation === null).toBe(hasRoute);
        if (!explanation) return;
        expect(explanation.message.length).toBeGreaterThan(0);
        if (explanation.reasons.includes('unreachable') || explanation.reasons.includes('same_role')) return;
        const relaxed: Constraints = { ...c.constraints, avoid: [...c.constraints.avoid] };
        for (const fix of explanation.fixes) {
          if (fix.kind === 'raise_ceiling') relaxed.educationCeiling = fix.educationCeiling!;
          if (fix.kind === 'allow_years') relaxed.maxYears = fix.years!;
          if (fix.kind === 'stop_avoiding') relaxed.avoid = relaxed.avoid.filter((r) => !fix.roles!.includes(r));
        }
        expect(kBestRoutes(c.graph, c.from, c.to, { ...relaxed, k: 1 }).length).toBe(1);
      }),
      RUNS,
    );
  });
});
