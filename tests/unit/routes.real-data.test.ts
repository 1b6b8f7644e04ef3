/**
 * Route algorithms on the built-in dataset (src/data/careers.json), following the transitions
 * proposed in shared research §5.2: management needs a bachelor's and the RHIA (T26–T28),
 * coding moves need coding credentials (T9–T12), technicians move to coding quickly (T9).
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { explainNoRoute, kBestRoutes, paretoRoutes, reachableWithin, type Route } from '../../src/graph/routes';

const model = createModel(builtinDataset);
const graph = model.graph;
const credentialIds = new Set(builtinDataset.credentials.map((c) => c.id));

/** Latest national annual median for a role, as a plain figure (no inflation adjustment). */
function salaryOf(role: string): number | undefined {
  const figures = (model.salariesByRole.get(role) ?? []).filter(
    (s) => s.statistic === 'median' && s.period === 'annual' && s.scope === 'national' && s.year !== null,
  );
  figures.sort((a, b) => b.year! - a.year!);
  return figures[0]?.value;
}

const requirementIds = (r: Route, kind: 'credential' | 'education') =>
  r.moves.flatMap((m) => m.requirements.filter((q) => q.kind === kind).map((q) => q.id));

describe('routes on the built-in dataset', () => {
  it("technician → HIM manager: every route needs a bachelor's-level HIM program and the RHIA (§5.2 T26/T28)", () => {
    const routes = kBestRoutes(graph, 'hit', 'him_manager');
    expect(routes.length).toBeGreaterThanOrEqual(2);
    for (const r of routes) {
      expect(r.newEducation).toBe('bachelor');
      expect(r.newCredentials).toContain('rhia');
      expect(
        r.newPrograms.some(
          (p) => p.startsWith('him_bachelor') || p === 'him_master' || p === 'post_bacc_him_certificate',
        ),
      ).toBe(true);
      expect(r.steps).toBe(r.newCredentials.length + r.newPrograms.length);
      for (const id of r.newCredentials) expect(credentialIds.has(id)).toBe(true);
    }
    const years = routes.map((r) => r.totalYears.typical);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it("holding the RHIA and a bachelor's removes them from the cost, reported as met", () => {
    const routes = kBestRoutes(graph, 'hit', 'him_manager', {
      heldCredentials: ['rhia', 'rhit'],
      education: 'bachelor',
      objective: 'credentials',
    });
    expect(routes[0]!.steps).toBe(0);
    for (const r of routes) {
      expect(r.newCredentials).not.toContain('rhia');
      expect(r.newEducation).toBeNull();
      const held = r.moves.flatMap((m) => m.requirements).filter((q) => q.id === 'rhia' || q.id === 'bachelor');
      expect(held.length).toBeGreaterThan(0);
      expect(held.every((q) => q.met)).toBe(true);
    }
  });

  it("with an associate-degree ceiling there is no route to HIM manager, and the explanation names the bachelor's", () => {
    expect(kBestRoutes(graph, 'hit', 'him_manager', { educationCeiling: 'associate' })).toEqual([]);
    expect(paretoRoutes(graph, 'hit', 'him_manager', { educationCeiling: 'associate' })).toEqual([]);
    const why = explainNoRoute(graph, 'hit', 'him_manager', { educationCeiling: 'associate' })!;
    expect(why.reasons).toEqual(['education']);
    expect(why.message).toMatch(/bachelor's degree/);
    expect(why.fixes).toEqual([expect.objectContaining({ kind: 'raise_ceiling', educationCeiling: 'bachelor' })]);
    // It names what would open a route: the program, with its typical length, and the exam.
    expect(why.needs.join('; ')).toMatch(/bachelor's.*typically \d+ years full-time/i);
    expect(why.needs).toContain('the RHIA exam');
  });

  it("a time limit shorter than the fastest route is explained with the fastest route's years", () => {
    const fastest = kBestRoutes(graph, 'hit', 'him_manager', { k: 1 })[0]!.totalYears.typical;
    const why = explainNoRoute(graph, 'hit', 'him_manager', { maxYears: 2 })!;
    expect(fastest).toBeGreaterThan(2);
    expect(why.reasons).toEqual(['max_years']);
    expect(why.fixes[0]!.years).toBeCloseTo(fastest, 9);
    // The limit admits the fastest route (and any route tied with it: through coding or supervision, 8 years each).
    const within = kBestRoutes(graph, 'hit', 'him_manager', { maxYears: fastest });
    expect(within.length).toBeGreaterThan(0);
    expect(within.every((r) => r.totalYears.typical <= fastest + 1e-9)).toBe(true);
  });

  it('a technician reaches coding in 1.5 years with the recommended coding course part-time, within a year without it (§5.2 T9: 0.5–1 year, no study)', () => {
    const reach = reachableWithin(graph, 'hit', 1.5);
    const coder = reach.find((r) => r.role === 'coder');
    expect(coder?.route.roles).toEqual(['hit', 'coder']);
    expect(coder?.route.moves[0]?.study).toEqual([
      expect.objectContaining({ program: 'coding_certificate', strength: 'recommended' }),
    ]);
    for (const r of reach) expect(r.route.totalYears.typical).toBeLessThanOrEqual(1.5);
    expect(reach.map((r) => r.role)).not.toContain('him_manager');
    const relaxed = reachableWithin(graph, 'hit', 1, { relaxTypical: true }).find((r) => r.role === 'coder');
    expect(relaxed?.route.roles).toEqual(['hit', 'coder']);
    expect(relaxed?.route.relaxed).toBe(true);
    // Relaxed, the move skips the coding credential most employers ask for (and so the course before it).
    expect(relaxed?.route.moves[0]?.requirements.filter((q) => q.skipped).map((q) => q.id)).toEqual(['cca']);
  });

  it('a coder reaches coding auditor by the CCS or the CPC; holding the CPC makes that route free (§5.2 T10–T12)', () => {
    const plain = kBestRoutes(graph, 'coder', 'coding_auditor', { objective: 'credentials' });
    expect(plain[0]!.steps).toBe(1);
    const [best] = kBestRoutes(graph, 'coder', 'coding_auditor', {
      objective: 'credentials',
      heldCredentials: ['cpc'],
    });
    expect(best).toMatchObject({ roles: ['coder', 'coder_pro', 'coding_auditor'], steps: 0 });
  });

  it('avoided roles are never entered', () => {
    const routes = kBestRoutes(graph, 'hit', 'him_manager', { avoid: ['coder', 'informatics_manager'] });
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) expect(r.roles.filter((x) => x === 'coder' || x === 'informatics_manager')).toEqual([]);
  });

  it('the Pareto front trades years against steps and no route on it is dominated', () => {
    for (const [from, to] of [
      ['hi_clerk', 'coder'],
      ['hit', 'him_manager'],
      ['patient_access', 'coding_auditor'],
    ] as const) {
      const front = paretoRoutes(graph, from, to);
      expect(front.length).toBeGreaterThan(0);
      for (let i = 1; i < front.length; i++) {
        expect(front[i]!.totalYears.typical).toBeGreaterThan(front[i - 1]!.totalYears.typical);
        expect(front[i]!.steps).toBeLessThan(front[i - 1]!.steps);
      }
      expect(front[0]!.totalYears.typical).toBeCloseTo(
        kBestRoutes(graph, from, to, { k: 1 })[0]!.totalYears.typical,
        9,
      );
    }
  });

  it('management is out of reach downwards: the explanation says the map has no such move', () => {
    const why = explainNoRoute(graph, 'him_director', 'hit')!;
    expect(why.reasons).toEqual(['unreachable']);
    expect(why.message).toMatch(/cannot be reached from .* in this map/);
  });

  it('totals are honest sums of the moves, and estimated years are flagged', () => {
    for (const r of kBestRoutes(graph, 'hi_clerk', 'coding_manager', { k: 5 })) {
      const sum = (key: 'typical' | 'low' | 'high') => r.moves.reduce((s, m) => s + m.years[key], 0);
      expect(r.totalYears.typical).toBeCloseTo(sum('typical'), 9);
      expect(r.totalYears.low).toBeCloseTo(sum('low'), 9);
      expect(r.totalYears.high).toBeCloseTo(sum('high'), 9);
      expect(r.estimated).toBe(r.moves.some((m) => m.years.estimated));
      expect(requirementIds(r, 'education').length).toBeGreaterThan(0);
    }
  });

  it("every step's range holds its typical years, on every route between any two roles, study begun early included", () => {
    // Part-time study begun in earlier jobs once made a ≈4-year step read "5–7" (the low route had
    // less time to study alongside its shorter earlier jobs).
    const inverted: string[] = [];
    for (const from of graph.nodes())
      for (const to of graph.nodes()) {
        if (from === to) continue;
        for (const r of kBestRoutes(graph, from, to, { k: 3, education: 'high_school', study: 'part_time' }))
          for (const m of r.moves)
            if (m.years.low > m.years.typical + 1e-9 || m.years.typical > m.years.high + 1e-9)
              inverted.push(
                `${r.roles.join('→')}: ${m.from}→${m.to} ${m.years.low}/${m.years.typical}/${m.years.high}`,
              );
      }
    expect(inverted).toEqual([]);
  });

  it('salary objectives: gain per year for a fixed pair, end salary for reachability', () => {
    const [best] = kBestRoutes(graph, 'hit', 'him_manager', { objective: 'salary_gain', salaryOf });
    const gain = (salaryOf('him_manager')! - salaryOf('hit')!) / best!.totalYears.typical;
    expect(best!.cost).toBeCloseTo(gain, 6);
    const reach = reachableWithin(graph, 'hit', 8, { sortBy: 'salary_end', salaryOf });
    const salaries = reach.map((r) => r.route.cost ?? -Infinity);
    expect(salaries).toEqual([...salaries].sort((a, b) => b - a));
  });
});
