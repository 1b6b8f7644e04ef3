/**
 * Credentials a person could sit for at any later move at no cost in time: exams with no rule,
 * or with an alternative of their rules the person already meets in full (its education,
 * programs, credentials and experience). What they hold only grows and their experience only
 * adds up, so such an exam stays open to them, and taking it later adds a step but no year.
 *
 * The years-only searches (reachability) use it: a label that lacks only such credentials of
 * another's, and is otherwise no worse, reaches every role no later (search.ts, `dominates`).
 * A credential some rule names as recommended is never counted: a recommendation counts only
 * when held (qualify.ts), so holding it may open a way that sitting it later would not.
 */
import { EPS } from './constraints';
import { heldGate, type PersonState } from './qualify';
import type { RouteIndex } from './route-index';
import type { CompiledGate } from './rules';

const RECOMMENDED = new WeakMap<RouteIndex, bigint>();

/** Credentials some compiled gate (of a move or of an exam) names as recommended. */
function recommendedCredentials(index: RouteIndex): bigint {
  let bits = RECOMMENDED.get(index);
  if (bits !== undefined) return bits;
  bits = 0n;
  const note = (gates: readonly CompiledGate[] | null | undefined) => {
    for (const g of gates ?? [])
      g.creds.forEach((c, i) => {
        if (g.credStrength[i] === 'recommended') bits! |= 1n << BigInt(c);
      });
  };
  index.rules.requirements.forEach(note);
  index.rules.credRules.forEach(note);
  index.rules.credRulesRelaxed.forEach(note);
  RECOMMENDED.set(index, bits);
  return bits;
}

function meets(g: CompiledGate, state: PersonState, exp: readonly number[]): boolean {
  if (!heldGate(state, g)) return false;
  for (const e of g.exp) if (exp[e.kind]! < e.years - EPS) return false;
  return true;
}

/** Bits of the credentials not held that the person could sit for with nothing more to do. */
export function sittable(index: RouteIndex, state: PersonState, exp: readonly number[]): bigint {
  const recommended = recommendedCredentials(index);
  let out = 0n;
  index.rules.credRules.forEach((gates, c) => {
    const bit = 1n << BigInt(c);
    if (state.creds & bit || recommended & bit) return;
    if (!gates || gates.some((g) => meets(g, state, exp))) out |= bit;
  });
  return out;
}
