/**
 * The inputs of `estimate-step-years.ts`: options, validation, the linear system A t = Y and
 * the prior t0. Kept apart so the estimator reads as the method and this file as bookkeeping.
 *
 * Every error is prefixed "estimate-step-years:" (the public module) and names the offending
 * path id or key, because the paths are hand-transcribed and the id is what a maintainer fixes.
 */
import { solveBoundedRidge } from './nnls';

export interface PathTotal {
  id: string;
  /** The key (printed title) of each role held before the destination, in order. */
  tenureKeys: readonly string[];
  totalYears: number;
}

export type PriorKind = 'equal-split' | 'level-mean';

export interface EstimateOptions {
  /** Weight of the pull toward the prior; larger trusts the prior more than the totals. */
  lambda: number;
  /** No role is held for less than this (years). */
  minYears: number;
  /** Per-key minimum years, e.g. from a credential's experience requirement. */
  floors: Readonly<Record<string, number>>;
  /** The prior t0, or per-key prior years. */
  prior: PriorKind | Readonly<Record<string, number>>;
  /** Key → level, needed for the 'level-mean' prior. */
  levels: Readonly<Record<string, string>>;
  /** Keys whose years are already known (e.g. from an earlier fit): held, not estimated. */
  fixed: Readonly<Record<string, number>>;
  /** How far a total may be off and still count as reproduced, for the ranges (years). */
  totalSlack: number;
}

export const DEFAULTS: EstimateOptions = {
  lambda: 0.5,
  minYears: 0.5,
  floors: {},
  prior: 'equal-split',
  levels: {},
  fixed: {},
  totalSlack: 0.5,
};

export const fail = (message: string): never => {
  throw new Error(`estimate-step-years: ${message}`);
};
const isYears = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A record's own value for a key: titles are free text, and "constructor" must not find Object's. */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** Throws on the first invalid path or option, naming the offending path id or key. */
export function validateInputs(paths: readonly PathTotal[], o: EstimateOptions): void {
  if (!Array.isArray(paths) || paths.length === 0) fail('needs at least one path');
  if (!(Number.isFinite(o.lambda) && o.lambda > 0)) fail(`lambda must be a finite number > 0, got ${o.lambda}`);
  if (!isYears(o.minYears)) fail(`minYears must be a finite number ≥ 0, got ${o.minYears}`);
  if (!isYears(o.totalSlack)) fail(`totalSlack must be a finite number ≥ 0, got ${o.totalSlack}`);
  for (const [name, record] of [
    ['floors', o.floors],
    ['fixed', o.fixed],
  ] as const) {
    for (const [key, v] of Object.entries(record))
      if (!isYears(v)) fail(`${name}['${key}'] must be a finite number ≥ 0, got ${v}`);
  }
  const seen = new Set<string>();
  for (const p of paths) {
    const id = typeof p?.id === 'string' && p.id ? p.id : fail('every path needs a non-empty string id');
    if (seen.has(id)) fail(`path '${id}': duplicate id`);
    seen.add(id);
    if (!isYears(p.totalYears)) fail(`path '${id}': totalYears must be a finite number ≥ 0, got ${p.totalYears}`);
    if (!Array.isArray(p.tenureKeys) || p.tenureKeys.length === 0)
      fail(`path '${id}': tenureKeys must list at least one role`);
    p.tenureKeys.forEach((k, i) => {
      if (typeof k !== 'string' || !k.trim()) fail(`path '${id}': tenureKeys[${i}] must be a non-empty string`);
    });
    if (o.prior === 'level-mean') {
      for (const k of p.tenureKeys)
        if (own(o.fixed, k) === undefined && own(o.levels, k) === undefined)
          fail(`path '${id}': no level for '${k}' (needed by the level-mean prior)`);
    } else if (typeof o.prior === 'object') {
      for (const k of p.tenureKeys)
        if (own(o.fixed, k) === undefined && !isYears(own(o.prior, k))) fail(`path '${id}': no prior years for '${k}'`);
    }
  }
}

/** The free keys in first-seen order, the design matrix over them, and the totals net of fixed keys. */
export function buildSystem(paths: readonly PathTotal[], fixed: Readonly<Record<string, number>>) {
  const keys: string[] = [];
  for (const p of paths)
    for (const k of p.tenureKeys) if (own(fixed, k) === undefined && !keys.includes(k)) keys.push(k);
  const index = new Map(keys.map((k, i) => [k, i]));
  const a = paths.map((p) => {
    const row = new Array<number>(keys.length).fill(0);
    for (const k of p.tenureKeys) {
      const i = index.get(k);
      if (i !== undefined) row[i] = (row[i] as number) + 1;
    }
    return row;
  });
  const y = paths.map((p) => p.totalYears - p.tenureKeys.reduce((s, k) => s + (own(fixed, k) ?? 0), 0));
  return { keys, a, y };
}

/** The prior t0 per free key (see DEFAULTS.prior). */
export function priorYears(paths: readonly PathTotal[], o: EstimateOptions): Record<string, number> {
  const { keys, a, y } = buildSystem(paths, o.fixed);
  const custom = o.prior;
  if (typeof custom === 'object') return Object.fromEntries(keys.map((k) => [k, own(custom, k) as number]));
  if (o.prior === 'equal-split') {
    // Each path's remaining total split evenly over its free roles, averaged over the key's occurrences.
    const sums = new Array<number>(keys.length).fill(0);
    const counts = new Array<number>(keys.length).fill(0);
    a.forEach((row, p) => {
      const free = row.reduce((s, v) => s + v, 0);
      if (free === 0) return;
      const share = Math.max(0, y[p] as number) / free;
      row.forEach((v, i) => {
        sums[i] = (sums[i] as number) + v * share;
        counts[i] = (counts[i] as number) + v;
      });
    });
    return Object.fromEntries(keys.map((k, i) => [k, (sums[i] as number) / (counts[i] as number)]));
  }
  // Level mean: one tenure per level fitted to the totals (a handful of levels for many paths, so
  // the pooled system is over-determined and plain NNLS suffices).
  const levelOf = (k: string) => own(o.levels, k) as string;
  const levels = [...new Set(keys.map(levelOf))];
  const pooled = a.map((row) =>
    levels.map((l) => row.reduce((s, v, i) => s + (levelOf(keys[i] as string) === l ? v : 0), 0)),
  );
  const means = solveBoundedRidge({
    a: pooled,
    y,
    prior: levels.map(() => 0),
    lambda: 0,
    lower: levels.map(() => o.minYears),
  });
  return Object.fromEntries(keys.map((k) => [k, means[levels.indexOf(levelOf(k))] as number]));
}
