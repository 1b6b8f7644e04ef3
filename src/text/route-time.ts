/**
 * A route card's totals in words, from the route's schedule (graph/routes/schedule.ts): the total
 * first ("≈9.1 years"), then the parts that add up to it as a reader counts them — years in jobs,
 * more time in a job waiting for experience a rule asks for, more while part-time study finishes,
 * full-time study — rounded so that they still add up; then what runs alongside (part-time study,
 * "of these years"), which is not added; then the exams. Also what a relaxed route skips.
 */
import type { Locale } from '../i18n/locale';
import { m as msg } from '../paraglide/messages.js';
import { routeYearsLabel } from './format';
import type { CareerModel } from '../graph/model';
import { NO_JOB, type Requirement, type Route } from '../graph/routes';
import { andList, credentialAbbr, one, partsAddingUp, requirementLabel, studyNames } from './route-words';

/** "≈10.0 years: 8.5 in jobs + 1.5 more while part-time study finishes; of these years, 4 studying part-time…; RHIT exam". */
export function routeTimeSummary(model: CareerModel, route: Route, locale?: Locale): string {
  const o = { locale };
  const s = route.schedule;
  const first = route.roles[0] === NO_JOB ? route.moves[0] : undefined;
  const later = first ? route.moves.slice(1) : route.moves;
  const beforeFirstJob = first?.years.typical ?? 0;
  const fullTimeLater = later.filter((m) => m.studyMode === 'full_time' && (m.study.length || m.levels.length));
  const names = (moves: typeof later) => moves.map((m) => studyNames(model, m, locale)).join('; ');
  const [jobs, waiting, beyond, before, fullTime] = partsAddingUp(
    [
      s.jobs.typical,
      s.waiting.typical,
      s.studyBeyondJobs.typical,
      beforeFirstJob,
      Math.max(0, s.fullTimeStudy.typical - beforeFirstJob),
    ],
    route.totalYears.typical,
  ) as [number, number, number, number, number];
  const parts: string[] = [];
  if (before > 0) {
    const studied = first && (first.study.length || first.levels.length);
    parts.push(
      studied
        ? msg.rt_study_before_first_job({ years: one(before), names: studyNames(model, first, locale) }, o)
        : msg.rt_before_first_job({ years: one(before) }, o),
    );
  }
  if (jobs > 0) parts.push(msg.rt_in_jobs({ years: one(jobs) }, o));
  if (waiting > 0) parts.push(msg.rt_waiting_experience({ years: one(waiting) }, o));
  if (beyond > 0) parts.push(msg.rt_study_beyond_jobs({ years: one(beyond) }, o));
  if (fullTime > 0) parts.push(msg.rt_study_full_time({ years: one(fullTime), names: names(fullTimeLater) }, o));
  const sentences = [parts.join(' + ')];
  const partTime = later.filter((m) => m.studyMode === 'part_time' && (m.study.length || m.levels.length));
  if (s.partTimeStudy.typical > 0 && partTime.length)
    sentences.push(msg.rt_study_part_time({ years: one(s.partTimeStudy.typical), names: names(partTime) }, o));
  if (route.newCredentials.length) {
    const list = route.newCredentials.map((c) => credentialAbbr(model, c)).join(', ');
    sentences.push(route.newCredentials.length > 1 ? msg.rt_exam_many({ list }, o) : msg.rt_exam_one({ list }, o));
  }
  const total = routeYearsLabel(route, 'years', locale);
  const text = sentences.filter(Boolean).join('; ');
  return text ? `${total}: ${text}` : total;
}

/** What a relaxed route skips, each named once: typical requirements, then recommended preparation. */
export function skippedItems(route: Route): { usual: Requirement[]; recommended: Requirement[] } {
  const seen = new Map<string, Requirement>();
  for (const m of route.moves)
    for (const r of m.requirements) if (r.skipped && !seen.has(`${r.kind}:${r.id}`)) seen.set(`${r.kind}:${r.id}`, r);
  const all = [...seen.values()];
  return {
    usual: all.filter((r) => r.strength !== 'recommended'),
    recommended: all.filter((r) => r.strength === 'recommended'),
  };
}

/** "Skips the usual CCS, Associate degree and RHIT (…)", or null when the route skips nothing. */
export function skippedSummary(model: CareerModel, route: Route, locale?: Locale): string | null {
  const { usual, recommended } = skippedItems(route);
  const words = (rs: Requirement[]) =>
    andList(
      rs.map((r) => requirementLabel(model, r, locale)),
      locale,
    );
  const out: string[] = [];
  if (usual.length) out.push(msg.rc_skips_usual({ list: words(usual) }, { locale }));
  if (recommended.length) out.push(msg.rc_skips_recommended({ list: words(recommended) }, { locale }));
  if (!out.length) return route.relaxed ? msg.rc_skips_unnamed({}, { locale }) : null;
  return out.join(' ');
}
