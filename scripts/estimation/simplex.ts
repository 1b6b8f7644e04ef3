/**
 * A tiny dense two-phase simplex: maximise c·x subject to A x ≤ b, x ≥ 0 (b may be negative).
 *
 * It exists only to bound each tenure over the set of solutions that reproduce the path totals
 * (see `estimate-step-years.ts`); those LPs have a few dozen rows and columns, so a dense
 * tableau is simpler and more transparent than a dependency. Bland's rule is used for both the
 * entering and the leaving variable: it is slower than steepest-edge but can never cycle, and
 * the path-total constraints are highly degenerate (many roles share the same bound).
 */
import type { Matrix } from './nnls';

export type LinearProgramResult =
  { status: 'optimal'; value: number; x: number[] } | { status: 'infeasible' } | { status: 'unbounded' };

const EPS = 1e-9;

/** Pivot the tableau on (row, col) in place. */
function pivot(t: number[][], row: number, col: number): void {
  const pr = t[row] as number[];
  const p = pr[col] as number;
  for (let j = 0; j < pr.length; j++) pr[j] = (pr[j] as number) / p;
  t.forEach((r, i) => {
    if (i === row) return;
    const f = r[col] as number;
    if (f === 0) return;
    for (let j = 0; j < r.length; j++) r[j] = (r[j] as number) - f * (pr[j] as number);
  });
}

/**
 * Runs simplex iterations on a tableau whose last row is the objective (to be maximised,
 * stored as reduced costs −c) and whose last column is the right-hand side. `allowed` says
 * which columns may enter. Returns false when the objective is unbounded.
 */
function iterate(t: number[][], basis: number[], allowed: (col: number) => boolean): boolean {
  const obj = t[t.length - 1] as number[];
  const rhs = obj.length - 1;
  for (;;) {
    let enter = -1;
    for (let j = 0; j < rhs; j++) {
      if (allowed(j) && (obj[j] as number) < -EPS) {
        enter = j;
        break;
      }
    }
    if (enter < 0) return true;
    let leave = -1;
    let best = Infinity;
    for (let i = 0; i < basis.length; i++) {
      const r = t[i] as number[];
      const aij = r[enter] as number;
      if (aij <= EPS) continue;
      const ratio = (r[rhs] as number) / aij;
      // Ties go to the smallest basic variable index (Bland).
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && (basis[i] as number) < (basis[leave] as number))) {
        best = ratio;
        leave = i;
      }
    }
    if (leave < 0) return false;
    pivot(t, leave, enter);
    basis[leave] = enter;
  }
}

/** Maximise c·x subject to A x ≤ b and x ≥ 0. */
export function maximiseLinear(c: readonly number[], a: Matrix, b: readonly number[]): LinearProgramResult {
  const m = a.length;
  const n = c.length;
  if (b.length !== m || a.some((r) => r.length !== n)) throw new Error('simplex: c, A and b have inconsistent sizes');
  // Columns: n originals, m slacks (negated where b < 0, i.e. surpluses), one artificial per negative row.
  const negative = b.map((bi) => bi < 0);
  const artificialOf = new Map<number, number>();
  negative.forEach((neg, i) => {
    if (neg) artificialOf.set(i, n + m + artificialOf.size);
  });
  const width = n + m + artificialOf.size + 1;
  const rhs = width - 1;
  const basis: number[] = [];
  const t: number[][] = a.map((row, i) => {
    const sign = negative[i] ? -1 : 1;
    const r = new Array<number>(width).fill(0);
    row.forEach((aij, j) => {
      r[j] = sign * aij;
    });
    r[n + i] = sign;
    r[rhs] = sign * (b[i] as number);
    const art = artificialOf.get(i);
    if (art !== undefined) r[art] = 1;
    basis.push(art ?? n + i);
    return r;
  });

  if (artificialOf.size > 0) {
    // Phase 1: maximise −Σ artificials, with the objective row expressed in the non-basic variables.
    const phase1 = new Array<number>(width).fill(0);
    artificialOf.forEach((art, i) => {
      const r = t[i] as number[];
      for (let j = 0; j < width; j++) if (j !== art) phase1[j] = (phase1[j] as number) - (r[j] as number);
    });
    t.push(phase1);
    iterate(t, basis, () => true);
    if (((t[m] as number[])[rhs] as number) < -1e-7) return { status: 'infeasible' };
    t.pop();
    // Drive any artificial still basic (at zero) out of the basis, or leave it if its row is redundant.
    basis.forEach((bv, i) => {
      if (bv < n + m) return;
      const r = t[i] as number[];
      const col = r.findIndex((v, j) => j < n + m && Math.abs(v) > EPS);
      if (col >= 0) {
        pivot(t, i, col);
        basis[i] = col;
      }
    });
  }

  // Phase 2: the objective row is −c reduced by the current basis.
  const obj = new Array<number>(width).fill(0);
  c.forEach((cj, j) => {
    obj[j] = -cj;
  });
  basis.forEach((bv, i) => {
    const f = obj[bv] as number;
    if (f === 0) return;
    const r = t[i] as number[];
    for (let j = 0; j < width; j++) obj[j] = (obj[j] as number) - f * (r[j] as number);
  });
  t.push(obj);
  if (!iterate(t, basis, (j) => j < n + m)) return { status: 'unbounded' };
  const x = new Array<number>(n).fill(0);
  basis.forEach((bv, i) => {
    if (bv < n) x[bv] = (t[i] as number[])[rhs] as number;
  });
  return { status: 'optimal', value: (t[m] as number[])[rhs] as number, x };
}
