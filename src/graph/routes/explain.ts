/**
 * explainNoRoute: when no route fits the constraints, say why in plain words and what would
 * open one. It re-runs the fastest-route search with constraints relaxed one at a time
 * (no year limit; a higher education ceiling; no avoided roles) to find which one blocks.
 * Returns null when a route exists.
 */
import { EDUCATION_LEVELS, type EducationLevel } from '../../data/vocabulary';
import type { CareerGraph } from '../types';
import {
  DEFAULT_CONSTRAINTS,
  EPS,
  NO_JOB,
  assertGraph,
  assertRole,
  assertStart,
  resolveConstraints,
  type Constraints,
} from './constraints';
import type { Route } from './types';
import { kBestRoutes } from './yen';
import type { Locale } from '../../i18n/locale';
import { programName } from '../../data/localize';
import { experienceLabel } from '../../data/vocabulary-labels';
import { localeOr } from '../../i18n/numbers';
import { yearsPhrase } from '../../i18n/years';
import { m as msg } from '../../paraglide/messages.js';

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

/** The words of an explanation: its language (else the interface's) and role names in it (else the map's labels). */
export interface ExplainText {
  locale?: Locale;
  title?: (roleId: string) => string;
}

/** "a bachelor's degree": a level as the object of a sentence. */
export function educationName(level: EducationLevel, locale?: Locale): string {
  const o = { locale };
  switch (level) {
    case 'none':
      return msg.eduname_none({}, o);
    case 'high_school':
      return msg.eduname_high_school({}, o);
    case 'certificate':
      return msg.eduname_certificate({}, o);
    case 'some_college':
      return msg.eduname_some_college({}, o);
    case 'associate':
      return msg.eduname_associate({}, o);
    case 'bachelor':
      return msg.eduname_bachelor({}, o);
    case 'master':
      return msg.eduname_master({}, o);
    case 'doctorate':
      return msg.eduname_doctorate({}, o);
  }
}

// eslint-disable-next-line max-lines-per-function -- one decision in order (same role, unreachable, avoided destination, too long, ceiling, avoided roles); its closures share the reasons, sentences and fixes it builds.
export function explainNoRoute(
  graph: CareerGraph,
  from: string,
  to: string,
  options: Partial<Constraints> = {},
  text: ExplainText = {},
): NoRouteExplanation | null {
  assertGraph(MODULE, graph);
  assertStart(MODULE, graph, from);
  assertRole(MODULE, graph, to);
  const c = resolveConstraints(MODULE, graph, options);
  const o = { locale: text.locale };
  const levelName = (level: EducationLevel) => educationName(level, text.locale);
  const years = (n: number) => yearsPhrase(n, 'years', text.locale);
  const label = (id: string) =>
    id === NO_JOB ? msg.no_job_yet({}, o).toLowerCase() : text.title?.(id) || graph.getNodeAttribute(id, 'label') || id;
  const list = (ids: string[]) => {
    const names = ids.map(label);
    return names.length <= 1
      ? names.join('')
      : msg.list_and({ first: names.slice(0, -1).join(', '), last: names[names.length - 1]! }, o);
  };
  if (from === to)
    return { reasons: ['same_role'], message: msg.nr_same_role({ role: label(from) }, o), fixes: [], needs: [] };

  /** The fastest route under a ceiling (as a rank) and a list of avoided roles, ignoring maxYears. */
  const fastest = (ceilingRank: number, avoid: string[]): { years: number; roles: string[]; route: Route } | null => {
    const { maxYears: _ignored, ...rest } = options;
    const route = kBestRoutes(graph, from, to, {
      ...rest,
      educationCeiling: EDUCATION_LEVELS[ceilingRank]!,
      avoid,
      k: 1,
    })[0];
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
    return {
      reasons: ['unreachable'],
      message: msg.nr_unreachable({ to: label(to), from: label(from) }, o),
      fixes: [],
      needs: [],
    };
  }
  const reasons: NoRouteReason[] = [];
  const sentences: string[] = [];
  const fixes: RouteFix[] = [];
  const ceilingName = levelName(EDUCATION_LEVELS[c.ceilingRank]!);
  const raise = (level: EducationLevel) => {
    reasons.push('education');
    fixes.push({
      kind: 'raise_ceiling',
      educationCeiling: level,
      message: msg.nr_fix_ceiling({ level: levelName(level) }, o),
    });
  };
  const stopAvoiding = (roles: string[]) => {
    if (!reasons.includes('avoided')) reasons.push('avoided');
    fixes.push({ kind: 'stop_avoiding', roles, message: msg.nr_fix_avoid({ roles: list(roles) }, o) });
  };

  // Avoiding the destination blocks everything by itself; say so, then look for other blocks.
  const avoid = c.avoid.filter((r) => r !== to);
  if (avoid.length < c.avoid.length) {
    sentences.push(msg.nr_avoid_destination({ role: label(to) }, o));
    stopAvoiding([to]);
  }
  let route = fastest(c.ceilingRank, avoid);
  if (route) {
    if (route.years <= c.yearLimit + EPS && !reasons.length) return null;
    if (route.years > c.yearLimit + EPS) {
      sentences.push(msg.nr_too_long({ limit: years(c.yearLimit), fastest: years(route.years) }, o));
    }
  } else {
    const opened = lowestCeiling(avoid);
    if (opened) {
      route = opened.route;
      sentences.push(msg.nr_needs_education({ level: levelName(opened.level), ceiling: ceilingName }, o));
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
          msg.nr_avoid_or_education({ ceiling: ceilingName, roles: list(blockers), level: levelName(both.level) }, o),
        );
      } else {
        sentences.push(msg.nr_avoid_blocks({ roles: list(blockers) }, o));
      }
    }
    if (route.years > c.yearLimit + EPS) {
      sentences.push(msg.nr_even_then({ years: years(route.years), limit: years(c.yearLimit) }, o));
    }
  }
  if (route.years > c.yearLimit + EPS) {
    reasons.push('max_years');
    fixes.push({
      kind: 'allow_years',
      years: route.years,
      message: msg.nr_fix_years({ years: years(route.years) }, o),
    });
  }
  return { reasons, message: sentences.join(' '), fixes, needs: routeNeeds(graph, route.route, text.locale) };
}

/** What a route asks a person to do besides working: programs, exams and required experience. */
export function routeNeeds(graph: CareerGraph, route: Route, locale?: Locale): string[] {
  const o = { locale };
  const programs = new Map((graph.getAttribute('programs') ?? []).map((p) => [p.id, p]));
  const out: string[] = [];
  for (const m of route.moves) {
    for (const s of m.study) {
      const p = programs.get(s.program);
      const name = p ? programName(p, localeOr(locale)).text : s.program;
      out.push(msg.nr_need_program({ program: name, years: yearsPhrase(s.years.typical, 'years', locale) }, o));
    }
    for (const level of m.levels) out.push(educationName(level, locale));
    for (const e of m.exams) out.push(msg.nr_need_exam({ exam: e.toUpperCase() }, o));
    if (m.extraExperience)
      out.push(
        msg.nr_need_experience(
          {
            years: yearsPhrase(m.extraExperience.years, 'years', locale),
            kind: experienceLabel(m.extraExperience.kind, locale),
          },
          o,
        ),
      );
  }
  return out;
}
