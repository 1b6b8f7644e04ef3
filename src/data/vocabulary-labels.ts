/**
 * The vocabulary's terms as a reader sees them, in either language: education levels, salary
 * statistics, kinds of experience. English names are kept for code that writes the source language.
 */
import type { EducationLevel, ExperienceKind, Level, Statistic } from './vocabulary';
import { EDUCATION_LEVELS } from './vocabulary';
import type { Locale } from '../i18n/locale';
import { m } from '../paraglide/messages.js';

export const LEVEL_LABELS: Record<Level, string> = {
  entry: 'Entry',
  mid: 'Mid-career',
  senior: 'Senior',
  leadership: 'Leadership',
};

/** English names, kept for code that names levels in the source language (data/localize.ts). */
export const EDUCATION_LABELS: Record<EducationLevel, string> = Object.fromEntries(
  EDUCATION_LEVELS.map((e) => [e, educationLabel(e, 'en')]),
) as Record<EducationLevel, string>;

export function educationLabel(level: EducationLevel, locale?: Locale): string {
  const o = { locale };
  switch (level) {
    case 'none':
      return m.edu_none({}, o);
    case 'high_school':
      return m.edu_high_school({}, o);
    case 'certificate':
      return m.edu_certificate({}, o);
    case 'some_college':
      return m.edu_some_college({}, o);
    case 'associate':
      return m.edu_associate({}, o);
    case 'bachelor':
      return m.edu_bachelor({}, o);
    case 'master':
      return m.edu_master({}, o);
    case 'doctorate':
      return m.edu_doctorate({}, o);
  }
}

export function statisticLabel(statistic: Statistic, locale?: Locale): string {
  const o = { locale };
  switch (statistic) {
    case 'median':
      return m.stat_median({}, o);
    case 'mean':
      return m.stat_mean({}, o);
    case 'p10':
      return m.stat_p10({}, o);
    case 'p25':
      return m.stat_p25({}, o);
    case 'p75':
      return m.stat_p75({}, o);
    case 'p90':
      return m.stat_p90({}, o);
    case 'range':
      return m.stat_range({}, o);
    case 'range_p25_p75':
      return m.stat_range_p25_p75({}, o);
    case 'offered':
      return m.stat_offered({}, o);
  }
}

export function experienceLabel(kind: ExperienceKind, locale?: Locale): string {
  const o = { locale };
  switch (kind) {
    case 'coding':
      return m.exp_coding({}, o);
    case 'cancer_registry':
      return m.exp_cancer_registry({}, o);
    case 'cdi':
      return m.exp_cdi({}, o);
    case 'health_data':
      return m.exp_health_data({}, o);
    case 'privacy_security':
      return m.exp_privacy_security({}, o);
  }
}
