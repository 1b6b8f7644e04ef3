/**
 * The small words route texts share: names of programs and credentials, "2 yrs", one-decimal
 * figures, and parts rounded so that they still add up to their rounded total.
 */
import type { Locale } from '../i18n/locale';
import { programName as localProgramName } from '../data/localize';
import { m as msg } from '../paraglide/messages.js';
import type { ExperienceKind } from '../data/schema';
import { EDUCATION_LEVELS, type EducationLevel } from '../data/vocabulary';
import { educationLabel, experienceLabel } from '../data/vocabulary-labels';
import { localeOr } from '../i18n/numbers';
import type { CareerModel } from '../graph/model';
import type { Requirement, RouteMove } from '../graph/routes';
import { yearsPhrase } from '../i18n/years';

export function programName(model: CareerModel, id: string, locale?: Locale): string {
  const program = model.dataset.programs?.find((p) => p.id === id);
  return program ? localProgramName(program, localeOr(locale)).text : id;
}

export function credentialAbbr(model: CareerModel, id: string): string {
  return model.credentials.get(id)?.abbr ?? id;
}

/** "2 yrs", "1 yr", "0.75 yrs". */
export const yrs = (n: number, locale?: Locale) => yearsPhrase(n, 'yrs', locale);

/** One decimal, like the total ("4.8", "2"). */
export const one = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Parts rounded to tenths so that they add up to their total rounded to a tenth, as a reader
 * adds them (largest remainder: 0.75 + 0.75 reads 0.8 + 0.7 = 1.5, not 0.8 + 0.8 = 1.5).
 */
export function partsAddingUp(parts: readonly number[], total: number): number[] {
  const tenths = parts.map((p) => Math.max(0, p * 10));
  const floors = tenths.map((t) => Math.floor(t + 1e-9));
  let left = Math.round(total * 10) - floors.reduce((s, f) => s + f, 0);
  const byRemainder = tenths.map((t, i) => ({ i, r: t - floors[i]! })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i] = floors[i]! + 1;
    left -= 1;
  }
  return floors.map((f) => f / 10);
}

/** What a step studies: "Medical coding course, typically 0.75 yrs full-time; Associate degree, length not stated…". */
export function studyNames(model: CareerModel, m: RouteMove, locale?: Locale): string {
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

/** A requirement as words: "RHIT", "Associate degree", "2 yrs of coding experience". */
export function requirementLabel(model: CareerModel, r: Requirement, locale?: Locale): string {
  switch (r.kind) {
    case 'credential':
      return credentialAbbr(model, r.id);
    case 'program':
      return programName(model, r.id, locale);
    case 'education': {
      // A job's education is a floor: a counselor reads "Postsecondary certificate" beside an
      // associate degree earned on the route as a second credential to get, so the floor says so.
      const level = educationLabel(r.id as EducationLevel, locale) ?? r.id;
      return r.id === EDUCATION_LEVELS.at(-1) ? level : msg.rt_level_or_higher({ level }, { locale });
    }
    case 'experience':
      return msg.rt_experience_req(
        { years: yrs(r.years ?? 0, locale), kind: experienceLabel(r.id as ExperienceKind, locale) ?? r.id },
        { locale },
      );
  }
}

/** "CCS, Associate degree and RHIT" ("y" in Spanish). */
export function andList(items: readonly string[], locale?: Locale): string {
  return new Intl.ListFormat(localeOr(locale), { type: 'conjunction' }).format(items);
}
