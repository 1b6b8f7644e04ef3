/**
 * A route's time in words, on the one clock the searches use: the total first ("≈9.1 years"),
 * then where it goes — years in jobs, study (full-time before a first job, or part-time
 * alongside work, or full-time instead of it), exams and experience a rule asks for. Every
 * program length is labelled a typical full-time length; every modelled figure an estimate.
 */
import type { ExperienceKind } from '../data/schema';
import { EDUCATION_LABELS, routeYearsLabel, yearsLabel } from './format';
import { roleTitle, type CareerModel } from './model';
import { NO_JOB, formatYears, type Route, type RouteMove } from './routes';
import { PART_TIME_FACTOR } from './routes/constraints';
import type { SearchResult } from './search';

export const EXPERIENCE_LABELS: Record<ExperienceKind, string> = {
  coding: 'coding',
  cancer_registry: 'cancer-registry',
  cdi: 'clinical documentation integrity (CDI)',
  health_data: 'healthcare data',
  privacy_security: 'privacy or security management',
};


export function programName(model: CareerModel, id: string): string {
  return model.dataset.programs?.find((p) => p.id === id)?.name ?? id;
}

function abbr(model: CareerModel, id: string): string {
  return model.credentials.get(id)?.abbr ?? id;
}

const yrs = (n: number) => `${formatYears(n)} ${n === 1 ? 'yr' : 'yrs'}`;
/** One decimal, like the total ("4.8", "2"). */
const one = (n: number) => String(Math.round(n * 10) / 10);

/** "≈9.1 years: 5.2 in jobs, 2 studying full-time before a first job (…), exams: RHIA". */
export function routeTimeSummary(model: CareerModel, route: Route): string {
  const parts: string[] = [];
  const first = route.roles[0] === NO_JOB ? route.moves[0] : undefined;
  const later = first ? route.moves.slice(1) : route.moves;
  const work = later.reduce((s, m) => s + (m.studyMode === 'part_time' ? m.years.typical : m.job.typical + (m.extraExperience?.years ?? 0)), 0);
  if (work > 0) parts.push(`${one(work)} in jobs`);
  const extra = later.filter((m) => m.extraExperience);
  if (extra.length) parts.push(`including ${one(extra.reduce((s, m) => s + m.extraExperience!.years, 0))} more for experience a credential requires`);
  if (first && (first.study.length || first.levels.length)) {
    parts.push(`${one(first.years.typical)} studying full-time before a first job (${studyNames(model, first)})`);
  }
  const partTime = later.filter((m) => m.studyMode === 'part_time');
  const fullTime = later.filter((m) => m.studyMode === 'full_time');
  if (partTime.length) {
    const years = partTime.reduce((s, m) => s + PART_TIME_FACTOR * m.study.reduce((t, x) => t + x.years.typical, 0), 0);
    parts.push(`${one(years)} studying part-time alongside work (${partTime.map((m) => studyNames(model, m)).join('; ')})`);
  }
  if (fullTime.length) {
    const years = fullTime.reduce((s, m) => s + m.study.reduce((t, x) => t + x.years.typical, 0), 0);
    parts.push(`${one(years)} studying full-time (${fullTime.map((m) => studyNames(model, m)).join('; ')})`);
  }
  if (route.newCredentials.length) parts.push(`${route.newCredentials.map((c) => abbr(model, c)).join(', ')} exam${route.newCredentials.length > 1 ? 's' : ''}`);
  return parts.length ? `${routeYearsLabel(route)}: ${parts.join(', ')}` : routeYearsLabel(route);
}

function studyNames(model: CareerModel, m: RouteMove): string {
  return [
    ...m.study.map((s) => `${programName(model, s.program)}, typically ${yrs(s.years.typical)} full-time`),
    ...m.levels.map((l) => `${EDUCATION_LABELS[l]}, length not stated in our sources`),
  ].join('; ');
}

/** The parts of one step, each a short phrase, for the route card's step list. */
export function moveParts(model: CareerModel, m: RouteMove): string[] {
  const out: string[] = [];
  if (m.from !== NO_JOB) out.push(`${yearsLabel(m.job)} as ${roleTitle(model, m.from)}`);
  if (m.extraExperience) {
    const who = m.extraExperience.credential ? `the ${abbr(model, m.extraExperience.credential)}` : 'the move';
    out.push(`+${yrs(m.extraExperience.years)} for the ${EXPERIENCE_LABELS[m.extraExperience.kind]} experience ${who} requires`);
  }
  for (const s of m.study) {
    const pace = m.studyMode === 'part_time' ? `, part-time alongside work (about ${yrs(PART_TIME_FACTOR * s.years.typical)})` : m.from === NO_JOB ? ', full-time' : ', full-time instead of work';
    out.push(`study: ${programName(model, s.program)} — typical full-time length ${yrs(s.years.typical)} (${formatYears(s.years.low)}–${formatYears(s.years.high)})${pace}`);
  }
  for (const l of m.levels) out.push(`study: ${EDUCATION_LABELS[l]} — length not stated in our sources`);
  for (const c of m.exams) out.push(`exam: ${abbr(model, c)} (${model.credentials.get(c)?.body ?? 'awarding body not stated'})`);
  return out;
}

/** A requirement as words: "RHIT", "Associate degree", "2 yrs of coding experience". */
export function requirementLabel(model: CareerModel, r: Route['moves'][number]['requirements'][number]): string {
  switch (r.kind) {
    case 'credential':
      return abbr(model, r.id);
    case 'program':
      return programName(model, r.id);
    case 'education':
      return EDUCATION_LABELS[r.id as keyof typeof EDUCATION_LABELS] ?? r.id;
    case 'experience':
      return `${yrs(r.years ?? 0)} of ${EXPERIENCE_LABELS[r.id as ExperienceKind] ?? r.id} experience`;
  }
}

/** The From field's option for a person with no job yet (its text starts with "No job yet"). */
export const NO_JOB_OPTION: SearchResult = {
  kind: 'role',
  roleId: NO_JOB,
  title: 'No job yet — start with study (a student, or a career changer)',
  matchedText: 'No job yet — start with study (a student, or a career changer)',
  matchRanges: [],
  viaAlternate: false,
  roleIds: [NO_JOB],
  tier: 'exact',
  score: 0,
};
