/**
 * Eligibility rules compiled for the searches. A requirement is a list of rules that all apply
 * (a job's hiring rules, a move's own requirement, a credential's required and recommended
 * gates), each with alternatives of which any one qualifies, and each with a strength. It is
 * compiled once into plain alternatives (the cross product of the rules' alternatives), every
 * item keeping its strength so a route can say why it studies or sits an exam.
 *
 * Relaxed (the user lets routes skip typical requirements), each typical rule may also be met
 * by its alternatives without their degrees, programs and credentials (never without their
 * experience: a promotion without the usual degree still rests on the years worked), and each
 * recommended rule may be skipped; what is left out is listed as skipped.
 */
/* eslint-disable max-lines -- one compiler of eligibility rules: the gate, requirement and relaxed forms are built by the same RulesCompiler and read together. */
import { EXPERIENCE_KINDS, EDUCATION_LEVELS, type Strength } from '../../data/vocabulary';
import type { CredentialGate, Gate, HiringRule, Requires } from '../../data/schema';
import type { CareerGraph, MoveEdgeAttributes } from '../types';
import { educationRank } from './constraints';

/** A gate that asks nothing yet: `gate()` fills it from its items; a credential without rules uses it as is. */
export function emptyGate(items: GateItem[] = [], skipped: GateItem[] = []): CompiledGate {
  return {
    edu: -1,
    eduStrength: 'required',
    programs: [],
    programStrength: [],
    creds: [],
    credStrength: [],
    exp: [],
    items,
    skipped,
  };
}

export interface Span {
  typical: number;
  low: number;
  high: number;
}

export const ZERO_SPAN: Span = { typical: 0, low: 0, high: 0 };

/** One thing a rule asks for, as the route card names it. */
export interface GateItem {
  kind: 'education' | 'program' | 'credential' | 'experience';
  /** An education level, program, credential or experience-kind id. */
  id: string;
  /** Years, for experience. */
  years?: number;
  strength: Strength;
}

/** A rule as the compiler takes it: all rules of a requirement apply, any alternative of each. */
export interface Rule {
  strength: Strength;
  anyOf: readonly Gate[];
}

export interface CompiledGate {
  /** −1 when no education is asked for. */
  edu: number;
  eduStrength: Strength;
  programs: number[];
  programStrength: Strength[];
  creds: number[];
  credStrength: Strength[];
  /** Experience asked for; `soft` when only recommended (it sets the typical time, not the shortest: see qualify). */
  exp: { kind: number; years: number; soft: boolean }[];
  /** Everything the alternative asks for, strongest strength first kept. */
  items: GateItem[];
  /** What a relaxed alternative leaves out. */
  skipped: GateItem[];
}

export interface CompiledProgram {
  index: number;
  id: string;
  entry: number;
  /** Education rank a graduate holds, −1 when the program confers none. */
  grants: number;
  /** The program itself and every program it counts as. */
  bits: bigint;
  /**
   * What holding it adds to a person's state: only the programs some rule names (a plain
   * associate degree counts through the education level), so that two ways to the same level
   * do not look different to the searches.
   */
  held: bigint;
  years: Span;
  /** Used to reach a plain education level (never named by a rule, nor counting as a named one). */
  general: boolean;
}

export interface CompiledRules {
  credIds: string[];
  credIndex: Map<string, number>;
  programs: CompiledProgram[];
  programIndex: Map<string, number>;
  /** Per credential: its gates' alternatives (honoured, relaxed), or null when the exam has no prerequisite. */
  credRules: (CompiledGate[] | null)[];
  credRulesRelaxed: (CompiledGate[] | null)[];
  /** Per program: the programs whose graduates count as having completed it (itself first). */
  countedBy: CompiledProgram[][];
  /** Per education rank: the general programs that reach it from below. */
  toLevel: CompiledProgram[][];
  /** Largest years of each experience kind any rule asks for: experience beyond it is worth nothing more. */
  expCap: number[];
  /** Alternatives (any one qualifies) of each distinct requirement, by requirement index. */
  requirements: CompiledGate[][];
}

const KINDS = new Map<string, number>(EXPERIENCE_KINDS.map((k, i) => [k, i]));
const RANK: Record<Strength, number> = { required: 0, typical: 1, recommended: 2 };
/** The stronger of two strengths ('required' beats 'typical' beats 'recommended'). */
export const stronger = (a: Strength, b: Strength): Strength => (RANK[a] <= RANK[b] ? a : b);

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

const isEmpty = (g: Gate) => !g.education && !g.programs?.length && !g.credentials?.length && !g.experience?.length;

/** The rules a move (or a first job) into a role applies: the job's hiring rules, then the move's own requirement (typical). */
export function moveRules(hiring: readonly HiringRule[] | undefined, requires: Requires | undefined): Rule[] {
  const out: Rule[] = (hiring ?? []).map((h) => ({ strength: h.strength, anyOf: h.anyOf }));
  if (requires) {
    const alternatives = alternativesOf(requires);
    if (!alternatives.every(isEmpty)) out.push({ strength: 'typical', anyOf: alternatives });
  }
  return out;
}

/** A credential's gates as rules: its required gates (any one), and its recommended gates (any one). */
export function credentialRules(gates: readonly CredentialGate[]): Rule[] {
  const required = gates.filter((g) => (g.strength ?? 'required') === 'required');
  const recommended = gates.filter((g) => g.strength === 'recommended');
  return [
    ...(required.length ? [{ strength: 'required' as const, anyOf: required }] : []),
    ...(recommended.length ? [{ strength: 'recommended' as const, anyOf: recommended }] : []),
  ];
}

function itemsOf(g: Gate, strength: Strength): GateItem[] {
  return [
    ...(g.education ? [{ kind: 'education' as const, id: g.education, strength }] : []),
    ...(g.programs ?? []).map((id) => ({ kind: 'program' as const, id, strength })),
    ...(g.credentials ?? []).map((id) => ({ kind: 'credential' as const, id, strength })),
    ...(g.experience ?? []).map((e) => ({ kind: 'experience' as const, id: e.kind, years: e.years, strength })),
  ];
}

/** The alternatives of one rule, with their relaxed forms when asked for. */
function ruleAlternatives(rule: Rule, relax: boolean): { items: GateItem[]; skipped: GateItem[] }[] {
  const honoured = rule.anyOf.map((g) => ({ items: itemsOf(g, rule.strength), skipped: [] as GateItem[] }));
  if (!relax || rule.strength === 'required') return honoured;
  const relaxed = honoured.map((a) => {
    const keep = rule.strength === 'typical' ? a.items.filter((i) => i.kind === 'experience') : [];
    return { items: keep, skipped: a.items.filter((i) => !keep.includes(i)) };
  });
  const seen = new Set<string>();
  const fewestSkips = relaxed.filter((a) => a.skipped.length > 0).sort((a, b) => a.skipped.length - b.skipped.length);
  return [
    ...honoured,
    ...fewestSkips.filter((a) => !seen.has(JSON.stringify(a.items)) && seen.add(JSON.stringify(a.items))),
  ];
}

/** Merges items (an item asked for twice keeps its strongest strength and largest years). */
function merge(items: readonly GateItem[]): GateItem[] {
  const byKey = new Map<string, GateItem>();
  for (const i of items) {
    const key = i.kind === 'education' ? 'education' : `${i.kind}:${i.id}`;
    const had = byKey.get(key);
    if (!had) byKey.set(key, { ...i });
    else if (i.kind === 'education') {
      const [hi, lo] = educationRank(i.id as never) > educationRank(had.id as never) ? [i, had] : [had, i];
      byKey.set(key, {
        ...hi,
        strength:
          educationRank(hi.id as never) === educationRank(lo.id as never)
            ? stronger(hi.strength, lo.strength)
            : hi.strength,
      });
    } else
      byKey.set(key, {
        ...had,
        strength: stronger(had.strength, i.strength),
        ...(i.years !== undefined ? { years: Math.max(had.years ?? 0, i.years) } : {}),
      });
  }
  return [...byKey.values()];
}

export class RulesCompiler {
  readonly rules: CompiledRules;
  #reqKeys = new Map<string, number>();
  #cred: (id: string) => number;

  constructor(graph: CareerGraph) {
    const programs = graph.getAttribute('programs') ?? [];
    const credRules = graph.getAttribute('credentialRules') ?? {};
    const credIndex = new Map<string, number>();
    const credIds: string[] = [];
    this.#cred = (id: string) => {
      let i = credIndex.get(id);
      if (i === undefined) credIndex.set(id, (i = credIds.push(id) - 1));
      return i;
    };
    Object.keys(credRules).forEach(this.#cred);
    const programIndex = new Map(programs.map((p, i) => [p.id, i]));
    const named = new Set<string>();
    const noteNames = (g: Gate) => g.programs?.forEach((p) => named.add(p));
    Object.values(credRules).forEach((gates) => gates.forEach(noteNames));
    graph.forEachEdge((_e, a) => alternativesOf(edgeRequires(a)).forEach(noteNames));
    graph.forEachNode((_n, a) => a.hiring?.forEach((h) => h.anyOf.forEach(noteNames)));
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
          held: bits & namedBits,
          years: p.years,
          general: (bits & namedBits) === 0n,
        };
      }),
      credRules: [],
      credRulesRelaxed: [],
      countedBy: [],
      toLevel: [],
      expCap: EXPERIENCE_KINDS.map(() => 0),
      requirements: [],
    };
    const all = this.rules.programs;
    this.rules.countedBy = all.map((p) => all.filter((q) => q.bits & (1n << BigInt(p.index))));
    this.rules.toLevel = EDUCATION_LEVELS.map((_l, level) =>
      all.filter((q) => q.general && q.grants >= level && q.entry < level),
    );
    // Credentials named only by moves (or held) get indexes on first use; rules compile after all are known.
    const compiled = Object.entries(credRules).map(([id, gates]) => [this.#cred(id), credentialRules(gates)] as const);
    for (const [i, rules] of compiled) {
      this.rules.credRules[i] = this.compile(rules, false);
      this.rules.credRulesRelaxed[i] = this.compile(rules, true);
    }
  }

  /** Index of a credential, adding one the rules never named (its exam then has no prerequisite). */
  credential(id: string): number {
    const i = this.#cred(id);
    if (this.rules.credRules[i] === undefined) this.rules.credRules[i] = this.rules.credRulesRelaxed[i] = null;
    return i;
  }

  /** The alternatives of all rules together (their cross product), each compiled. */
  compile(rules: readonly Rule[], relax: boolean): CompiledGate[] {
    let combos: { items: GateItem[]; skipped: GateItem[] }[] = [{ items: [], skipped: [] }];
    for (const rule of rules) {
      const alternatives = ruleAlternatives(rule, relax);
      combos = combos.flatMap((c) =>
        alternatives.map((a) => ({ items: [...c.items, ...a.items], skipped: [...c.skipped, ...a.skipped] })),
      );
    }
    return combos.map((c) => this.gate(merge(c.items), merge(c.skipped)));
  }

  gate(items: GateItem[], skipped: GateItem[] = []): CompiledGate {
    const g = emptyGate(items, skipped);
    for (const i of items) {
      if (i.kind === 'education')
        [g.edu, g.eduStrength] = [educationRank(i.id as (typeof EDUCATION_LEVELS)[number]), i.strength];
      else if (i.kind === 'program' && this.rules.programIndex.has(i.id)) {
        g.programs.push(this.rules.programIndex.get(i.id)!);
        g.programStrength.push(i.strength);
      } else if (i.kind === 'credential') {
        g.creds.push(this.credential(i.id));
        g.credStrength.push(i.strength);
      } else if (i.kind === 'experience') {
        const kind = KINDS.get(i.id)!;
        g.exp.push({ kind, years: i.years!, soft: i.strength === 'recommended' });
        this.rules.expCap[kind] = Math.max(this.rules.expCap[kind]!, i.years!);
      }
    }
    return g;
  }

  /** Index of a requirement's compiled alternatives; equal requirements share one (so qualify's memo is shared). */
  requirement(rules: readonly Rule[], relax: boolean): number {
    const key = `${relax ? 1 : 0}${JSON.stringify(rules)}`;
    let i = this.#reqKeys.get(key);
    if (i === undefined) {
      i = this.rules.requirements.push(this.compile(rules, relax)) - 1;
      this.#reqKeys.set(key, i);
    }
    return i;
  }
}
