/**
 * `qualify`: every way a person in a given state can meet a requirement — which programs to
 * study (with their typical lengths), which exams to sit, how much experience of which kind
 * they must have by then, and (relaxed) which typical or recommended items they skip.
 *
 * State only grows along a route (education, completed programs, credentials), and holding
 * more never makes a requirement dearer; the searches' dominance rule rests on that.
 */
import { EXPERIENCE_KINDS, type Strength } from '../../data/vocabulary';
import { EPS } from './constraints';
import { credentialBits } from './relevance';
import {
  emptyGate,
  ZERO_SPAN,
  type CompiledGate,
  type CompiledProgram,
  type CompiledRules,
  type GateItem,
  type Span,
} from './rules';

export interface PersonState {
  /** Education rank (index in EDUCATION_LEVELS). */
  edu: number;
  /** Completed programs, and what they count as, as bits over CompiledRules.programIds. */
  programs: bigint;
  /** Credentials held, as bits over CompiledRules.credIds. */
  creds: bigint;
}

export type Acquisition =
  | { kind: 'program'; program: number; strength: Strength }
  | { kind: 'credential'; credential: number; strength: Strength }
  /** An education level no program in the data leads to: its length is not stated. */
  | { kind: 'level'; edu: number; strength: Strength };

export interface Option {
  state: PersonState;
  /** Full-time years of study for everything acquired. */
  study: Span;
  /** New credentials, programs and levels. */
  steps: number;
  acquired: Acquisition[];
  /** Years of experience of each kind (EXPERIENCE_KINDS order) needed by the time of the move. */
  exp: number[];
  /**
   * The part of `exp` that a required rule asks for. Recommended experience (AHIMA's two years
   * before the CCS) is the typical time before the move, not a gate (domain-facts.md, "How AHIMA
   * treats experience"): it lengthens the typical and high time, and the shortest stays open.
   */
  expFloor: number[];
  /** The credential whose rule asks for each kind of experience (−1: the move itself). */
  expFor: number[];
  /** Which alternative of the requirement this option meets. */
  alternative: number;
  /** Typical or recommended items left out (relaxed requirements only), the move's and its exams'. */
  skipped: GateItem[];
}

interface Context {
  rules: CompiledRules;
  ceiling: number;
  relax: boolean;
  /** Ways to earn a credential from a state (under this ceiling and relaxation). */
  memo: Map<string, Option[]>;
}

const MAX_DEPTH = 4;

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
  relax = false,
  memo = new Map<string, Option[]>(),
): Option[] {
  const ctx: Context = { rules, ceiling: ceilingRank, relax, memo };
  const all = alternatives.flatMap((g, alternative) =>
    satisfyGate(ctx, { ...nothingToDo(state), alternative, skipped: g.skipped }, g, 0, -1),
  );
  // Cheapest first: an option can only be beaten by one before it (or an equal one after it).
  all.sort((a, b) => a.study.typical - b.study.typical || a.steps - b.steps || a.skipped.length - b.skipped.length);
  const kept: Option[] = [];
  for (const o of all) if (!kept.some((p) => betterOrEqual(p, o))) kept.push(o);
  return kept;
}

/** The option of a move that asks for nothing. */
export function nothingToDo(state: PersonState): Option {
  return {
    state,
    study: ZERO_SPAN,
    steps: 0,
    acquired: [],
    exp: EXPERIENCE_KINDS.map(() => 0),
    expFloor: EXPERIENCE_KINDS.map(() => 0),
    expFor: EXPERIENCE_KINDS.map(() => -1),
    alternative: 0,
    skipped: [],
  };
}

function betterOrEqual(a: Option, b: Option): boolean {
  if (
    a.study.typical > b.study.typical + EPS ||
    a.steps > b.steps ||
    a.skipped.length > b.skipped.length ||
    a.state.edu < b.state.edu
  )
    return false;
  for (let k = 0; k < a.exp.length; k++)
    if (a.exp[k]! > b.exp[k]! + EPS || a.expFloor[k]! > b.expFloor[k]! + EPS) return false;
  return holds(a.state, b.state);
}

function satisfyGate(ctx: Context, o: Option, g: CompiledGate, depth: number, forCred: number): Option[] {
  let opts = [o];
  g.programs.forEach((p, i) => (opts = opts.flatMap((x) => needProgram(ctx, x, p, g.programStrength[i]!, depth))));
  g.creds.forEach((c, i) => {
    // A recommendation never sends a person to sit another exam: a recommended credential counts only when held.
    const held = (x: Option) => (x.state.creds & (1n << BigInt(c))) !== 0n;
    opts =
      g.credStrength[i] === 'recommended'
        ? opts.filter(held)
        : opts.flatMap((x) => needCredential(ctx, x, c, g.credStrength[i]!, depth));
  });
  if (g.edu >= 0) opts = opts.flatMap((x) => needEducation(ctx, x, g.edu, g.eduStrength, depth));
  if (!g.exp.length) return opts;
  return opts.map((x) => {
    const exp = [...x.exp];
    const expFloor = [...x.expFloor];
    const expFor = [...x.expFor];
    for (const e of g.exp) {
      if (e.years > exp[e.kind]!) {
        exp[e.kind] = e.years;
        expFor[e.kind] = forCred;
      }
      if (!e.soft && e.years > expFloor[e.kind]!) expFloor[e.kind] = e.years;
    }
    return { ...x, exp, expFloor, expFor };
  });
}

function acquireProgram(ctx: Context, o: Option, p: CompiledProgram, strength: Strength, depth: number): Option[] {
  if (p.grants > ctx.ceiling) return [];
  return needEducation(ctx, o, p.entry, strength, depth + 1).map((x) => ({
    ...x,
    state: { ...x.state, edu: Math.max(x.state.edu, p.grants), programs: x.state.programs | p.held },
    study: addSpan(x.study, p.years),
    steps: x.steps + 1,
    acquired: [...x.acquired, { kind: 'program', program: p.index, strength }],
  }));
}

function needProgram(ctx: Context, o: Option, program: number, strength: Strength, depth: number): Option[] {
  const bit = 1n << BigInt(program);
  if (o.state.programs & bit) return [o];
  if (depth > MAX_DEPTH) return [];
  return ctx.rules.countedBy[program]!.flatMap((p) => acquireProgram(ctx, o, p, strength, depth));
}

function needEducation(ctx: Context, o: Option, level: number, strength: Strength, depth: number): Option[] {
  if (o.state.edu >= level) return [o];
  if (level > ctx.ceiling || depth > MAX_DEPTH) return [];
  const programs = ctx.rules.toLevel[level]!;
  if (programs.length) return programs.flatMap((p) => acquireProgram(ctx, o, p, strength, depth));
  return [
    {
      ...o,
      state: { ...o.state, edu: level },
      steps: o.steps + 1,
      acquired: [...o.acquired, { kind: 'level', edu: level, strength }],
    },
  ];
}

function needCredential(ctx: Context, o: Option, c: number, strength: Strength, depth: number): Option[] {
  const bit = 1n << BigInt(c);
  if (o.state.creds & bit) return [o];
  // The ways to earn a credential depend only on what the person holds of what its rules name
  // (relevance.ts): found once per such state, what else is held is added back after.
  const [programs, creds] = credentialBits(ctx.rules, c);
  const core: PersonState = { edu: o.state.edu, programs: o.state.programs & programs, creds: o.state.creds & creds };
  const key = `${c}|${depth}|${core.edu}|${core.programs}|${core.creds}`;
  let ways = ctx.memo.get(key);
  if (!ways) {
    let gates = (ctx.relax ? ctx.rules.credRulesRelaxed[c] : ctx.rules.credRules[c]) ?? [EMPTY_GATE];
    // Past the depth limit an exam is still open when its rule asks for nothing more than the
    // person holds (then it stays open as they hold more: the years-only dominance rests on it, sittable.ts).
    if (depth > MAX_DEPTH) gates = gates.filter((g) => heldGate(core, g));
    const start = nothingToDo(core);
    ways = gates
      .flatMap((g) => satisfyGate(ctx, g.skipped.length ? { ...start, skipped: g.skipped } : start, g, depth + 1, c))
      .filter((x) => !(x.state.creds & bit));
    ctx.memo.set(key, ways);
  }
  return ways.map((w) => ({
    state: {
      edu: Math.max(o.state.edu, w.state.edu),
      programs: o.state.programs | w.state.programs,
      creds: o.state.creds | w.state.creds | bit,
    },
    study: addSpan(o.study, w.study),
    steps: o.steps + w.steps + 1,
    acquired: [...o.acquired, ...w.acquired, { kind: 'credential', credential: c, strength }],
    exp: o.exp.map((y, k) => Math.max(y, w.exp[k]!)),
    expFloor: o.expFloor.map((y, k) => Math.max(y, w.expFloor[k]!)),
    expFor: o.expFor.map((f, k) => (w.exp[k]! > o.exp[k]! ? w.expFor[k]! : f)),
    alternative: o.alternative,
    skipped: w.skipped.length ? [...o.skipped, ...w.skipped] : o.skipped,
  }));
}

const EMPTY_GATE: CompiledGate = emptyGate();

/** Whether a gate's education, programs and credentials are all held (its experience aside). */
export function heldGate(state: PersonState, g: CompiledGate): boolean {
  if (g.edu >= 0 && state.edu < g.edu) return false;
  for (const p of g.programs) if (!(state.programs & (1n << BigInt(p)))) return false;
  for (const c of g.creds) if (!(state.creds & (1n << BigInt(c)))) return false;
  return true;
}
