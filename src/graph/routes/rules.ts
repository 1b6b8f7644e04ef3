/**
 * Eligibility rules compiled for the searches, and `qualify`: every way a person in a given
 * state can meet what a move asks for — which programs to study (with their typical lengths),
 * which exams to sit, and how much experience of which kind they must have by then.
 *
 * State only grows along a route (education, completed programs, credentials), and holding
 * more never makes a requirement dearer; the searches' dominance rule rests on that.
 */
import { EXPERIENCE_KINDS } from '../../data/vocabulary';
import type { Gate, Requires } from '../../data/schema';
import type { CareerGraph, MoveEdgeAttributes } from '../types';
import { EPS, educationRank } from './constraints';

export interface Span {
  typical: number;
  low: number;
  high: number;
}

export const ZERO_SPAN: Span = { typical: 0, low: 0, high: 0 };

export interface PersonState {
  /** Education rank (index in EDUCATION_LEVELS). */
  edu: number;
  /** Completed programs, and what they count as, as bits over CompiledRules.programIds. */
  programs: bigint;
  /** Credentials held, as bits over CompiledRules.credIds. */
  creds: bigint;
}

export interface CompiledGate {
  /** −1 when no education is asked for. */
  edu: number;
  programs: number[];
  creds: number[];
  exp: { kind: number; years: number }[];
}

export interface CompiledProgram {
  index: number;
  id: string;
  entry: number;
  /** Education rank a graduate holds, −1 when the program confers none. */
  grants: number;
  /** The program itself and every program it counts as. */
  bits: bigint;
  years: Span;
  /** Used to reach a plain education level (never named by a rule, nor counting as a named one). */
  general: boolean;
}

export type Acquisition =
  | { kind: 'program'; program: number }
  | { kind: 'credential'; credential: number }
  /** An education level no program in the data leads to: its length is not stated. */
  | { kind: 'level'; edu: number };

export interface Option {
  state: PersonState;
  /** Full-time years of study for everything acquired. */
  study: Span;
  /** New credentials, programs and levels. */
  steps: number;
  acquired: Acquisition[];
  /** Years of experience of each kind (EXPERIENCE_KINDS order) needed by the time of the move. */
  exp: number[];
  /** The credential whose rule asks for each kind of experience (−1: the move itself). */
  expFor: number[];
  /** Which alternative of the requirement this option meets. */
  alternative: number;
}

export interface CompiledRules {
  credIds: string[];
  credIndex: Map<string, number>;
  programs: CompiledProgram[];
  programIndex: Map<string, number>;
  /** Per credential: its rule's alternatives, or null when the exam has no prerequisite. */
  credRules: (CompiledGate[] | null)[];
  /** Largest years of each experience kind any rule asks for: experience beyond it is worth nothing more. */
  expCap: number[];
  /** Alternatives (any one qualifies) of each distinct requirement, by requirement index. */
  requirements: CompiledGate[][];
}

const KINDS = new Map<string, number>(EXPERIENCE_KINDS.map((k, i) => [k, i]));
const MAX_DEPTH = 4;

/** A move's requirement as stated on the graph: the full rule when present, else its flat form. */
export function edgeRequires(attr: MoveEdgeAttributes): Requires {
  return (
    attr.requires ?? {
      credentials: attr.requiresCredentials,
      ...(attr.requiresEducation ? { education: attr.requiresEducation } : {}),
    }
  );
}

/** The alternatives of a requirement: its own items merged into each `anyOf` alternative. */
export function alternativesOf(r: Requires): Gate[] {
  const base: Gate = { ...r };
  delete (base as Requires).anyOf;
  if (!r.anyOf) return [base];
  return r.anyOf.map((alt) => ({
    education: [base.education, alt.education]
      .filter((e) => e !== undefined)
      .sort((a, b) => educationRank(b!) - educationRank(a!))[0],
    programs: [...(base.programs ?? []), ...(alt.programs ?? [])],
    credentials: [...(base.credentials ?? []), ...(alt.credentials ?? [])],
    experience: [...(base.experience ?? []), ...(alt.experience ?? [])],
    ...((alt.note ?? base.note) ? { note: alt.note ?? base.note } : {}),
  }));
}

export class RulesCompiler {
  readonly rules: CompiledRules;
  #reqKeys = new Map<string, number>();

  constructor(graph: CareerGraph) {
    const programs = graph.getAttribute('programs') ?? [];
    const credRules = graph.getAttribute('credentialRules') ?? {};
    const credIndex = new Map<string, number>();
    const credIds: string[] = [];
    const cred = (id: string) => {
      let i = credIndex.get(id);
      if (i === undefined) credIndex.set(id, (i = credIds.push(id) - 1));
      return i;
    };
    Object.keys(credRules).forEach(cred);
    const programIndex = new Map(programs.map((p, i) => [p.id, i]));
    const named = new Set<string>();
    const noteNames = (g: Gate) => g.programs?.forEach((p) => named.add(p));
    Object.values(credRules).forEach((gates) => gates.forEach(noteNames));
    graph.forEachEdge((_e, a) => alternativesOf(edgeRequires(a)).forEach(noteNames));
    (graph.getAttribute('entries') ?? []).forEach((e) => alternativesOf(e.requires).forEach(noteNames));
    const bitOf = (id: string) => (programIndex.has(id) ? 1n << BigInt(programIndex.get(id)!) : 0n);
    const namedBits = [...named].reduce((b, id) => b | bitOf(id), 0n);
    this.rules = {
      credIds,
      credIndex,
      programIndex,
      programs: programs.map((p, index) => {
        const bits = [p.id, ...(p.countsAs ?? [])].reduce((b, id) => b | bitOf(id), 0n);
        return {
          index,
          id: p.id,
          entry: educationRank(p.entry),
          grants: p.grants ? educationRank(p.grants) : -1,
          bits,
          years: p.years,
          general: (bits & namedBits) === 0n,
        };
      }),
      credRules: [],
      expCap: EXPERIENCE_KINDS.map(() => 0),
      requirements: [],
    };
    // Credentials named only by moves (or held) get indexes on first use; rules compile after all are known.
    const compiled = Object.entries(credRules).map(([id, gates]) => [cred(id), gates] as const);
    this.#cred = cred;
    for (const [i, gates] of compiled) this.rules.credRules[i] = gates.map((g) => this.gate(g));
  }

  #cred: (id: string) => number;

  /** Index of a credential, adding one the rules never named (its exam then has no prerequisite). */
  credential(id: string): number {
    const i = this.#cred(id);
    if (this.rules.credRules[i] === undefined) this.rules.credRules[i] = null;
    return i;
  }

  gate(g: Gate): CompiledGate {
    const exp = (g.experience ?? []).map((e) => ({ kind: KINDS.get(e.kind)!, years: e.years }));
    for (const e of exp) this.rules.expCap[e.kind] = Math.max(this.rules.expCap[e.kind]!, e.years);
    return {
      edu: g.education ? educationRank(g.education) : -1,
      programs: (g.programs ?? [])
        .filter((p) => this.rules.programIndex.has(p))
        .map((p) => this.rules.programIndex.get(p)!),
      creds: (g.credentials ?? []).map((c) => this.credential(c)),
      exp,
    };
  }

  /** Index of a requirement's compiled alternatives; equal requirements share one (so qualify's memo is shared). */
  requirement(r: Requires): number {
    const key = JSON.stringify(r);
    let i = this.#reqKeys.get(key);
    if (i === undefined) {
      i = this.rules.requirements.push(alternativesOf(r).map((g) => this.gate(g))) - 1;
      this.#reqKeys.set(key, i);
    }
    return i;
  }
}

export function holds(state: PersonState, other: PersonState): boolean {
  return state.edu >= other.edu && (other.programs & ~state.programs) === 0n && (other.creds & ~state.creds) === 0n;
}

function addSpan(a: Span, b: Span): Span {
  return { typical: a.typical + b.typical, low: a.low + b.low, high: a.high + b.high };
}

/**
 * Every way to meet a requirement (its alternatives, and within each the programs, exams and
 * levels to acquire), without options that another is at least as good as in every respect.
 * Education above `ceilingRank` is never acquired.
 */
export function qualify(
  rules: CompiledRules,
  state: PersonState,
  alternatives: readonly CompiledGate[],
  ceilingRank: number,
): Option[] {
  const all = alternatives.flatMap((g, alternative) =>
    satisfyGate(rules, { ...nothingToDo(state), alternative }, g, ceilingRank, 0, -1),
  );
  return all.filter((o, i) => !all.some((p, j) => j !== i && betterOrEqual(p, o) && (!betterOrEqual(o, p) || j < i)));
}

/** The option of a move that asks for nothing. */
export function nothingToDo(state: PersonState): Option {
  return {
    state,
    study: ZERO_SPAN,
    steps: 0,
    acquired: [],
    exp: EXPERIENCE_KINDS.map(() => 0),
    expFor: EXPERIENCE_KINDS.map(() => -1),
    alternative: 0,
  };
}

function betterOrEqual(a: Option, b: Option): boolean {
  return (
    a.study.typical <= b.study.typical + EPS &&
    a.steps <= b.steps &&
    holds(a.state, b.state) &&
    a.exp.every((y, k) => y <= b.exp[k]! + EPS)
  );
}

function satisfyGate(
  rules: CompiledRules,
  o: Option,
  g: CompiledGate,
  ceiling: number,
  depth: number,
  forCred: number,
): Option[] {
  let opts = [o];
  for (const p of g.programs) opts = opts.flatMap((x) => needProgram(rules, x, p, ceiling, depth));
  for (const c of g.creds) opts = opts.flatMap((x) => needCredential(rules, x, c, ceiling, depth));
  if (g.edu >= 0) opts = opts.flatMap((x) => needEducation(rules, x, g.edu, ceiling, depth));
  if (!g.exp.length) return opts;
  return opts.map((x) => {
    const exp = [...x.exp];
    const expFor = [...x.expFor];
    for (const e of g.exp) {
      if (e.years > exp[e.kind]!) {
        exp[e.kind] = e.years;
        expFor[e.kind] = forCred;
      }
    }
    return { ...x, exp, expFor };
  });
}

function acquireProgram(rules: CompiledRules, o: Option, p: CompiledProgram, ceiling: number, depth: number): Option[] {
  if (p.grants > ceiling) return [];
  return needEducation(rules, o, p.entry, ceiling, depth + 1).map((x) => ({
    ...x,
    state: { ...x.state, edu: Math.max(x.state.edu, p.grants), programs: x.state.programs | p.bits },
    study: addSpan(x.study, p.years),
    steps: x.steps + 1,
    acquired: [...x.acquired, { kind: 'program', program: p.index }],
  }));
}

function needProgram(rules: CompiledRules, o: Option, program: number, ceiling: number, depth: number): Option[] {
  const bit = 1n << BigInt(program);
  if (o.state.programs & bit) return [o];
  if (depth > MAX_DEPTH) return [];
  return rules.programs.filter((p) => p.bits & bit).flatMap((p) => acquireProgram(rules, o, p, ceiling, depth));
}

function needEducation(rules: CompiledRules, o: Option, level: number, ceiling: number, depth: number): Option[] {
  if (o.state.edu >= level) return [o];
  if (level > ceiling || depth > MAX_DEPTH) return [];
  const programs = rules.programs.filter((p) => p.general && p.grants >= level && p.entry < level);
  if (programs.length) return programs.flatMap((p) => acquireProgram(rules, o, p, ceiling, depth));
  return [
    {
      ...o,
      state: { ...o.state, edu: level },
      steps: o.steps + 1,
      acquired: [...o.acquired, { kind: 'level', edu: level }],
    },
  ];
}

function needCredential(rules: CompiledRules, o: Option, c: number, ceiling: number, depth: number): Option[] {
  const bit = 1n << BigInt(c);
  if (o.state.creds & bit) return [o];
  if (depth > MAX_DEPTH) return [];
  const gates = rules.credRules[c] ?? [{ edu: -1, programs: [], creds: [], exp: [] }];
  return gates
    .flatMap((g) => satisfyGate(rules, o, g, ceiling, depth + 1, c))
    .filter((x) => !(x.state.creds & bit))
    .map((x) => ({
      ...x,
      state: { ...x.state, creds: x.state.creds | bit },
      steps: x.steps + 1,
      acquired: [...x.acquired, { kind: 'credential', credential: c }],
    }));
}
