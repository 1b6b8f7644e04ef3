/**
 * Property tests for the route algorithms on random small graphs with random eligibility rules
 * (programs, credentials that need programs, education, other credentials and experience, moves
 * with alternatives, roles that give experience, first jobs from NO_JOB, implausible moves),
 * checked against brute force: every simple path, costed by trying every combination of the
 * ways to meet each move's requirement (no pruning), then sorted.
 */
import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  EDUCATION_LEVELS,
  EXPERIENCE_KINDS,
  type Entry,
  type Gate,
  type HiringRule,
  type Program,
  type Requires,
} from '../../src/data/schema';
import {
  NO_JOB,
  explainNoRoute,
  kBestRoutes,
  paretoRoutes,
  reachableWithin,
  type Constraints,
  type Route,
} from '../../src/graph/routes';
import { resolveConstraints } from '../../src/graph/routes/constraints';
import { qualify, type PersonState } from '../../src/graph/routes/qualify';
import { buildRouteIndex } from '../../src/graph/routes/route-index';
import { expand, startLabel, type Label } from '../../src/graph/routes/search';
import type { CareerGraph, CareerGraphAttributes, MoveEdgeAttributes, RoleNodeAttributes } from '../../src/graph/types';
import { testMove, testRole } from '../fixtures/tiny-graph';

const EPS = 1e-9;
const CREDS = ['a', 'b', 'c'];
const PROGRAMS: Program[] = [
  {
    id: 'cert',
    name: 'Certificate',
    entry: 'high_school',
    grants: 'certificate',
    years: { typical: 1, low: 0.5, high: 1 },
    basis: 'test',
    sources: ['s'],
  },
  {
    id: 'assoc',
    name: 'Associate',
    entry: 'high_school',
    grants: 'associate',
    years: { typical: 2, low: 2, high: 3 },
    basis: 'test',
    sources: ['s'],
  },
  {
    id: 'spec_assoc',
    name: 'Special associate',
    entry: 'high_school',
    grants: 'associate',
    countsAs: ['assoc'],
    years: { typical: 2, low: 2, high: 3 },
    basis: 'test',
    sources: ['s'],
  },
  {
    id: 'bach',
    name: 'Bachelor',
    entry: 'high_school',
    grants: 'bachelor',
    years: { typical: 4, low: 4, high: 6 },
    basis: 'test',
    sources: ['s'],
  },
  {
    id: 'completion',
    name: 'Completion',
    entry: 'associate',
    grants: 'bachelor',
    countsAs: ['bach'],
    years: { typical: 2, low: 2, high: 3 },
    basis: 'test',
    sources: ['s'],
  },
  {
    id: 'post',
    name: 'Post-bacc',
    entry: 'bachelor',
    years: { typical: 1, low: 0.5, high: 1.5 },
    basis: 'test',
    sources: ['s'],
  },
];
const PROGRAM_IDS = ['cert', 'spec_assoc', 'post', 'bach'];
const LEVELS = ['high_school', 'certificate', 'associate', 'bachelor', 'master'] as const;

const gateArb: fc.Arbitrary<Gate> = fc
  .record({
    education: fc.option(fc.constantFrom(...LEVELS), { nil: undefined, freq: 3 }),
    programs: fc.oneof(
      { arbitrary: fc.constant([] as string[]), weight: 3 },
      { arbitrary: fc.subarray(PROGRAM_IDS, { minLength: 1, maxLength: 1 }), weight: 1 },
    ),
    credentials: fc.oneof(
      { arbitrary: fc.constant([] as string[]), weight: 3 },
      { arbitrary: fc.subarray(CREDS, { minLength: 1, maxLength: 1 }), weight: 1 },
    ),
    experience: fc.oneof(
      { arbitrary: fc.constant([] as { kind: (typeof EXPERIENCE_KINDS)[number]; years: number }[]), weight: 3 },
      {
        arbitrary: fc
          .record({ kind: fc.constantFrom('coding', 'cdi'), years: fc.integer({ min: 1, max: 8 }).map((h) => h / 2) })
          .map((e) => [e]),
        weight: 1,
      },
    ),
  })
  .map(
    (g) =>
      Object.fromEntries(
        Object.entries(g).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
      ) as Gate,
  );

const requiresArb: fc.Arbitrary<Requires> = fc.oneof(
  { arbitrary: fc.constant({ credentials: [] } as Requires), weight: 3 },
  { arbitrary: gateArb.map((g) => ({ ...g, credentials: g.credentials ?? [] })), weight: 2 },
  {
    arbitrary: fc.array(gateArb, { minLength: 1, maxLength: 3 }).map((anyOf) => ({ credentials: [], anyOf })),
    weight: 1,
  },
);

/**
 * Hiring rules of a role, so that moves are derived into it (derived-moves.ts: every role here is
 * an entry-level records job, so any role may move into one that states its rules): one or two
 * rules of one to three alternatives, required, typical or recommended.
 */
const hiringArb: fc.Arbitrary<HiringRule[]> = fc.array(
  fc.record({
    strength: fc.constantFrom('required', 'typical', 'recommended') as fc.Arbitrary<HiringRule['strength']>,
    anyOf: fc.array(gateArb, { minLength: 1, maxLength: 3 }),
    sources: fc.constant(['s']),
  }),
  { minLength: 1, maxLength: 2 },
);

const edgeArb = fc.record({
  halfYears: fc.integer({ min: 0, max: 8 }),
  lowOff: fc.integer({ min: 0, max: 2 }),
  highOff: fc.integer({ min: 0, max: 2 }),
  requires: requiresArb,
  plausible: fc.oneof({ arbitrary: fc.constant(true), weight: 6 }, { arbitrary: fc.constant(false), weight: 1 }),
  estimated: fc.boolean(),
});

interface Case {
  graph: CareerGraph;
  n: number;
  from: string;
  to: string;
  k: number;
  constraints: Constraints;
}

const caseArb: fc.Arbitrary<Case> = fc.integer({ min: 3, max: 6 }).chain((n) =>
  fc
    .record({
      edges: fc.array(fc.oneof({ arbitrary: fc.constant(null), weight: 1 }, { arbitrary: edgeArb, weight: 1 }), {
        minLength: n * n,
        maxLength: n * n,
      }),
      kinds: fc.array(fc.subarray(['coding', 'cdi'] as const), { minLength: n, maxLength: n }),
      hiring: fc.array(fc.option(hiringArb, { nil: null, freq: 3 }), { minLength: n, maxLength: n }),
      credRules: fc.array(fc.option(fc.array(gateArb, { minLength: 1, maxLength: 3 }), { nil: null }), {
        minLength: CREDS.length,
        maxLength: CREDS.length,
      }),
      entries: fc.array(fc.option(requiresArb, { nil: null, freq: 2 }), { minLength: n, maxLength: n }),
      fromNoJob: fc.oneof({ arbitrary: fc.constant(false), weight: 2 }, { arbitrary: fc.constant(true), weight: 1 }),
      from: fc.nat(n - 1),
      toOffset: fc.integer({ min: 1, max: n - 1 }),
      k: fc.integer({ min: 1, max: 5 }),
      held: fc.subarray(CREDS),
      education: fc.constantFrom(...LEVELS),
      heldPrograms: fc.subarray(PROGRAM_IDS, { maxLength: 1 }),
      ceiling: fc.oneof(
        { arbitrary: fc.constant('doctorate' as const), weight: 2 },
        { arbitrary: fc.constantFrom(...EDUCATION_LEVELS), weight: 1 },
      ),
      maxYears: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 2 },
        { arbitrary: fc.integer({ min: 0, max: 16 }), weight: 1 },
      ),
      avoid: fc.subarray(
        Array.from({ length: n }, (_, i) => i),
        { maxLength: 1 },
      ),
      study: fc.constantFrom('part_time', 'full_time') as fc.Arbitrary<'part_time' | 'full_time'>,
      implausible: fc.boolean(),
      relax: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
    })
    .map((r) => {
      const graph: CareerGraph = new Graph<RoleNodeAttributes, MoveEdgeAttributes, CareerGraphAttributes>({
        type: 'directed',
        multi: false,
        allowSelfLoops: false,
      });
      for (let i = 0; i < n; i++) {
        const hiring = r.hiring[i];
        graph.addNode(
          `r${i}`,
          testRole({ label: `Role ${i}`, experience: r.kinds[i]!, ...(hiring ? { hiring } : {}), x: i }),
        );
      }
      r.edges.forEach((e, i) => {
        const from = Math.floor(i / n);
        const to = i % n;
        if (!e || from === to) return;
        const typical = e.halfYears / 2;
        graph.addDirectedEdgeWithKey(
          `e${from}_${to}`,
          `r${from}`,
          `r${to}`,
          testMove(typical, {
            years: {
              typical,
              low: Math.max(0, typical - e.lowOff / 2),
              high: typical + e.highOff / 2,
              estimated: e.estimated,
              ...(e.estimated ? { method: 'test' } : {}),
            },
            requiresCredentials: e.requires.credentials,
            requires: e.requires,
            plausible: e.plausible,
          }),
        );
      });
      const entries: Entry[] = r.entries.flatMap((req, i) =>
        req ? [{ id: `in${i}`, role: `r${i}`, requires: req, sources: ['s'] }] : [],
      );
      graph.replaceAttributes({
        programs: PROGRAMS,
        credentialRules: Object.fromEntries(r.credRules.flatMap((g, i) => (g ? [[CREDS[i]!, g]] : []))),
        entries,
      });
      const to = (r.from + r.toOffset) % n;
      const from = r.fromNoJob && entries.length ? NO_JOB : `r${r.from}`;
      const constraints: Constraints = {
        heldCredentials: r.held,
        education: r.education,
        educationCeiling: r.ceiling,
        heldPrograms: r.heldPrograms,
        avoid: r.avoid.filter((i) => i !== to).map((i) => `r${i}`),
        study: r.study,
        includeImplausible: r.implausible,
        relaxTypical: r.relax,
        ...(r.maxYears !== undefined ? { maxYears: r.maxYears } : {}),
      };
      return { graph, n, from, to: `r${to}`, k: r.k, constraints };
    }),
);

interface Costed {
  roles: string[];
  /** Every (years, steps) a way of meeting the requirements along the path gives, within maxYears. */
  options: { years: number; steps: number }[];
}

/** Every simple path from the case's start (to every role), each with all its costings, no pruning. */
function allPaths(c: Case, limit = c.constraints.maxYears ?? Infinity): Costed[] {
  const built = buildRouteIndex(c.graph, resolveConstraints('test', c.graph, c.constraints));
  // The ways to meet each requirement enumerated afresh for the full state, not through the
  // index's memo (keyed on only what the requirement names): so the memo is checked too.
  const index = {
    ...built,
    options: (r: number, state: PersonState) =>
      qualify(
        built.rules,
        state,
        built.rules.requirements[r]!,
        built.constraints.ceilingRank,
        built.constraints.relaxTypical,
      ),
  };
  const out: Costed[] = [];
  const walk = (nodes: number[], labels: Label[]) => {
    const u = nodes[nodes.length - 1]!;
    for (let e = index.outStart[u]!; e < index.outStart[u + 1]!; e++) {
      const v = index.target[e]!;
      if (nodes.includes(v)) continue;
      const next = labels.flatMap((l) => expand(index, l, e, null, false)).filter((l) => l.years <= limit + EPS);
      if (!next.length) continue;
      const path = [...nodes, v];
      out.push({
        roles: path.map((i) => index.ids[i]!),
        options: next.map((l) => ({ years: l.years, steps: l.steps })),
      });
      walk(path, next);
    }
  };
  const s = index.indexOf.get(c.from)!;
  walk([s], [startLabel(index, s, null)]);
  return out;
}

const byYears = (a: { years: number; steps: number }, b: { years: number; steps: number }) =>
  Math.abs(a.years - b.years) > EPS ? a.years - b.years : a.steps - b.steps;
const bySteps = (a: { years: number; steps: number }, b: { years: number; steps: number }) =>
  a.steps - b.steps || (Math.abs(a.years - b.years) > EPS ? a.years - b.years : 0);

function checkRouteShape(c: Case, route: Route): void {
  expect(route.roles[0]).toBe(c.from);
  expect(new Set(route.roles).size).toBe(route.roles.length);
  expect(route.moves.length).toBe(route.roles.length - 1);
  let typical = 0;
  route.moves.forEach((m, i) => {
    expect([m.from, m.to]).toEqual([route.roles[i], route.roles[i + 1]]);
    expect(c.constraints.avoid).not.toContain(m.to);
    // A derived move (no listed one) leads only into a role that states its hiring rules.
    if (m.derived) expect(c.graph.getNodeAttribute(m.to, 'hiring')?.length).toBeGreaterThan(0);
    else if (m.from !== NO_JOB) {
      expect(c.graph.extremities(m.edge)).toEqual([m.from, m.to]);
      if (!c.constraints.includeImplausible) expect(c.graph.getEdgeAttribute(m.edge, 'plausible')).toBe(true);
    }
    // The step's clock is never shorter than its job years (study and experience only add).
    expect(m.years.typical).toBeGreaterThanOrEqual(m.job.typical - EPS);
    expect(m.years.low).toBeLessThanOrEqual(m.years.typical + EPS);
    expect(m.years.typical).toBeLessThanOrEqual(m.years.high + EPS);
    typical += m.years.typical;
  });
  expect(route.totalYears.typical).toBeCloseTo(typical, 9);
  expect(route.totalYears.typical).toBeLessThanOrEqual((c.constraints.maxYears ?? Infinity) + EPS);
  expect(route.newCredentials.filter((x) => (c.constraints.heldCredentials ?? []).includes(x))).toEqual([]);
}

// Fixed seed for a reproducible suite; ROUTES_PROPERTY_RUNS / ROUTES_PROPERTY_SEED widen a local stress run.
const RUNS = {
  numRuns: Number(process.env.ROUTES_PROPERTY_RUNS ?? 150),
  seed: Number(process.env.ROUTES_PROPERTY_SEED ?? 20261130),
};

describe('kBestRoutes (property, random rules)', () => {
  it.each(['years', 'credentials'] as const)(
    'returns the k best simple paths by %s, as brute force does',
    (objective) => {
      fc.assert(
        fc.property(caseArb, (c) => {
          const order = objective === 'years' ? byYears : bySteps;
          const routes = kBestRoutes(c.graph, c.from, c.to, { ...c.constraints, k: c.k, objective });
          const brute = allPaths(c)
            .filter((p) => p.roles[p.roles.length - 1] === c.to)
            .map((p) => ({ roles: p.roles, ...p.options.sort(order)[0]! }))
            .sort(order);
          expect(routes.length).toBe(Math.min(c.k, brute.length));
          expect(new Set(routes.map((r) => r.roles.join('>'))).size).toBe(routes.length);
          routes.forEach((route, i) => {
            checkRouteShape(c, route);
            expect(route.roles[route.roles.length - 1]).toBe(c.to);
            const got = { years: route.totalYears.typical, steps: route.steps };
            expect(order(got, brute[i]!)).toBeCloseTo(0, 9);
            // The route is costed at its own best: no way along the same roles beats it.
            const same = brute.find((b) => b.roles.join('>') === route.roles.join('>'))!;
            expect(order(got, same)).toBeCloseTo(0, 9);
          });
        }),
        RUNS,
      );
    },
  );
});

describe('paretoRoutes (property, random rules)', () => {
  it('returns exactly the brute-force Pareto front over (years, steps)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const routes = paretoRoutes(c.graph, c.from, c.to, c.constraints);
        const points = allPaths(c)
          .filter((p) => p.roles[p.roles.length - 1] === c.to)
          .flatMap((p) => p.options);
        const dominates = (a: { years: number; steps: number }, b: { years: number; steps: number }) =>
          a.years <= b.years + EPS && a.steps <= b.steps && (a.years < b.years - EPS || a.steps < b.steps);
        const key = (x: { years: number; steps: number }) => `${x.years.toFixed(6)}/${x.steps}`;
        const front = [...new Set(points.filter((p) => !points.some((q) => dominates(q, p))).map(key))].sort();
        const got = routes.map((r) => ({ years: r.totalYears.typical, steps: r.steps }));
        expect([...new Set(got.map(key))].sort()).toEqual(front);
        expect(routes.length).toBe(front.length);
        for (const r of routes) checkRouteShape(c, r);
      }),
      RUNS,
    );
  });
});

describe('reachableWithin (property, random rules)', () => {
  it('lists exactly the roles brute force reaches within N years, each at its fewest years', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 10 }), (c, years) => {
        const got = reachableWithin(c.graph, c.from, years, c.constraints);
        const limit = Math.min(years, c.constraints.maxYears ?? Infinity);
        const best = new Map<string, number>();
        for (const p of allPaths(c, limit)) {
          const end = p.roles[p.roles.length - 1]!;
          best.set(end, Math.min(best.get(end) ?? Infinity, ...p.options.map((o) => o.years)));
        }
        expect(got.map((r) => r.role).sort()).toEqual([...best.keys()].sort());
        for (const r of got) {
          expect(r.route.totalYears.typical).toBeCloseTo(best.get(r.role)!, 9);
          checkRouteShape(c, r.route);
        }
      }),
      RUNS,
    );
  });
});

describe('explainNoRoute (property, random rules)', () => {
  it('explains exactly when there is no route, and its fixes open one', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const explanation = explainNoRoute(c.graph, c.from, c.to, c.constraints);
        const hasRoute = kBestRoutes(c.graph, c.from, c.to, { ...c.constraints, k: 1 }).length > 0;
        expect(explanation === null).toBe(hasRoute);
        if (!explanation) return;
        expect(explanation.message.length).toBeGreaterThan(0);
        if (explanation.reasons.includes('unreachable')) return;
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
