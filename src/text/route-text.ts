/**
 * A route's time in words, on the one clock the searches use: the total first ("≈9.1 years"),
 * then where it goes — years in jobs, study (full-time before a first job, or part-time
 * alongside work, or full-time instead of it), exams and experience a rule asks for. Every
 * program length is labelled a typical full-time length; every modelled figure an estimate.
 *
 * Every function takes an optional locale (a plan prints in its own language); without one the
 * text is in the interface language.
 */
import type { ExperienceKind, Gate, Requires, Transition } from '../data/schema';
import type { Locale } from '../i18n/locale';
import { programName as localProgramName } from '../data/localize';
import { m as msg } from '../paraglide/messages.js';
import { educationLabel, experienceLabel } from '../data/vocabulary-labels';
import { localeOr } from '../i18n/numbers';
import { routeYearsLabel, yearsLabel } from './format';
import { roleTitle, type CareerModel } from '../graph/model';
import { NO_JOB, formatYears, type Route, type RouteMove } from '../graph/routes';
import { PART_TIME_FACTOR, educationRank } from '../graph/routes/constraints';
import type { SearchResult } from '../graph/search';

export function programName(model: CareerModel, id: string, locale?: Locale): string {
  const program = model.dataset.programs?.find((p) => p.id === id);
  return program ? localProgramName(program, localeOr(locale)).text : id;
}

function abbr(model: CareerModel, id: string): string {
  return model.credentials.get(id)?.abbr ?? id;
}

const yrs = (n: number, locale?: Locale) =>
  `${formatYears(n)} ${n === 1 ? msg.unit_yr({}, { locale }) : msg.unit_yrs({}, { locale })}`;
/** One decimal, like the total ("4.8", "2"). */
const one = (n: number) => String(Math.round(n * 10) / 10);

/** "≈9.1 years: 5.2 in jobs, 2 studying full-time before a first job (…), RHIA exam". */
export function routeTimeSummary(model: CareerModel, route: Route, locale?: Locale): string {
  const o = { locale };
  const parts: string[] = [];
  const first = route.roles[0] === NO_JOB ? route.moves[0] : undefined;
  const later = first ? route.moves.slice(1) : route.moves;
  const work = later.reduce(
    (s, m) => s + (m.studyMode === 'part_time' ? m.years.typical : m.job.typical + (m.extraExperience?.years ?? 0)),
    0,
  );
  if (work > 0) parts.push(msg.rt_in_jobs({ years: one(work) }, o));
  const extra = later.filter((m) => m.extraExperience);
  if (extra.length)
    parts.push(msg.rt_extra_experience({ years: one(extra.reduce((s, m) => s + m.extraExperience!.years, 0)) }, o));
  if (first && (first.study.length || first.levels.length)) {
    parts.push(
      msg.rt_study_before_first_job({ years: one(first.years.typical), names: studyNames(model, first, locale) }, o),
    );
  }
  const partTime = later.filter((m) => m.studyMode === 'part_time');
  const fullTime = later.filter((m) => m.studyMode === 'full_time');
  if (partTime.length) {
    const years = partTime.reduce((s, m) => s + PART_TIME_FACTOR * m.study.reduce((t, x) => t + x.years.typical, 0), 0);
    parts.push(
      msg.rt_study_part_time(
        { years: one(years), names: partTime.map((m) => studyNames(model, m, locale)).join('; ') },
        o,
      ),
    );
  }
  if (fullTime.length) {
    const years = fullTime.reduce((s, m) => s + m.study.reduce((t, x) => t + x.years.typical, 0), 0);
    parts.push(
      msg.rt_study_full_time(
        { years: one(years), names: fullTime.map((m) => studyNames(model, m, locale)).join('; ') },
        o,
      ),
    );
  }
  if (route.newCredentials.length) {
    const list = route.newCredentials.map((c) => abbr(model, c)).join(', ');
    parts.push(route.newCredentials.length > 1 ? msg.rt_exam_many({ list }, o) : msg.rt_exam_one({ list }, o));
  }
  const total = routeYearsLabel(route, 'years', locale);
  return parts.length ? `${total}: ${parts.join(', ')}` : total;
}

function studyNames(model: CareerModel, m: RouteMove, locale?: Locale): string {
  return [
    ...m.study.map((s) =>
      msg.rt_program_typical(
        { program: programName(model, s.program, locale), years: yrs(s.years.typical, locale) },
        { locale },
      ),
    ),
    ...m.levels.map((l) => msg.rt_level_length_unknown({ level: educationLabel(l, locale) }, { locale })),
  ].join('; ');
}

/** The parts of one step, each a short phrase, for the route card's step list. */
export function moveParts(model: CareerModel, m: RouteMove, locale?: Locale): string[] {
  const o = { locale };
  const out: string[] = [];
  if (m.from !== NO_JOB)
    out.push(msg.rt_years_as({ years: yearsLabel(m.job, locale), role: roleTitle(model, m.from, locale) }, o));
  if (m.extraExperience) {
    const years = yrs(m.extraExperience.years, locale);
    const kind = experienceLabel(m.extraExperience.kind, locale);
    out.push(
      m.extraExperience.credential
        ? msg.rt_extra_for_credential({ years, kind, abbr: abbr(model, m.extraExperience.credential) }, o)
        : msg.rt_extra_for_move({ years, kind }, o),
    );
  }
  for (const s of m.study) {
    const pace =
      m.studyMode === 'part_time'
        ? msg.rt_pace_part_time({ years: yrs(PART_TIME_FACTOR * s.years.typical, locale) }, o)
        : m.from === NO_JOB
          ? msg.rt_pace_full_time({}, o)
          : msg.rt_pace_instead_of_work({}, o);
    out.push(
      msg.rt_study_step(
        {
          program: programName(model, s.program, locale),
          years: yrs(s.years.typical, locale),
          low: formatYears(s.years.low),
          high: formatYears(s.years.high),
          pace,
        },
        o,
      ),
    );
  }
  for (const l of m.levels) out.push(msg.rt_study_level_step({ level: educationLabel(l, locale) }, o));
  for (const c of m.exams)
    out.push(
      msg.rt_exam_step({ abbr: abbr(model, c), body: model.credentials.get(c)?.body ?? msg.rt_body_unknown({}, o) }, o),
    );
  return out;
}

/** A requirement as words: "RHIT", "Associate degree", "2 yrs of coding experience". */
export function requirementLabel(
  model: CareerModel,
  r: Route['moves'][number]['requirements'][number],
  locale?: Locale,
): string {
  switch (r.kind) {
    case 'credential':
      return abbr(model, r.id);
    case 'program':
      return programName(model, r.id, locale);
    case 'education':
      return educationLabel(r.id as Parameters<typeof educationLabel>[0], locale) ?? r.id;
    case 'experience':
      return msg.rt_experience_req(
        { years: yrs(r.years ?? 0, locale), kind: experienceLabel(r.id as ExperienceKind, locale) ?? r.id },
        { locale },
      );
  }
}

/** A gate's items as words: credentials, programs, education, experience. */
function gateItems(model: CareerModel, gate: Gate, locale?: Locale): string[] {
  return [
    ...(gate.credentials ?? []).map((c) => abbr(model, c)),
    ...(gate.programs ?? []).map((p) => programName(model, p, locale)),
    ...(gate.education ? [educationLabel(gate.education, locale)] : []),
    ...(gate.experience ?? []).map((e) =>
      msg.rt_experience_req({ years: yrs(e.years, locale), kind: experienceLabel(e.kind, locale) }, { locale }),
    ),
  ];
}

/**
 * What a move asks for, as the role panel lists it: what every way needs, then the alternatives
 * ("Medical coding certificate or course + CCA or CPC-A"). Empty when it asks for nothing new.
 */
export function requiresLabel(model: CareerModel, requires: Requires, locale?: Locale): string {
  const or = new Intl.ListFormat(localeOr(locale), { type: 'disjunction' });
  const choices = (requires.anyOf ?? []).map((alt) => gateItems(model, alt, locale).join(' + ')).filter(Boolean);
  const all = gateItems(model, requires, locale).join(', ');
  return [all, choices.length ? or.format(choices) : ''].filter(Boolean).join(' + ');
}

/**
 * What a move asks for, as the role panel lists it: the move's own requirement where its sources
 * state one; otherwise what the job it leads into asks of everyone hired (its hiring rules, the
 * rules the route search applies to the move), leaving out an education level the people in the
 * from-role typically already have. Empty when it asks for nothing new.
 */
export function moveRequiresLabel(
  model: CareerModel,
  move: Pick<Transition, 'from' | 'to' | 'requires'>,
  locale?: Locale,
): string {
  const own = requiresLabel(model, move.requires, locale);
  if (own) return own;
  const from = model.roles.get(move.from)?.education.typical;
  const met = (g: Gate) =>
    !!from && !!g.education && !g.programs?.length && !g.credentials?.length && !g.experience?.length
      ? educationRank(g.education) <= educationRank(from)
      : false;
  const or = new Intl.ListFormat(localeOr(locale), { type: 'disjunction' });
  return (model.roles.get(move.to)?.hiring ?? [])
    .filter((rule) => !rule.anyOf.some(met))
    .map((rule) => or.format(rule.anyOf.map((g) => gateItems(model, g, locale).join(' + ')).filter(Boolean)))
    .filter(Boolean)
    .join(' + ');
}

/** The From field's option for a person with no job yet (its text starts with "No job yet"). */
export function noJobOption(locale?: Locale): SearchResult {
  const title = msg.no_job_option({}, { locale });
  return {
    kind: 'role',
    roleId: NO_JOB,
    title,
    matchedText: title,
    matchRanges: [],
    viaAlternate: false,
    roleIds: [NO_JOB],
    tier: 'exact',
    score: 0,
  };
}
