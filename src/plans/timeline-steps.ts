/**
 * One milestone each, in the timeline's language: a job held (with its expected salary, source and
 * year), a program studied (its typical length and how it was set), an exam sat (the awarding body
 * and its eligibility routes), each with where its length comes from. timeline.ts places them in order.
 */
import { EDUCATION_LEVELS } from '../data/vocabulary';
import { educationLabel, statisticLabel } from '../data/vocabulary-labels';
import { eligibilityVerified } from '../data/credential-status';
import { citation, datedCitation, yearsLabel } from '../text/format';
import { localeOr, money } from '../i18n/numbers';
import { wholeOccupation } from '../graph/salary/figure-label';
import { roleTitle, type CareerModel } from '../graph/model';
import type { RouteMove } from '../graph/routes';
import { formatYears, yearsPhrase } from '../i18n/years';
import { educationName } from '../graph/routes/explain';
import {
  credentialName as localCredentialName,
  programBasis,
  programName as localProgramName,
  sourcedText,
  transitionMethod,
} from '../data/localize';
import type { Locale } from '../i18n/locale';
import { m } from '../paraglide/messages.js';
import { PART_TIME_FACTOR } from '../graph/routes/constraints';
import type { SeriesPoint } from '../graph/salary/route-series';
import type {
  DurationBasis,
  ExamMilestone,
  JobMilestone,
  MilestoneSalary,
  StudyMilestone,
  YearSpan,
} from './milestones';

const NO_BASIS: DurationBasis = { kind: 'none', method: null, citation: '' };

function cite(model: CareerModel, ids: readonly string[], locale?: Locale): string {
  return [...new Set(ids)].map((id) => datedCitation(model.sources.get(id), locale)).join('; ');
}

export function whenLabel(at: YearSpan, locale?: Locale): string {
  return at.typical === 0 && at.high === 0
    ? m.tl_start({}, { locale })
    : m.tl_after({ years: yearsLabel(at, locale) }, { locale });
}

export function studyStep(
  model: CareerModel,
  programId: string,
  at: YearSpan,
  when: string,
  neededFor: string,
  mode: 'part_time' | 'full_time',
  locale?: Locale,
): StudyMilestone {
  const o = { locale };
  const program = model.dataset.programs?.find((p) => p.id === programId);
  const level = EDUCATION_LEVELS.find((l) => l === programId);
  const name = program
    ? localProgramName(program, localeOr(locale)).text
    : level
      ? educationLabel(level, locale)
      : programId;
  const sources = program ? program.sources.map((id) => citation(model.sources.get(id), locale)).join('; ') : '';
  const basis = program ? programBasis(program, localeOr(locale)).text : '';
  const length = program
    ? { years: program.years.typical, low: program.years.low, high: program.years.high, basis }
    : null;
  const pace = length
    ? m.tl_pace_part_time({ years: yearsPhrase(PART_TIME_FACTOR * length.years, 'yrs', locale) }, o)
    : '';
  const duration = length
    ? m.tl_duration(
        {
          years: yearsPhrase(length.years, 'yrs', locale),
          low: formatYears(length.low),
          high: formatYears(length.high),
          pace: mode === 'part_time' ? pace : m.tl_studied_full_time({}, o),
        },
        o,
      )
    : m.tl_length_unknown({}, o);
  return {
    kind: 'study',
    stepKey: `study:${programId}`,
    at,
    when,
    title: program ? name : m.tl_complete({ level: level ? educationName(level, locale) : name }, o),
    duration,
    details: `${m.tl_study_details({ name, neededFor, duration }, o)}${length ? ` (${length.basis})` : ''}`,
    source: sources,
    // Part-time takes about twice as long: the app's assumption, said where the length is printed.
    durationBasis: program
      ? {
          kind: 'program',
          method: mode === 'part_time' ? `${basis} ${m.tl_part_time_assumption({}, o)}` : basis,
          citation: cite(model, program.sources, locale),
        }
      : NO_BASIS,
    programId,
    programName: name,
    programLength: length,
    mode,
    neededFor,
  };
}

export function examStep(
  model: CareerModel,
  credentialId: string,
  at: YearSpan,
  when: string,
  neededFor: string,
  locale?: Locale,
): ExamMilestone {
  const o = { locale };
  const c = model.credentials.get(credentialId);
  if (!c) throw new Error(`plans/timeline: unknown credential '${credentialId}'`);
  const eligibility = c.eligibility.map((e) => ({
    text: sourcedText(e, localeOr(locale)).text,
    citation: cite(model, e.sources, locale),
  }));
  const name = localCredentialName(c, localeOr(locale)).text;
  return {
    kind: 'exam',
    stepKey: `exam:${c.id}`,
    at,
    when,
    title: m.tl_sit_exam({ abbr: c.abbr }, o),
    duration: m.tl_one_exam({}, o),
    details: m.tl_exam_details(
      {
        name,
        abbr: c.abbr,
        bodyName: c.bodyName,
        body: c.body,
        neededFor,
        eligibility: eligibility.map((e) => e.text).join(` ${m.tl_or({}, o)} `),
      },
      o,
    ),
    source: [...new Set([...c.eligibility.flatMap((e) => e.sources), ...c.sources])]
      .map((id) => citation(model.sources.get(id), locale))
      .join('; '),
    credentialId: c.id,
    abbr: c.abbr,
    name,
    body: c.body,
    bodyName: c.bodyName,
    eligibility,
    durationBasis: {
      kind: 'credential',
      method: null,
      citation: cite(model, [...c.eligibility.flatMap((e) => e.sources), ...c.sources], locale),
    },
    unverified: !eligibilityVerified(c),
    neededFor,
  };
}

/** Where a job step's years come from: the move's sources or its estimate, and what lengthens the step. */
function jobBasis(model: CareerModel, move: RouteMove, locale?: Locale): DurationBasis {
  const o = { locale };
  const t = model.dataset.transitions.find((tr) => tr.id === move.edge);
  const parts = [t ? cite(model, t.sources, locale) : m.source_unknown({}, o)];
  const credential = move.extraExperience?.credential
    ? model.credentials.get(move.extraExperience.credential)
    : undefined;
  if (credential) {
    const ids = [...credential.eligibility.flatMap((e) => e.sources), ...credential.sources];
    parts.push(m.tl_basis_experience({ abbr: credential.abbr, citation: cite(model, ids, locale) }, o));
  }
  if (move.study.length || move.levels.length) parts.push(m.tl_basis_with_study({}, o));
  const method = t && move.years.estimated ? (transitionMethod(t, localeOr(locale))?.text ?? null) : null;
  return { kind: method ? 'estimate' : 'move', method, citation: parts.join('; ') };
}

/** The expected pay at a job, in constant dollars, with its source and year; or why there is none. */
function milestoneSalary(
  model: CareerModel,
  roleId: string,
  point: SeriesPoint | undefined,
  dollarYear: number,
  locale?: Locale,
): MilestoneSalary {
  const o = { locale };
  if (!point || point.y === null || !point.figure)
    return { amount: null, text: m.tl_no_figure({}, o), reason: point?.reason ?? m.tl_no_figure_reason({}, o) };
  const figure = point.figure;
  // Whose pay it is: the occupation, and never a wider occupation's figure as the role's own.
  const whose = point.broader
    ? m.tl_not_own_pay({ whole: wholeOccupation(figure, locale), role: roleTitle(model, roleId, locale) }, o)
    : figure.occupation;
  return {
    amount: point.y,
    text: m.tl_salary(
      {
        amount: money(point.y, 'annual', locale),
        statistic: statisticLabel(figure.statistic, locale),
        year: figure.year ?? m.year_not_stated({}, o),
        dollarYear,
        occupation: `${whose}${figure.soc ? ` (${figure.soc})` : ''}`,
      },
      o,
    ),
    statistic: figure.statistic,
    dataYear: figure.year,
    dollarYear,
    citation: datedCitation(point.source ?? undefined, locale),
    shared: point.shared,
  };
}

/** " Expect about 3 yrs in all …": the extra experience a move (or its credential) asks for; '' when none. */
function extraExperienceText(model: CareerModel, move: RouteMove, locale?: Locale): string {
  const o = { locale };
  const x = move.extraExperience;
  if (!x) return '';
  const phrase = (n: number) => yearsPhrase(n, 'years', locale);
  const years = { extra: phrase(x.years), total: phrase(x.years + move.job.typical) };
  const abbr = x.credential ? (model.credentials.get(x.credential)?.abbr ?? x.credential) : null;
  return ` ${abbr !== null ? m.tl_extra_credential({ ...years, abbr }, o) : m.tl_extra_move(years, o)}`;
}

export interface JobStepInput {
  roleId: string;
  /** The move out of this job; undefined at the goal. */
  move: RouteMove | undefined;
  /** When the job begins. */
  at: YearSpan;
  /** The route's salary series at this job. */
  point: SeriesPoint | undefined;
  isGoal: boolean;
  dollarYear: number;
}

export function jobStep(model: CareerModel, step: JobStepInput, locale?: Locale): JobMilestone {
  const o = { locale };
  const { roleId, move, at, isGoal } = step;
  const role = roleTitle(model, roleId, locale);
  const salary = milestoneSalary(model, roleId, step.point, step.dollarYear, locale);
  const duration = move ? yearsLabel(move.years, locale) : m.tl_goal_reached({}, o);
  const salaryText = `${salary.text}${salary.amount === null ? '' : ` — ${salary.citation}`}`;
  const details = move
    ? m.tl_job_details_move(
        {
          role,
          duration,
          studying: move.studyMode === 'part_time' ? ` ${m.tl_while_studying({}, o)}` : '',
          next: roleTitle(model, move.to, locale),
          extra: extraExperienceText(model, move, locale),
          salary: salaryText,
        },
        o,
      )
    : m.tl_job_details_goal({ role, salary: salaryText }, o);
  return {
    kind: 'job',
    stepKey: `job:${roleId}`,
    at,
    when: whenLabel(at, locale),
    title: isGoal ? m.tl_reach_goal({ role }, o) : m.tl_work_as({ role }, o),
    duration,
    details: `${details}.`,
    source: salary.amount === null ? '' : salary.citation,
    durationBasis: move ? jobBasis(model, move, locale) : NO_BASIS,
    roleId,
    roleTitle: role,
    isGoal,
    salary,
  };
}
