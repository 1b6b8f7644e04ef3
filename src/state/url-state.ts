/**
 * The app's shareable state as URL search parameters: a pure codec, so deep links,
 * back/forward and shared URLs all go through one tested place. Unknown values are kept
 * out of the state rather than guessed, and reported, so the UI can say what was ignored.
 */
import {
  EDUCATION_LEVELS,
  isUsableId,
  LEVELS,
  TRACKS,
  type EducationLevel,
  type Level,
  type Track,
} from '../data/vocabulary';
import { NO_JOB, type StudyMode } from '../graph/routes/constraints';
import type { Objective } from '../graph/routes/types';
import { isLocale } from '../i18n/negotiate';
import { COMPARE_MAX, ROUTE_INDEX_LIMIT, yearLimit } from './planner-url';
import type { Locale } from '../i18n/locale';
import { unmangleAddress } from '../plans/link-param';

/** What the route planner ranks by: the route search's objectives minus salary_end, which only plans use. */
export const PLANNER_OBJECTIVES = ['years', 'credentials', 'salary_gain'] as const satisfies readonly Objective[];
export type PlannerObjective = (typeof PLANNER_OBJECTIVES)[number];
export const VIEWS = ['map', 'list', 'routes', 'plans', 'data'] as const;
export type View = (typeof VIEWS)[number];

export interface UrlState {
  view: View;
  role: string | null;
  /** Neighbourhood focus on the selected role. */
  focus: boolean;
  tracks: Track[];
  levels: Level[];
  /** Highest education a user is willing to reach (filters roles by typical education). */
  edu: EducationLevel | null;
  credential: string | null;
  q: string;
  from: string | null;
  to: string | null;
  objective: PlannerObjective;
  held: string[];
  education: EducationLevel | null;
  /** The education held is in health information management (a CAHIIM-accredited program). */
  educationHim: boolean;
  ceiling: EducationLevel | null;
  /** How study fits around work on routes. */
  study: StudyMode;
  /** Also route through moves the data marks implausible. */
  implausible: boolean;
  /** Also show routes that skip a typical requirement or recommended preparation (marked on the card). */
  relax: boolean;
  maxYears: number | null;
  routeIndex: number;
  /** Route indexes overlaid in the salary comparison (at most 3). */
  compare: number[];
  /** Salary chart: nominal or constant dollars, dollar year, statistic. */
  dollars: 'constant' | 'nominal';
  dollarYear: number | null;
  statistic: 'median' | 'mean';
  /** Interface language chosen in the header or a shared link; null = the browser's language. */
  lang: Locale | null;
}

export const EMPTY_STATE: UrlState = {
  view: 'map',
  role: null,
  focus: false,
  tracks: [],
  levels: [],
  edu: null,
  credential: null,
  q: '',
  from: null,
  to: null,
  objective: 'years',
  held: [],
  education: null,
  educationHim: false,
  ceiling: null,
  study: 'part_time',
  implausible: false,
  relax: false,
  maxYears: null,
  routeIndex: 0,
  compare: [],
  dollars: 'constant',
  dollarYear: null,
  statistic: 'median',
  lang: null,
};

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function listOf<T extends string>(allowed: readonly T[], value: string | null): T[] {
  if (!value) return [];
  return value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function idOrNull(value: string | null): string | null {
  return value !== null && isUsableId(value) ? value : null;
}

/**
 * The query's parameters, seeing through what mail and chat apps do to a link: `&amp;` for `&`,
 * and a percent-encoded `=` or `&` (`?lang%3Des`, once or twice). A part without an `=` of its
 * own is decoded; a `#` it decodes to (the fragment, encoded along with the query) ends it.
 */
export function queryParams(search: string): URLSearchParams {
  const parts = search.replace(/^\?/, '').replace(/&amp;/gi, '&').split('&');
  const read = parts.flatMap((part) => (part.includes('=') ? [part] : unmangleAddress(part).split('#')[0]!.split('&')));
  return new URLSearchParams(read.join('&'));
}

/** The interface language a link asks for: "es" also from "es." or "es#plan=…" (punctuation or an encoded fragment glued on). */
export function linkLocale(value: string | null): Locale | null {
  const lang = /^(en|es)(?![a-z])/i.exec(value ?? '')?.[1]?.toLowerCase() ?? null;
  return isLocale(lang) ? lang : null;
}

export function parseUrlState(search: string): UrlState {
  const p = queryParams(search);
  const routeIndex = Number(p.get('r'));
  return {
    view: oneOf(VIEWS, p.get('view')) ?? 'map',
    // Role ids are kept even when unknown to the dataset, so the app can say "no such role".
    role: p.get('role') ? p.get('role')!.slice(0, 64) : null,
    focus: p.get('focus') === '1',
    tracks: listOf(TRACKS, p.get('tracks')),
    levels: listOf(LEVELS, p.get('levels')),
    edu: oneOf(EDUCATION_LEVELS, p.get('edu')),
    credential: idOrNull(p.get('cred')),
    q: (p.get('q') ?? '').slice(0, 200),
    from: p.get('from') === NO_JOB ? NO_JOB : idOrNull(p.get('from')),
    to: idOrNull(p.get('to')),
    objective: oneOf(PLANNER_OBJECTIVES, p.get('obj')) ?? 'years',
    held: (p.get('held') ?? '').split(',').filter((v) => isUsableId(v)),
    education: oneOf(EDUCATION_LEVELS, p.get('has')),
    educationHim: p.get('him') === '1',
    ceiling: oneOf(EDUCATION_LEVELS, p.get('ceiling')),
    study: p.get('study') === 'full_time' ? 'full_time' : 'part_time',
    implausible: p.get('implausible') === '1',
    relax: p.get('relax') === '1',
    maxYears: yearLimit(p.get('max')),
    routeIndex: Number.isInteger(routeIndex) && routeIndex >= 0 && routeIndex < ROUTE_INDEX_LIMIT ? routeIndex : 0,
    compare: [
      ...new Set(
        (p.get('cmp') ?? '')
          .split(',')
          .filter((v) => /^\d{1,2}$/.test(v))
          .map(Number),
      ),
    ]
      .filter((n) => n < ROUTE_INDEX_LIMIT)
      .slice(0, COMPARE_MAX),
    dollars: p.get('usd') === 'nominal' ? 'nominal' : 'constant',
    dollarYear: /^\d{4}$/.test(p.get('usdyear') ?? '') ? Number(p.get('usdyear')) : null,
    statistic: p.get('stat') === 'mean' ? 'mean' : 'median',
    lang: linkLocale(p.get('lang')),
  };
}

/** Serialises only what differs from the empty state, so URLs stay short and readable. */
export function serializeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.view !== 'map') p.set('view', s.view);
  if (s.role) p.set('role', s.role);
  if (s.focus) p.set('focus', '1');
  if (s.tracks.length) p.set('tracks', s.tracks.join(','));
  if (s.levels.length) p.set('levels', s.levels.join(','));
  if (s.edu) p.set('edu', s.edu);
  if (s.credential) p.set('cred', s.credential);
  if (s.q) p.set('q', s.q);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.objective !== 'years') p.set('obj', s.objective);
  if (s.held.length) p.set('held', s.held.join(','));
  if (s.education) p.set('has', s.education);
  if (s.educationHim) p.set('him', '1');
  if (s.ceiling) p.set('ceiling', s.ceiling);
  if (s.study !== 'part_time') p.set('study', s.study);
  if (s.implausible) p.set('implausible', '1');
  if (s.relax) p.set('relax', '1');
  if (s.maxYears !== null) p.set('max', String(s.maxYears));
  if (s.routeIndex) p.set('r', String(s.routeIndex));
  if (s.compare.length) p.set('cmp', s.compare.join(','));
  if (s.dollars !== 'constant') p.set('usd', s.dollars);
  if (s.dollarYear !== null) p.set('usdyear', String(s.dollarYear));
  if (s.statistic !== 'median') p.set('stat', s.statistic);
  if (s.lang) p.set('lang', s.lang);
  const out = p.toString();
  return out ? `?${out}` : '';
}
