/**
 * Chooses λ for `estimateStepYears`: leave-one-path-out cross-validation, restricted to the λ
 * whose fit still reproduces every printed total within TOTAL_TOLERANCE_YEARS.
 *
 * In-sample residuals alone cannot choose λ: a smaller λ always fits the totals better, down to
 * the meaningless exact fit. Holding each path out and predicting its total from the others asks
 * how well tenures learnt on some paths transfer to another. A role seen only in the held-out
 * path has no fitted value, so it takes the training prior's fallback (mean years per step, or
 * its level's mean): exactly the information a new path would have.
 *
 * Why the restriction: on the Zippia paths the cross-validation error barely moves with λ and
 * keeps falling as λ grows (most roles occur in one path, so little transfers). Unrestricted, it
 * would return the prior itself, whose step years miss the printed totals by well over a year.
 * But the totals are data about these very paths, and a decomposition that does not add up to
 * them is wrong for the explorer. So among λ that reproduce the totals to within the rounding
 * of the printed whole years, we take the one cross-validation prefers; when, as here, the
 * error decreases with λ, that is the largest such λ (Morozov's discrepancy principle).
 */
import { TOTAL_TOLERANCE_YEARS, fitTenures } from './estimate-step-years';
import { DEFAULTS, own, priorYears, validateInputs, type EstimateOptions, type PathTotal } from './step-years-system';

export const LAMBDA_GRID: readonly number[] = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100];

export interface LambdaScore {
  lambda: number;
  /** Root-mean-square error of the held-out path totals (years). */
  cvRmse: number;
  /** Largest |fitted − printed| total when fitting all paths with this λ (years). */
  maxAbsResidual: number;
}

export interface LambdaChoice {
  lambda: number;
  /** The λ cross-validation alone would pick (for the record; see the module comment). */
  cvLambda: number;
  /** False when no λ on the grid meets the tolerance; then the best-fitting λ is returned. */
  withinTolerance: boolean;
  scores: LambdaScore[];
}

/** Years assumed for a role that no training path contains. */
function fallbackYears(training: readonly PathTotal[], key: string, o: EstimateOptions): number {
  const floor = Math.max(o.minYears, own(o.floors, key) ?? 0);
  if (typeof o.prior === 'object') return Math.max(floor, own(o.prior, key) ?? 0);
  const level = own(o.levels, key);
  if (o.prior === 'level-mean' && level !== undefined) {
    const prior = priorYears(training, o);
    const peer = Object.keys(prior).find((k) => own(o.levels, k) === level);
    if (peer !== undefined) return Math.max(floor, prior[peer] as number);
  }
  const steps = training.reduce((s, p) => s + p.tenureKeys.filter((k) => own(o.fixed, k) === undefined).length, 0);
  const years = training.reduce(
    (s, p) => s + p.totalYears - p.tenureKeys.reduce((f, k) => f + (own(o.fixed, k) ?? 0), 0),
    0,
  );
  return Math.max(floor, steps ? years / steps : 0);
}

const tie = 1e-12;

/** Scores every λ on the grid and picks one as described in the module comment. */
export function chooseLambda(
  paths: readonly PathTotal[],
  options: Partial<EstimateOptions> = {},
  grid: readonly number[] = LAMBDA_GRID,
  tolerance: number = TOTAL_TOLERANCE_YEARS,
): LambdaChoice {
  const o: EstimateOptions = { ...DEFAULTS, ...options };
  validateInputs(paths, o);
  if (paths.length < 2) throw new Error('estimate-lambda: cross-validation needs at least two paths');
  if (grid.length === 0 || grid.some((l) => !(Number.isFinite(l) && l > 0))) {
    throw new Error('estimate-lambda: the grid must hold finite numbers > 0');
  }
  const scores: LambdaScore[] = grid.map((lambda) => {
    const oL = { ...o, lambda };
    let squared = 0;
    paths.forEach((held, i) => {
      const training = paths.filter((_, j) => j !== i);
      const fit = fitTenures(training, oL);
      const fitted = new Map(fit.keys.map((k, j) => [k, fit.t[j] as number]));
      const predicted = held.tenureKeys.reduce(
        (s, k) => s + (own(o.fixed, k) ?? fitted.get(k) ?? fallbackYears(training, k, oL)),
        0,
      );
      squared += (predicted - held.totalYears) ** 2;
    });
    const maxAbsResidual = Math.max(0, ...fitTenures(paths, oL).residuals.map(Math.abs));
    return { lambda, cvRmse: Math.sqrt(squared / paths.length), maxAbsResidual };
  });
  // Lower CV error wins; ties go to the larger λ (closer to the prior, the simpler model).
  const better = (s: LambdaScore, b: LambdaScore) =>
    s.cvRmse < b.cvRmse - tie || (Math.abs(s.cvRmse - b.cvRmse) <= tie && s.lambda > b.lambda);
  const pick = (list: LambdaScore[]) => list.reduce((b, s) => (better(s, b) ? s : b));
  const admissible = scores.filter((s) => s.maxAbsResidual <= tolerance);
  const fallback = scores.reduce((b, s) => (s.maxAbsResidual < b.maxAbsResidual ? s : b));
  return {
    lambda: (admissible.length ? pick(admissible) : fallback).lambda,
    cvLambda: pick(scores).lambda,
    withinTolerance: admissible.length > 0,
    scores,
  };
}
