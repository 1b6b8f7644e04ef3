/**
 * Bound-constrained ridge least squares, the numerical core of `estimate-step-years.ts`:
 *
 *   minimise ‖A x − y‖² + λ‖x − x0‖²   subject to   x ≥ lower.
 *
 * Cyclic coordinate descent is used because each one-dimensional subproblem has a closed form
 * (an unconstrained minimiser clamped at its bound), so the bounds cost nothing extra. For λ > 0
 * the problem is strictly convex, the minimiser is unique, and coordinate descent converges to
 * it from any start; the fixed sweep order keeps the result bit-for-bit deterministic. The
 * problems here are tiny (tens of unknowns), so the linear convergence rate is irrelevant.
 */

/** A dense matrix as rows; every row has the same length. */
export type Matrix = readonly (readonly number[])[];

export interface BoundedRidgeOptions {
  /** Stop when no coordinate moves by more than this in a full sweep. */
  tolerance: number;
  /** Give up (throw) after this many sweeps: non-convergence would be a bug, not a data problem. */
  maxSweeps: number;
}

export const BOUNDED_RIDGE_DEFAULTS: BoundedRidgeOptions = { tolerance: 1e-12, maxSweeps: 200_000 };

export interface BoundedRidgeProblem {
  a: Matrix;
  y: readonly number[];
  /** The prior x0 the penalty pulls toward. */
  prior: readonly number[];
  lambda: number;
  lower: readonly number[];
}

const at = (v: readonly number[], i: number): number => v[i] as number;

/** Solves the problem above; returns x (length = columns of `a`). */
export function solveBoundedRidge(problem: BoundedRidgeProblem, options: Partial<BoundedRidgeOptions> = {}): number[] {
  const { tolerance, maxSweeps } = { ...BOUNDED_RIDGE_DEFAULTS, ...options };
  const { a, y, prior, lambda, lower } = problem;
  const rows = a.length;
  const cols = prior.length;
  if (y.length !== rows || lower.length !== cols || a.some((r) => r.length !== cols)) {
    throw new Error('nnls: the matrix, targets, prior and bounds have inconsistent sizes');
  }
  if (!(lambda >= 0)) throw new Error(`nnls: lambda must be ≥ 0, got ${lambda}`);

  // Column norms are fixed, so the per-coordinate curvature is computed once.
  const curvature = Array.from({ length: cols }, (_, k) => a.reduce((s, r) => s + at(r, k) ** 2, 0) + lambda);
  curvature.forEach((c, k) => {
    if (!(c > 0)) throw new Error(`nnls: column ${k} is all zeros and lambda is 0, so it is not determined`);
  });

  // Start from the prior clamped to the bounds; keep the residual y − A x up to date incrementally.
  const x = prior.map((p, k) => Math.max(p, at(lower, k)));
  const residual = y.map((yi, i) => yi - (a[i] as readonly number[]).reduce((s, aik, k) => s + aik * at(x, k), 0));

  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let moved = 0;
    for (let k = 0; k < cols; k++) {
      const xk = at(x, k);
      let gradientPart = lambda * at(prior, k);
      for (let i = 0; i < rows; i++)
        gradientPart += at(a[i] as readonly number[], k) * (at(residual, i) + at(a[i] as readonly number[], k) * xk);
      const next = Math.max(at(lower, k), gradientPart / at(curvature, k));
      const delta = next - xk;
      if (delta !== 0) {
        x[k] = next;
        for (let i = 0; i < rows; i++) residual[i] = at(residual, i) - at(a[i] as readonly number[], k) * delta;
        moved = Math.max(moved, Math.abs(delta));
      }
    }
    if (moved <= tolerance) return x;
  }
  throw new Error(`nnls: did not converge within ${maxSweeps} sweeps`);
}

/** A x, for reporting fitted values. */
export function multiply(a: Matrix, x: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, aik, k) => s + aik * at(x, k), 0));
}
