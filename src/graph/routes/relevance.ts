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

type Gates = readonly { programs: number[]; creds: number[] }[];

/** Bits some gates name, with the named credentials' own rules (strict and relaxed) folded in. */
function gatesBits(rules: CompiledRules, gates: Gates): [bigint, bigint] {
  let programs = 0n;
  let creds = 0n;
  const seen = new Set<number>();
  const visit = (list: Gates) => {
    for (const g of list) {
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
  visit(gates);
  return [programs, creds];
}

/**
 * Bits a requirement names, with the credentials' own rules folded in: the only programs and
 * credentials `qualify` reads when it meets that requirement (route-index.ts memoises on them).
 */
export function namedBits(rules: CompiledRules, r: number, cache: Map<number, [bigint, bigint]>): [bigint, bigint] {
  let hit = cache.get(r);
  if (!hit) cache.set(r, (hit = gatesBits(rules, rules.requirements[r]!)));
  return hit;
}

const CREDENTIAL_BITS = new WeakMap<CompiledRules, Map<number, [bigint, bigint]>>();

/** Bits a credential's own rules name, itself included: all `qualify` reads to find the ways to earn it. */
export function credentialBits(rules: CompiledRules, c: number): [bigint, bigint] {
  let cache = CREDENTIAL_BITS.get(rules);
  if (!cache) CREDENTIAL_BITS.set(rules, (cache = new Map()));
  let hit = cache.get(c);
  if (!hit) cache.set(c, (hit = gatesBits(rules, [{ programs: [], creds: [c] }])));
  return hit;
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
