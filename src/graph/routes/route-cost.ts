/**
 * Turns a search label into a Route: each step's time on the one clock (job years, experience a
 * rule asks for, study alongside or instead of work), what each move asks for and whether it
 * was already met, and the objective's score. `routeAlong` finds the best way to meet the
 * requirements along a fixed sequence of roles (a stored plan's route).
 */
import { EDUCATION_LEVELS, EXPERIENCE_KINDS, type EducationLevel, type ExperienceKind } from '../../data/vocabulary';
import { EPS, NO_JOB, type StudyMode } from './constraints';
import type { RouteIndex } from './route-index';
import { ZERO_SPAN, type GateItem, type Span } from './rules';
import { scheduleOf } from './schedule';
import { chainOf, labelsAlong, startLabel, type Label } from './search';
import type { Objective, Requirement, Route, RouteMove, YearsSpan } from './types';

/** How a derived move's time in the role before it was set (tenureOf in derived-moves.ts). */
export const DERIVED_TENURE =
  'No source lists this move: the time in the role before it is the shortest typical time of the moves the sources list out of the role (or out of roles at its level).';

export type SalaryOf = (roleId: string) => number | undefined;

const add = (a: Span, b: Span): Span => ({ typical: a.typical + b.typical, low: a.low + b.low, high: a.high + b.high });

function requirementsOf(index: RouteIndex, label: Label): Requirement[] {
  const r = index.requirement[label.edge]!;
  if (r < 0 || !label.option) return [];
  const gate = index.rules.requirements[r]![label.option.alternative]!;
  const before = label.parent!;
  const met = (i: GateItem): boolean => {
    switch (i.kind) {
      case 'credential':
        return (
          index.rules.credIndex.has(i.id) &&
          (before.state.creds & (1n << BigInt(index.rules.credIndex.get(i.id)!))) !== 0n
        );
      case 'program':
        return (
          index.rules.programIndex.has(i.id) &&
          (before.state.programs & (1n << BigInt(index.rules.programIndex.get(i.id)!))) !== 0n
        );
      case 'education':
        return before.state.edu >= EDUCATION_LEVELS.indexOf(i.id as EducationLevel);
      case 'experience':
        return before.exp[EXPERIENCE_KINDS.indexOf(i.id as ExperienceKind)]! >= i.years! - EPS;
    }
  };
  const order = { credential: 0, program: 1, education: 2, experience: 3 };
  const items = [...gate.items].sort((a, b) => order[a.kind] - order[b.kind]);
  return [
    ...items.map((i) => ({
      kind: i.kind,
      id: i.id,
      ...(i.years !== undefined ? { years: i.years } : {}),
      met: met(i),
      strength: i.strength,
    })),
    ...label.option.skipped.map((i) => ({
      kind: i.kind,
      id: i.id,
      ...(i.years !== undefined ? { years: i.years } : {}),
      met: false,
      strength: i.strength,
      skipped: true,
    })),
  ];
}

function jobYears(index: RouteIndex, label: Label): YearsSpan {
  const t = label.time!;
  if (label.parent!.node === index.noJob) return { ...t.job, estimated: false };
  if (index.derived[label.edge]) return { ...t.job, estimated: true, method: DERIVED_TENURE };
  const years = index.graph.getEdgeAttribute(index.edgeKey[label.edge]!, 'years');
  return { ...t.job, estimated: years.estimated, ...(years.method ? { method: years.method } : {}) };
}

function moveOf(index: RouteIndex, label: Label): RouteMove {
  const t = label.time!;
  const o = label.option!;
  const job = jobYears(index, label);
  // The kind of experience that stretched the step: the largest shortfall the from-role can fill.
  const from = label.parent!;
  let kind = -1;
  let most = 0;
  o.exp.forEach((y, k) => {
    const missing = y - from.exp[k]!;
    if (missing > most + EPS && index.experience[from.node]! & (1 << k)) [kind, most] = [k, missing];
  });
  return {
    edge: index.edgeKey[label.edge]!,
    derived: index.derived[label.edge] === 1,
    from: index.ids[label.parent!.node]!,
    to: index.ids[label.node]!,
    years: { ...t.clock, estimated: job.estimated, ...(job.method ? { method: job.method } : {}) },
    job,
    extraExperience:
      t.neededExperience > 0 && kind >= 0
        ? {
            years: t.neededExperience - t.job.typical,
            kind: EXPERIENCE_KINDS[kind]!,
            credential: o.expFor[kind]! >= 0 ? index.rules.credIds[o.expFor[kind]!]! : null,
          }
        : null,
    study: o.acquired.flatMap((a) =>
      a.kind === 'program'
        ? [
            {
              program: index.rules.programs[a.program]!.id,
              years: index.rules.programs[a.program]!.years,
              strength: a.strength,
            },
          ]
        : [],
    ),
    levels: o.acquired.flatMap((a) => (a.kind === 'level' ? [EDUCATION_LEVELS[a.edu]!] : [])),
    studyMode: t.studyMode,
    studyLead: t.lead,
    exams: o.acquired.flatMap((a) => (a.kind === 'credential' ? [index.rules.credIds[a.credential]!] : [])),
    requirements: requirementsOf(index, label),
    relaxed: o.skipped.length > 0,
  };
}

/** The route a target label stands for. */
export function computeRoute(index: RouteIndex, label: Label, objective: Objective, salaryOf?: SalaryOf): Route {
  const chain = chainOf(label);
  const moves = chain.slice(1).map((l) => moveOf(index, l));
  let work = ZERO_SPAN;
  let study = ZERO_SPAN;
  let studyMode: StudyMode | null = null;
  for (const l of chain.slice(1)) {
    work = add(work, l.parent!.node === index.noJob ? ZERO_SPAN : l.time!.work);
    study = add(study, l.time!.study);
    studyMode ??= l.parent!.node === index.noJob ? null : l.time!.studyMode;
  }
  const edu = label.state.edu;
  const route: Route = {
    roles: chain.map((l) => index.ids[l.node]!),
    moves,
    totalYears: { typical: label.years, low: label.low, high: label.high },
    parts: { work, study, studyMode },
    schedule: scheduleOf(index, chain),
    estimated: moves.some((m) => m.job.estimated),
    relaxed: moves.some((m) => m.relaxed),
    newCredentials: moves.flatMap((m) => m.exams),
    newPrograms: moves.flatMap((m) => m.study.map((s) => s.program)),
    newEducation: edu > index.initial.edu ? (EDUCATION_LEVELS[edu] as EducationLevel) : null,
    steps: label.steps,
    cost: null,
  };
  route.cost = objectiveValue(route, objective, salaryOf);
  return route;
}

/**
 * The best way (fewest years, then steps) to meet every requirement along a fixed sequence of
 * move positions from `start`; null when some move cannot be met.
 */
export function routeAlong(index: RouteIndex, start: number, edges: readonly number[]): Label | null {
  const labels = labelsAlong(index, startLabel(index, start, null), edges);
  return labels.sort((a, b) => a.years - b.years || a.steps - b.steps)[0] ?? null;
}

/** The objective's score for a route (see Objective); null when a salary it needs is unknown. */
export function objectiveValue(route: Route, objective: Objective, salaryOf?: SalaryOf): number | null {
  switch (objective) {
    case 'years':
      return route.totalYears.typical;
    case 'credentials':
      return route.steps;
    case 'salary_gain': {
      const start = route.roles[0] === NO_JOB ? undefined : salaryOf?.(route.roles[0]!);
      const end = salaryOf?.(route.roles[route.roles.length - 1]!);
      if (start === undefined || end === undefined || route.totalYears.typical <= 0) return null;
      return (end - start) / route.totalYears.typical;
    }
    case 'salary_end':
      return salaryOf?.(route.roles[route.roles.length - 1]!) ?? null;
  }
}

function compareRoles(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

function compareNumbers(a: number, b: number): number {
  return Math.abs(a - b) <= EPS ? 0 : a - b;
}

/**
 * Total order used to sort results: 'credentials' by steps then years; every other objective
 * by years then steps (for a fixed start and destination the salary objectives rank like years);
 * then by role ids, so equal-cost routes always come out in the same order.
 */
export function compareRoutes(objective: Objective): (a: Route, b: Route) => number {
  return (a, b) => {
    const years = compareNumbers(a.totalYears.typical, b.totalYears.typical);
    const steps = a.steps - b.steps;
    const primary = objective === 'credentials' ? steps || years : years || steps;
    return primary || compareRoles(a.roles, b.roles);
  };
}
