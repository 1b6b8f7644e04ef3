/**
 * A route's time in words, on the one clock the searches use: the total first ("≈9.1 years"),
 * then where it goes — years in jobs, study (full-time before a first job, or part-time
 * alongside work, or full-time instead of it), exams and experience a rule asks for. Every
 * program length is labelled a typical full-time length; every modelled figure an estimate.
 *
 * Every function takes an optional locale (a plan prints in its own language); without one the
 * text is in the interface language.
 */
import type { Gate, Requires, Transition } from '../data/schema';
import type { Locale } from '../i18n/locale';
import { m as msg } from '../paraglide/messages.js';
import { educationLabel, experienceLabel } from '../data/vocabulary-labels';
import { localeOr } from '../i18n/numbers';
import { yearsLabel } from './format';
import { roleTitle, type CareerModel } from '../graph/model';
import { NO_JOB, type RouteMove } from '../graph/routes';
import { formatYears } from '../i18n/years';
import { PART_TIME_FACTOR, educationRank } from '../graph/routes/constraints';
import type { SearchResult } from '../graph/search';
import { credentialAbbr as abbr, programName, yrs } from './route-words';

export { programName, requirementLabel } from './route-words';
export { routeTimeSummary, skippedSummary } from './route-time';

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
  const beyond = partTimeBeyondJob(m);
  if (beyond > 0)
    out.push(msg.rt_beyond_step({ years: yrs(beyond, locale), role: roleTitle(model, m.from, locale) }, o));
  out.push(...m.study.map((s, i) => studyPart(model, m, s, locale) + (i === 0 ? studyLeadPart(m, locale) : '')));
  for (const l of m.levels) out.push(msg.rt_study_level_step({ level: educationLabel(l, locale) }, o));
  for (const c of m.exams)
    out.push(
      msg.rt_exam_step({ abbr: abbr(model, c), body: model.credentials.get(c)?.body ?? msg.rt_body_unknown({}, o) }, o),
    );
  return out;
}

/**
 * Extra time in the from-role while the step's part-time study finishes (the step's years beyond
 * the job and the experience a rule asks for), from the one-decimal figures the card prints so
 * the step's parts add up as read.
 */
function partTimeBeyondJob(m: RouteMove): number {
  if (m.studyMode !== 'part_time' || m.from === NO_JOB) return 0;
  const r = (n: number) => Math.round(n * 10) / 10;
  return Math.max(0, r(r(m.years.typical) - r(m.job.typical) - r(m.extraExperience?.years ?? 0)));
}

/** "study: Medical coding course — typical full-time length 0.75 yrs (0.5–1), part-time alongside work (about 1.5 yrs); recommended preparation". */
function studyPart(model: CareerModel, m: RouteMove, s: RouteMove['study'][number], locale?: Locale): string {
  const o = { locale };
  const pace =
    m.studyMode === 'part_time'
      ? msg.rt_pace_part_time({ years: yrs(PART_TIME_FACTOR * s.years.typical, locale) }, o)
      : m.from === NO_JOB
        ? msg.rt_pace_full_time({}, o)
        : msg.rt_pace_instead_of_work({}, o);
  const text = msg.rt_study_step(
    {
      program: programName(model, s.program, locale),
      years: yrs(s.years.typical, locale),
      low: formatYears(s.years.low),
      high: formatYears(s.years.high),
      pace,
    },
    o,
  );
  return s.strength === 'recommended' ? `${text}${msg.rt_recommended_prep({}, o)}` : text;
}

/** "; begun 1.5 yrs before this step, alongside the jobs before it": part-time study started early. */
function studyLeadPart(m: RouteMove, locale?: Locale): string {
  return m.studyMode === 'part_time' && m.studyLead > 0
    ? msg.rt_study_lead({ years: yrs(m.studyLead, locale) }, { locale })
    : '';
}

/**
 * Why a derived move is on the route: no source lists it, the person can meet what the job asks
 * for, and the time before it is an estimate from the moves the sources list (derived-moves.ts).
 */
export function derivedMoveNote(model: CareerModel, m: RouteMove, locale?: Locale): string | null {
  if (!m.derived) return null;
  const to = roleTitle(model, m.to, locale);
  return m.from === NO_JOB
    ? msg.rt_derived_first_job({ role: to }, { locale })
    : msg.rt_derived_move({ role: to, from: roleTitle(model, m.from, locale) }, { locale });
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
