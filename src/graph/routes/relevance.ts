/**
 * What is worth holding from each role on: the programs and credentials named by the
 * requirements of the moves a person can still take from there (and, for a credential named,
 * by its own eligibility rules). Whatever else a person holds cannot change a later move, so
 * the searches forget it at that role: two ways in that differ only in it are then one.
 */
import type { CompiledRules } from './rules';

export interface Relevance {
  programs: bigint[];
  creds: bigint[];
}

/** Bits a requirement names, with the credentials' own rules folded in. */
function namedBits(rules: CompiledRules, r: number, cache: Map<number, [bigint, bigint]>): [bigint, bigint] {
  const hit = cache.get(r);
  if (hit) return hit;
  let programs = 0n;
  let creds = 0n;
  const seen = new Set<number>();
  const visit = (gates: readonly { programs: number[]; creds: number[] }[]) => {
    for (const g of gates) {
      for (const p of g.programs) programs |= 1n << BigInt(p);
      for (const c of g.creds) {
        creds |= 1n << BigInt(c);
        if (seen.has(c)) continue;
        seen.add(c);
        visit(rules.credRules[c] ?? []);
        visit(rules.credRulesRelaxed[c] ?? []);
      }
    }
  };
  visit(rules.requirements[r]!);
  const out: [bigint, bigint] = [programs, creds];
  cache.set(r, out);
  return out;
}

/** Per role, the holdings any move reachable from it can use (a fixpoint over the moves). */
export function relevantHoldings(
  rules: CompiledRules,
  outStart: Int32Array,
  target: Int32Array,
  requirement: Int32Array,
): Relevance {
  const n = outStart.length - 1;
  const programs = new Array<bigint>(n).fill(0n);
  const creds = new Array<bigint>(n).fill(0n);
  const cache = new Map<number, [bigint, bigint]>();
  for (let changed = true; changed;) {
    changed = false;
    for (let u = 0; u < n; u++) {
      let p = programs[u]!;
      let c = creds[u]!;
      for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
        const v = target[e]!;
        p |= programs[v]!;
        c |= creds[v]!;
        if (requirement[e]! >= 0) {
          const [np, nc] = namedBits(rules, requirement[e]!, cache);
          p |= np;
          c |= nc;
        }
      }
      if (p !== programs[u] || c !== creds[u]) {
        programs[u] = p;
        creds[u] = c;
        changed = true;
      }
    }
  }
  return { programs, creds };
}
