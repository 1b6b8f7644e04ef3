import { describe, expect, it } from 'vitest';
import { chooseLambda } from '../../scripts/estimation/estimate-lambda';
import {
  DEFAULTS,
  TOTAL_TOLERANCE_YEARS,
  estimateRelevantFirst,
  estimateStepYears,
  methodText,
  tenureRanges,
  toStepYears,
  type PathTotal,
} from '../../scripts/estimation/estimate-step-years';
import { solveBoundedRidge } from '../../scripts/estimation/nnls';
import { yearsSchema } from '../../src/data/schema';
import { maximiseLinear } from '../../scripts/estimation/simplex';
import { buildSystem, priorYears } from '../../scripts/estimation/step-years-system';
import { CREDENTIAL_FLOORS, updateStepYears } from '../../scripts/estimate-path-years';
import { ZIPPIA_PATHS, toPathTotals } from '../fixtures/zippia-paths';

const MRT = 'Medical Records Technician';
const relevant = toPathTotals(ZIPPIA_PATHS.filter((p) => p.relevant));
const all = toPathTotals(ZIPPIA_PATHS);
const production = { floors: CREDENTIAL_FLOORS, lambda: 0.5 };

describe('the Zippia fixture', () => {
  it('holds the 19 printed paths, all starting at MRT, 11 of them relevant', () => {
    expect(ZIPPIA_PATHS).toHaveLength(19);
    expect(ZIPPIA_PATHS.every((p) => p.titles[0] === MRT)).toBe(true);
    expect(ZIPPIA_PATHS.filter((p) => p.relevant).map((p) => Number(p.id.slice(-2)))).toEqual([
      1, 5, 7, 12, 13, 14, 15, 16, 17, 18, 19,
    ]);
    // domain-facts §6.1: 35 distinct intermediate roles besides the MRT start.
    expect(new Set(all.flatMap((p) => p.tenureKeys)).size).toBe(36);
  });
});

describe('estimateStepYears on the relevant Zippia paths (the production fit)', () => {
  const result = estimateStepYears(relevant, production);

  it.each(relevant.map((p) => [p.id, p.totalYears] as const))(
    'reproduces the total of %s (%d yrs) within the tolerance',
    (id) => {
      const fit = result.paths.find((p) => p.id === id);
      expect(Math.abs(fit?.residual ?? Infinity)).toBeLessThanOrEqual(TOTAL_TOLERANCE_YEARS);
    },
  );

  it('states a tolerance of half a year (whole-year printing) and stays well inside it', () => {
    expect(TOTAL_TOLERANCE_YEARS).toBe(0.5);
    expect(result.maxAbsResidual).toBeLessThan(0.4);
  });

  it.each(Object.entries(result.keys))('keeps %s within floor ≤ low ≤ estimate ≤ high', (key, e) => {
    expect(e.estimate).toBeGreaterThanOrEqual(DEFAULTS.minYears);
    expect(e.estimate).toBeGreaterThanOrEqual(CREDENTIAL_FLOORS[key] ?? 0);
    expect(e.low).toBeGreaterThanOrEqual(e.floor);
    expect(e.low).toBeLessThanOrEqual(e.estimate);
    expect(e.estimate).toBeLessThanOrEqual(e.high);
  });

  it('solves the QP: the KKT conditions hold at the returned point', () => {
    const { keys, a, y } = buildSystem(relevant, {});
    const prior = priorYears(relevant, { ...DEFAULTS, ...production });
    keys.forEach((k, i) => {
      const e = result.keys[k]!;
      const gradient =
        2 *
          a.reduce(
            (s, row, p) =>
              s + row[i]! * (keys.reduce((f, kj, j) => f + row[j]! * result.keys[kj]!.estimate, 0) - y[p]!),
            0,
          ) +
        2 * production.lambda * (e.estimate - prior[k]!);
      if (e.estimate > e.floor + 1e-9) expect(Math.abs(gradient)).toBeLessThan(1e-8);
      else expect(gradient).toBeGreaterThan(-1e-8);
    });
  });

  it('is deterministic: the same input gives the identical output', () => {
    expect(estimateStepYears(relevant, production)).toEqual(result);
  });

  it('counts the paths behind each estimate', () => {
    expect(result.keys[MRT]?.nPaths).toBe(11);
    expect(result.keys['Medical Coder']?.nPaths).toBe(4);
    expect(result.keys['Office Manager']?.nPaths).toBe(1);
  });
});

describe('agreement with domain-facts §6 (all 19 paths, MRT tenure left out)', () => {
  const withoutMrt = { fixed: { [MRT]: 0 } };

  it.each([
    ['Medical Coder', 2.85],
    ['Billing Specialist', 2.44],
    ['Accounts Receivable Specialist', 2.14],
    ['Patient Service Representative', 1.84],
    ['Office Manager', 3.13],
    ['Medical Transcriptionist', 3.47],
    ['Registered Nurse', 3.05],
  ])('reproduces the published equal-split, λ = 0.5 estimate for %s (%s)', (key, expected) => {
    expect(estimateStepYears(all, withoutMrt).keys[key]?.estimate).toBeCloseTo(expected, 2);
  });

  it('reproduces the published max residual (0.45) and estimate span (1.67–5.42)', () => {
    const r = estimateStepYears(all, withoutMrt);
    const estimates = Object.values(r.keys).map((e) => e.estimate);
    expect(r.maxAbsResidual).toBeCloseTo(0.45, 2);
    expect(Math.min(...estimates)).toBeCloseTo(1.67, 2);
    expect(Math.max(...estimates)).toBeCloseTo(5.42, 2);
  });

  it.each([
    ['Medical Coder', 0.5, 6.0],
    ['Billing Specialist', 0.5, 3.5],
    ['Office Manager', 1.5, 4.5],
    ['Data Entry Clerk', 4.5, 7.5],
    ['Director Of Information', 0.5, 9.0],
  ])('reproduces the exact-fit LP bounds for %s: [%s, %s]', (key, low, high) => {
    const { keys, a, y } = buildSystem(all, withoutMrt.fixed);
    const [lo, hi] = tenureRanges(
      a,
      y,
      keys.map(() => 0.5),
      y.map(() => 0),
    )[keys.indexOf(key)]!;
    expect(lo).toBeCloseTo(low, 9);
    expect(hi).toBeCloseTo(high, 9);
  });
});

describe('a hand-worked case: two paths sharing S (S+X = 4, S+Y = 6), λ = 1', () => {
  const paths: PathTotal[] = [
    { id: 'a', tenureKeys: ['S', 'X'], totalYears: 4 },
    { id: 'b', tenureKeys: ['S', 'Y'], totalYears: 6 },
  ];
  const base = { lambda: 1, minYears: 0 };

  it('builds the equal-split prior S = (2+3)/2, X = 2, Y = 3 and the level-mean prior', () => {
    expect(priorYears(paths, { ...DEFAULTS, ...base })).toEqual({ S: 2.5, X: 2, Y: 3 });
    // Pooled: 2a = 4 and a + b = 6, so a = 2, b = 4.
    const levelled = priorYears(paths, {
      ...DEFAULTS,
      ...base,
      prior: 'level-mean',
      levels: { S: 'a', X: 'a', Y: 'b' },
    });
    expect(levelled.S).toBeCloseTo(2, 10);
    expect(levelled.Y).toBeCloseTo(4, 10);
  });

  it('splits the misfit symmetrically: S = 2.5, X = 1.75, Y = 3.25, residuals ±0.25', () => {
    // Stationarity gives d_X = −r_a/λ, d_Y = −r_b/λ, d_S = −(r_a + r_b)/λ; by symmetry r_b = −r_a = −0.5λ/(1+λ).
    const r = estimateStepYears(paths, base);
    expect(r.keys.S?.estimate).toBeCloseTo(2.5, 10);
    expect(r.keys.X?.estimate).toBeCloseTo(1.75, 10);
    expect(r.keys.Y?.estimate).toBeCloseTo(3.25, 10);
    expect(r.paths.map((p) => p.residual)).toEqual([expect.closeTo(0.25, 10), expect.closeTo(-0.25, 10)]);
    // Ranges: S+X ∈ [3.5, 4.5], S+Y ∈ [5.5, 6.5], all ≥ 0.
    expect([r.keys.S?.low, r.keys.S?.high, r.keys.X?.high, r.keys.Y?.high]).toEqual(
      [0, 4.5, 4.5, 6.5].map((v) => expect.closeTo(v, 8)),
    );
  });

  it('respects a floor X ≥ 2.5: S = 2.2, X = 2.5, Y = 3.4 (3S + Y = 10, S + 2Y = 9)', () => {
    const r = estimateStepYears(paths, { ...base, floors: { X: 2.5 } });
    expect([r.keys.S?.estimate, r.keys.X?.estimate, r.keys.Y?.estimate]).toEqual(
      [2.2, 2.5, 3.4].map((v) => expect.closeTo(v, 10)),
    );
    // Path a misses by 0.7 > 0.5, so its slack widens to 0.7: S ≤ 4.7 − 2.5, and Y ≥ 5.5 − 2.2.
    expect([r.keys.S?.high, r.keys.X?.low, r.keys.X?.high, r.keys.Y?.low]).toEqual(
      [2.2, 2.5, 4.7, 3.3].map((v) => expect.closeTo(v, 8)),
    );
  });

  it('pulls estimates toward the prior as λ grows', () => {
    const prior = { S: 2.5, X: 2, Y: 3 } as Record<string, number>;
    const distances = [0.1, 0.5, 1, 5, 50].map((lambda) => {
      const r = estimateStepYears(paths, { ...base, lambda });
      return Object.entries(r.keys).reduce((s, [k, e]) => s + (e.estimate - prior[k]!) ** 2, 0);
    });
    distances.slice(1).forEach((d, i) => expect(d).toBeLessThan(distances[i]!));
  });
});

it('pulls the Zippia estimates toward the prior as λ grows, reaching it for very large λ', () => {
  const distance = (lambda: number) =>
    Object.values(estimateStepYears(relevant, { ...production, lambda }).keys).reduce(
      (s, e) => s + (e.estimate - Math.max(e.prior, e.floor)) ** 2,
      0,
    );
  const d = [0.1, 0.5, 2, 10].map(distance);
  d.slice(1).forEach((v, i) => expect(v).toBeLessThanOrEqual(d[i]!));
  expect(distance(1e7)).toBeLessThan(1e-8);
});

describe('input validation', () => {
  const ok: PathTotal = { id: 'ok', tenureKeys: ['A', 'B'], totalYears: 4 };
  it.each<[string, PathTotal, RegExp]>([
    ['a negative total', { id: 'neg', tenureKeys: ['A'], totalYears: -1 }, /path 'neg'.*totalYears/],
    ['a NaN total', { id: 'nan', tenureKeys: ['A'], totalYears: NaN }, /path 'nan'.*totalYears/],
    ['an infinite total', { id: 'inf', tenureKeys: ['A'], totalYears: Infinity }, /path 'inf'.*totalYears/],
    ['an empty path', { id: 'empty', tenureKeys: [], totalYears: 3 }, /path 'empty'.*tenureKeys/],
    ['a blank role key', { id: 'blank', tenureKeys: ['A', ' '], totalYears: 3 }, /path 'blank'.*tenureKeys\[1\]/],
    ['a duplicate id', { id: 'ok', tenureKeys: ['A'], totalYears: 3 }, /path 'ok'.*duplicate/],
  ])('rejects %s, naming the path', (_, bad, message) => {
    expect(() => estimateStepYears([ok, bad])).toThrow(/^estimate-step-years: /);
    expect(() => estimateStepYears([ok, bad])).toThrow(message);
  });

  it.each<[string, object]>([
    ['λ ≤ 0', { lambda: 0 }],
    ['a NaN floor', { floors: { A: NaN } }],
    ['a missing level', { prior: 'level-mean', levels: { A: 'entry' } }],
    ['a missing custom prior', { prior: { A: 1 } }],
  ])('rejects %s', (_, options) => {
    expect(() => estimateStepYears([ok], options)).toThrow(/^estimate-step-years: /);
  });

  it('treats titles that name Object members as ordinary keys', () => {
    const r = estimateStepYears([{ id: 'odd', tenureKeys: ['constructor', '__proto__', 'toString'], totalYears: 3 }], {
      floors: {},
    });
    expect(Object.keys(r.keys)).toEqual(['constructor', '__proto__', 'toString']);
    expect(Object.values(r.keys).map((e) => e.estimate)).toEqual([1, 1, 1].map((v) => expect.closeTo(v, 10)));
  });

  it('rejects no paths at all', () => expect(() => estimateStepYears([])).toThrow(/^estimate-step-years: /));
});

describe('chooseLambda', () => {
  const choice = chooseLambda(relevant, { floors: CREDENTIAL_FLOORS });
  it('picks λ = 0.5: the CV-preferred λ among those that reproduce the totals', () => {
    expect(choice.lambda).toBe(0.5);
    expect(choice.withinTolerance).toBe(true);
    // Unrestricted CV would pick a larger λ (see the module comment): its fit misses the totals.
    expect(choice.cvLambda).toBeGreaterThan(choice.lambda);
    expect(choice.scores.find((s) => s.lambda === choice.cvLambda)!.maxAbsResidual).toBeGreaterThan(
      TOTAL_TOLERANCE_YEARS,
    );
  });
});

describe('stepYears for the dataset', () => {
  const withFlags = ZIPPIA_PATHS.map((p) => ({ ...toPathTotals([p])[0]!, relevant: p.relevant }));
  const twoStage = estimateRelevantFirst(withFlags, production);

  it('keeps the relevant estimates independent of the off-domain paths', () => {
    expect(twoStage.relevant).toEqual(estimateStepYears(relevant, production));
    for (const [k, e] of Object.entries(twoStage.relevant.keys)) expect(twoStage.keys[k]).toEqual(e);
  });

  it('gives every fixture path schema-valid step years marked as estimates', () => {
    const records = ZIPPIA_PATHS.map((p) => ({ ...p, stepYears: [] }));
    const { paths } = updateStepYears(records);
    paths.forEach((p) => {
      expect(p.stepYears).toHaveLength(p.titles.length - 1);
      p.stepYears.forEach((s) => {
        expect(yearsSchema.parse(s)).toEqual(s);
        expect(s.estimated).toBe(true);
        expect(s.method).toMatch(/not source data/);
        expect(s.method).toMatch(/λ=0\.5/);
      });
    });
    expect(paths.map(({ stepYears: _, ...rest }) => rest)).toEqual(ZIPPIA_PATHS);
  });

  it('rounds without breaking the order low ≤ typical ≤ high', () => {
    const keys = { K: { estimate: 1.004999, low: 1.0049, high: 1.005, nPaths: 1, prior: 1, floor: 0.5 } };
    const [y] = toStepYears(keys, ['K'], methodText(0.5, 'equal-split'));
    expect(y!.low).toBeLessThanOrEqual(y!.typical);
    expect(y!.typical).toBeLessThanOrEqual(y!.high);
    expect(() => toStepYears(keys, ['missing'], 'm')).toThrow(/^estimate-step-years: no estimate for 'missing'/);
  });
});

describe('numerical helpers', () => {
  it('solveBoundedRidge clamps at the bound: min (x − 3)² + λ(x − 0)², x ≥ 2 with λ = 1 gives 2', () => {
    expect(solveBoundedRidge({ a: [[1]], y: [3], prior: [0], lambda: 1, lower: [2] })).toEqual([2]);
    expect(solveBoundedRidge({ a: [[1]], y: [3], prior: [0], lambda: 1, lower: [0] })[0]).toBeCloseTo(1.5, 12);
  });

  it('maximiseLinear solves a textbook LP and reports infeasible and unbounded ones', () => {
    // max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → 36 at (2, 6).
    const r = maximiseLinear(
      [3, 5],
      [
        [1, 0],
        [0, 2],
        [3, 2],
      ],
      [4, 12, 18],
    );
    expect(r.status).toBe('optimal');
    if (r.status === 'optimal') {
      expect(r.value).toBeCloseTo(36, 10);
      expect(r.x).toEqual([expect.closeTo(2, 10), expect.closeTo(6, 10)]);
    }
    expect(maximiseLinear([1], [[1], [-1]], [1, -2]).status).toBe('infeasible');
    expect(maximiseLinear([1, 0], [[-1, 1]], [1]).status).toBe('unbounded');
  });
});
