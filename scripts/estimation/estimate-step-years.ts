/**
 * Estimates how many years a career path spends in each role, from path totals alone.
 *
 * Zippia prints only a total per path (MRT → roles → destination, "8 years"). Each path gives
 * one equation Σ t_role = total, and the roles outnumber the paths, so infinitely many tenures
 * reproduce the totals; plain NNLS picks an arbitrary sparse corner (8 years as Business Manager,
 * 0 elsewhere). We therefore solve the regularised problem
 *
 *   minimise ‖A t − Y‖² + λ‖t − t0‖²   subject to   t ≥ max(minYears, floor_role),
 *
 * which has a unique answer: as close to the totals as possible while staying near a prior t0
 * (the even split of each total, or a pooled mean per level), with credential minimums as hard
 * floors so a rule (CPC-A needs 2 years) always beats the fit. `estimate-lambda.ts` chooses λ
 * (leave-one-path-out cross-validation, limited to λ that still reproduce the printed totals).
 *
 * Ranges: the point estimate hides how loosely the data pin each tenure down, so low/high are
 * the extreme values each tenure can take over ALL tenures that reproduce every total to within
 * max(totalSlack, |residual of the fit|), with every floor respected (one small LP per bound).
 * totalSlack defaults to 0.5 because Zippia prints whole years, so a printed "8" means 7.5–8.5.
 * Including the fit's own residual makes the estimate itself feasible, so low ≤ estimate ≤ high
 * holds by construction. We prefer these exact-fit bounds over leave-one-out spread because they
 * answer the question the user has ("what else is consistent with the data?") and they are wide
 * exactly where the system is under-determined, which a resampling spread would understate.
 *
 * The result is a model, never source data: `toStepYears` marks every figure estimated.
 */
import { multiply, solveBoundedRidge } from './nnls';
import { maximiseLinear } from './simplex';
import type { Years } from '../../src/data/schema';
import {
  DEFAULTS,
  buildSystem,
  fail,
  own,
  priorYears,
  validateInputs,
  type EstimateOptions,
  type PathTotal,
} from './step-years-system';

export { DEFAULTS, type EstimateOptions, type PathTotal, type PriorKind } from './step-years-system';

/**
 * A fitted path total counts as reproducing the printed one within this many years: Zippia
 * prints whole years, so anything within half a year is indistinguishable from the printed total.
 */
export const TOTAL_TOLERANCE_YEARS = 0.5;

export interface KeyEstimate {
  estimate: number;
  low: number;
  high: number;
  /** How many paths include the key: 1 means the prior alone shapes it. */
  nPaths: number;
  prior: number;
  floor: number;
}

export interface PathFit {
  id: string;
  total: number;
  fitted: number;
  residual: number;
}

export interface StepYearsEstimate {
  lambda: number;
  prior: string;
  keys: Record<string, KeyEstimate>;
  paths: PathFit[];
  maxAbsResidual: number;
}

/** The point fit alone (no ranges): what cross-validation needs. Assumes validated options. */
export function fitTenures(paths: readonly PathTotal[], o: EstimateOptions) {
  const { keys, a, y } = buildSystem(paths, o.fixed);
  const prior = priorYears(paths, o);
  const t0 = keys.map((k) => prior[k] as number);
  const lower = keys.map((k) => Math.max(o.minYears, own(o.floors, k) ?? 0));
  const t = solveBoundedRidge({ a, y, prior: t0, lambda: o.lambda, lower });
  const residuals = multiply(a, t).map((f, p) => f - (y[p] as number));
  return { keys, a, y, t0, lower, t, residuals };
}

/**
 * [min, max] of each unknown over { t ≥ lower : |(A t)_p − y_p| ≤ slack_p for every path p },
 * one LP per bound, solved in u = t − lower ≥ 0 so the simplex sees plain non-negativity.
 */
export function tenureRanges(
  a: number[][],
  y: readonly number[],
  lower: readonly number[],
  slack: readonly number[],
): [number, number][] {
  const offset = multiply(a, lower);
  const lpA = [...a, ...a.map((row) => row.map((v) => -v))];
  const lpB = [
    ...y.map((yp, p) => yp + (slack[p] as number) - (offset[p] as number)),
    ...y.map((yp, p) => -(yp - (slack[p] as number) - (offset[p] as number))),
  ];
  return lower.map((lk, k) => {
    const extreme = (sign: 1 | -1): number => {
      const r = maximiseLinear(
        lower.map((_, j) => (j === k ? sign : 0)),
        lpA,
        lpB,
      );
      if (r.status !== 'optimal')
        return fail(`no tenures reproduce the totals within the slack (the LP is ${r.status})`);
      return lk + sign * r.value;
    };
    return [extreme(-1), extreme(1)];
  });
}

/** Per-key estimates with ranges, and per-path fitted totals. Pure; throws on invalid input. */
export function estimateStepYears(
  paths: readonly PathTotal[],
  options: Partial<EstimateOptions> = {},
): StepYearsEstimate {
  const o: EstimateOptions = { ...DEFAULTS, ...options };
  validateInputs(paths, o);
  const { keys, a, y, t0, lower, t, residuals } = fitTenures(paths, o);
  // Widening each path's slack to its own residual makes the estimate feasible, so the LPs
  // always have a solution and the range always contains the estimate.
  const slack = residuals.map((r) => Math.max(o.totalSlack, Math.abs(r)) + 1e-9);
  const ranges = tenureRanges(a, y, lower, slack);
  // Built with fromEntries so that a title such as "__proto__" is an ordinary own key.
  const keyResults: Record<string, KeyEstimate> = Object.fromEntries(
    keys.map((k, i) => {
      const estimate = t[i] as number;
      const [low, high] = ranges[i] as [number, number];
      const result: KeyEstimate = {
        estimate,
        // The LPs are exact only to ~1e-9; clamp so that noise never breaks floor ≤ low ≤ estimate ≤ high.
        low: Math.min(estimate, Math.max(lower[i] as number, low)),
        high: Math.max(estimate, high),
        nPaths: a.filter((row) => (row[i] as number) > 0).length,
        prior: t0[i] as number,
        floor: lower[i] as number,
      };
      return [k, result];
    }),
  );
  const pathFits = paths.map((p, i) => {
    const residual = residuals[i] as number;
    return { id: p.id, total: p.totalYears, fitted: p.totalYears + residual, residual };
  });
  return {
    lambda: o.lambda,
    prior: typeof o.prior === 'string' ? o.prior : 'custom',
    keys: keyResults,
    paths: pathFits,
    maxAbsResidual: Math.max(0, ...residuals.map(Math.abs)),
  };
}

/** The user-facing method note for estimated step years. */
export function methodText(lambda: number, prior: string, totalSlack = DEFAULTS.totalSlack): string {
  return (
    `Modelled from Zippia path totals (regularised non-negative fit toward the ${prior} prior, λ=${lambda}); not source data. ` +
    `The range spans every tenure that still reproduces the printed totals to within ±${totalSlack} yr.`
  );
}

/**
 * One path's `stepYears` (schema `yearsSchema`), in the order of its tenure keys, rounded to
 * `digits` decimals (rounding is monotone, so low ≤ typical ≤ high survives it).
 */
export function toStepYears(
  keys: Readonly<Record<string, KeyEstimate>>,
  tenureKeys: readonly string[],
  method: string,
  digits = 2,
): Years[] {
  const round = (v: number) => Math.round(v * 10 ** digits) / 10 ** digits;
  return tenureKeys.map((k) => {
    const e = own(keys, k) ?? fail(`no estimate for '${k}'`);
    return { typical: round(e.estimate), low: round(e.low), high: round(e.high), estimated: true, method };
  });
}

export interface RelevantFirstEstimate {
  /** The fit on the relevant paths alone: these are the estimates that matter. */
  relevant: StepYearsEstimate;
  /** The fit of the remaining paths with shared keys held at their relevant estimates (null if none). */
  other: StepYearsEstimate | null;
  /** Every key's estimate from whichever stage estimated it. */
  keys: Record<string, KeyEstimate>;
}

/**
 * Off-domain paths (HR, delivery driving…) would otherwise pull on shared roles and their own
 * roles would soak up years, yet every path still needs step years to be drawn. So the relevant
 * paths are fitted alone, then the others with every key the first fit knows held fixed: their
 * off-domain roles take only what is left of their totals and cannot move a relevant estimate.
 */
export function estimateRelevantFirst(
  paths: readonly (PathTotal & { relevant: boolean })[],
  options: Partial<EstimateOptions> = {},
): RelevantFirstEstimate {
  const relevantPaths = paths.filter((p) => p.relevant);
  if (relevantPaths.length === 0) fail('needs at least one relevant path');
  const relevant = estimateStepYears(relevantPaths, options);
  const others = paths.filter((p) => !p.relevant);
  if (others.length === 0) return { relevant, other: null, keys: { ...relevant.keys } };
  const known = Object.fromEntries(Object.entries(relevant.keys).map(([k, e]) => [k, e.estimate]));
  const other = estimateStepYears(others, { ...options, fixed: { ...options.fixed, ...known } });
  return { relevant, other, keys: { ...other.keys, ...relevant.keys } };
}
