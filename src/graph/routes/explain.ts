/**
 * explainNoRoute: when no route fits the constraints, say why in plain words and what would
 * open one. It re-runs the fastest-route search with constraints relaxed one at a time
 * (no year limit; a higher education ceiling; no avoided roles) to find which one blocks.
 * Returns null when a route exists.
 */
import { EDUCATION_LEVELS, type EducationLevel } from '../../data/vocabulary';
import type { CareerGraph } from '../types';
import { DEFAULT_CONSTRAINTS, EDUCATION_NAMES, EPS, NO_JOB, assertGraph, assertRole, assertStart, resolveConstraints, type Constraints } from './constraints';
import type { Route } from './types';
import { kBestRoutes } from './yen';

const MODULE = 'graph/routes/explain';

export const EXPLAIN_DEFAULTS: Constraints = DEFAULT_CONSTRAINTS;

export type NoRouteReason = 'same_role' | 'unreachable' | 'avoided' | 'education' | 'max_years';

export interface RouteFix {
  kind: 'raise_ceiling' | 'allow_years' | 'stop_avoiding';
  message: string;
  educationCeiling?: EducationLevel;
  years?: number;
  roles?: string[];
}

export interface NoRouteExplanation {
  reasons: NoRouteReason[];
  /** One or two plain sentences. */
  message: string;
  /** What would open a route; applied together they do. */
  fixes: RouteFix[];
  /** What the fastest route that would open asks for (programs, exams, experience), in plain words. */
  needs: string[];
}

/** "7", "2.5", "3.25": years as a person reads them (at most two decimals). */
export function formatYears(years: number): string {
  return String(Math.round(years * 100) / 100);
}

export function explainNoRoute(graph: CareerGraph, from: string, to: string, options: Partial<Constraints> = {}): NoRouteExplanation | null {
  assertGraph(MODULE, graph);
  assertStart(MODULE, graph, from);
  assertRole(MODULE, graph, to);
  const c = resolveConstraints(MODULE, graph, options);
  const label = (id: string) => (id === NO_JOB ? 'no job yet' : graph.getNodeAttribute(id, 'label') || id);
  const list = (ids: string[]) => {
    const names = ids.map(label);
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  };
  if (from === to) return { reasons: ['same_role'], message: `You are already at ${label(from)}.`, fixes: [], needs: [] };

  /** The fastest route under a ceiling (as a rank) and a list of avoided roles, ignoring maxYears. */
  const fastest = (ceilingRank: number, avoid: string[]): { years: number; roles: string[]; route: Route } | null => {
    const { maxYears: _ignored, ...rest } = options;
    const route = kBestRoutes(graph, from, to, { ...rest, educationCeiling: EDUCATION_LEVELS[ceilingRank]!, avoid, k: 1 })[0];
    return route ? { years: route.totalYears.typical, roles: route.roles, route } : null;
  };
  /** The lowest ceiling above the person's that opens a route, with that route. */
  const lowestCeiling = (avoid: string[]) => {
    for (let rank = c.ceilingRank + 1; rank < EDUCATION_LEVELS.length; rank++) {
      const route = fastest(rank, avoid);
      if (route) return { level: EDUCATION_LEVELS[rank]!, route };
    }
    return null;
  };

  const top = EDUCATION_LEVELS.length - 1;
  if (!fastest(top, [])) {
    return { reasons: ['unreachable'], message: `No route: ${label(to)} cannot be reached from ${label(from)} in this map.`, fixes: [], needs: [] };
  }
  const reasons: NoRouteReason[] = [];
  const sentences: string[] = [];
  const fixes: RouteFix[] = [];
  const ceilingName = EDUCATION_NAMES[EDUCATION_LEVELS[c.ceilingRank]!];
  const raise = (level: EducationLevel) => {
    reasons.push('education');
    fixes.push({ kind: 'raise_ceiling', educationCeiling: level, message: `Raise your education ceiling to ${EDUCATION_NAMES[level]}.` });
  };
  const stopAvoiding = (roles: string[]) => {
    if (!reasons.includes('avoided')) reasons.push('avoided');
    fixes.push({ kind: 'stop_avoiding', roles, message: `Stop avoiding ${list(roles)}.` });
  };

  // Avoiding the destination blocks everything by itself; say so, then look for other blocks.
  const avoid = c.avoid.filter((r) => r !== to);
  if (avoid.length < c.avoid.length) {
    sentences.push(`You asked to avoid ${label(to)}, the destination itself.`);
    stopAvoiding([to]);
  }
  let route = fastest(c.ceilingRank, avoid);
  if (route) {
    if (route.years <= c.yearLimit + EPS && !reasons.length) return null;
    if (route.years > c.yearLimit + EPS) {
      sentences.push(`Every route takes more than ${formatYears(c.yearLimit)} years (fastest: ${formatYears(route.years)}).`);
    }
  } else {
    const opened = lowestCeiling(avoid);
    if (opened) {
      route = opened.route;
      sentences.push(`Every route needs ${EDUCATION_NAMES[opened.level]}; your education ceiling is ${ceilingName}.`);
      raise(opened.level);
    } else {
      // Even the highest ceiling leaves no route, yet the map has one: avoided roles block it.
      const open = fastest(c.ceilingRank, []);
      const both = open ? null : lowestCeiling([])!;
      route = open ?? both!.route;
      const blockers = route.roles.filter((r) => avoid.includes(r));
      stopAvoiding(blockers);
      if (both) {
        raise(both.level);
        sentences.push(
          `Every route passes through a role you avoid or needs more education than ${ceilingName}; ` +
            `the fastest one passes through ${list(blockers)} and needs ${EDUCATION_NAMES[both.level]}.`,
        );
      } else {
        sentences.push(`The roles you avoid block every route; the fastest one passes through ${list(blockers)}.`);
      }
    }
    if (route.years > c.yearLimit + EPS) {
      sentences.push(`Even then, the fastest route takes ${formatYears(route.years)} years, more than your limit of ${formatYears(c.yearLimit)}.`);
    }
  }
  if (route.years > c.yearLimit + EPS) {
    reasons.push('max_years');
    fixes.push({ kind: 'allow_years', years: route.years, message: `Allow ${formatYears(route.years)} years.` });
  }
  return { reasons, message: sentences.join(' '), fixes, needs: routeNeeds(graph, route.route) };
}

/** What a route asks a person to do besides working: programs, exams and required experience. */
export function routeNeeds(graph: CareerGraph, route: Route): string[] {
  const programs = new Map((graph.getAttribute('programs') ?? []).map((p) => [p.id, p]));
  const out: string[] = [];
  for (const m of route.moves) {
    for (const s of m.study) out.push(`${programs.get(s.program)?.name ?? s.program} (typically ${formatYears(s.years.typical)} years full-time)`);
    for (const level of m.levels) out.push(EDUCATION_NAMES[level]);
    for (const e of m.exams) out.push(`the ${e.toUpperCase()} exam`);
    if (m.extraExperience) out.push(`${formatYears(m.extraExperience.years)} more years of ${m.extraExperience.kind.replace('_', ' ')} experience`);
  }
  return out;
}
