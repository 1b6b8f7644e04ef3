/**
 * The dataset's text in the reader's language. Pure: the views pass the locale in.
 *
 * The dataset is written in English and may carry Spanish beside it (`es` on a record, see
 * schema.ts). A record without Spanish is shown in English and says so: `fellBack` is true and
 * `lang` is 'en', so the view can put lang="en" on the text and add its "(in English)" marker.
 * Quotes from sources stay in English inside Spanish text; `quoteSegments` finds them.
 */
import type { Locale } from '../i18n/locale';
import type {
  CareerPath,
  Credential,
  Dataset,
  Entry,
  Level,
  Program,
  Role,
  Salary,
  Source,
  Track,
  Transition,
} from './schema';
import { LEVEL_LABELS } from './vocabulary-labels';
import { TRACK_LABELS } from './palette';

/** The language the dataset's own fields are written in. */
export const SOURCE_LOCALE: Locale = 'en';

export interface Localized {
  readonly text: string;
  /** The language `text` is in. */
  readonly lang: Locale;
  /** True when the reader's language was asked for and the record has none: `text` is the English. */
  readonly fellBack: boolean;
}

/** The translation when there is one, else the source text, flagged. */
export function pick(source: string, translated: string | undefined, locale: Locale): Localized {
  if (locale === SOURCE_LOCALE) return { text: source, lang: SOURCE_LOCALE, fellBack: false };
  if (translated !== undefined && translated.trim() !== '') return { text: translated, lang: locale, fellBack: false };
  return { text: source, lang: SOURCE_LOCALE, fellBack: true };
}

/** pick for a field a record may lack: undefined when it has none. */
function pickOptional(
  source: string | undefined,
  translated: string | undefined,
  locale: Locale,
): Localized | undefined {
  return source === undefined ? undefined : pick(source, translated, locale);
}

type RoleTextFields = Pick<Role, 'title' | 'description' | 'tasks' | 'es'>;

/** The dataset's own name ("Sus datos (roles.csv)"), as the Data panel shows it. */
export function datasetName(dataset: Pick<Dataset, 'name' | 'es'>, locale: Locale): Localized {
  return pick(dataset.name, dataset.es?.name, locale);
}

export function roleTitle(role: Pick<Role, 'title' | 'es'>, locale: Locale): Localized {
  return pick(role.title, role.es?.title, locale);
}

/** A role's title, description and tasks in the reader's language, each with its own fallback flag. */
export function roleText(
  role: RoleTextFields,
  locale: Locale,
): { title: Localized; description: Localized; tasks: Localized[] } {
  return {
    title: roleTitle(role, locale),
    description: pick(role.description, role.es?.description, locale),
    tasks: role.tasks.map((t) => sourcedText(t, locale)),
  };
}

/** A task, an education statement or an eligibility statement. */
export function sourcedText(item: { text: string; es?: { text: string } | undefined }, locale: Locale): Localized {
  return pick(item.text, item.es?.text, locale);
}

/** Why a figure has no year, in the reader's language; undefined when it has one. */
export function salaryYearNote(salary: Pick<Salary, 'yearNote' | 'es'>, locale: Locale): Localized | undefined {
  return pickOptional(salary.yearNote, salary.es?.yearNote, locale);
}

/** When a source's figures are from ("May 2010 wages…"), in the reader's language. */
export function sourceDataYear(source: Pick<Source, 'dataYear' | 'es'>, locale: Locale): Localized {
  return pick(source.dataYear, source.es?.dataYear, locale);
}

/** The credential's name; its abbreviation (RHIT, ODS…) is the same in every language. */
export function credentialName(credential: Pick<Credential, 'name' | 'es'>, locale: Locale): Localized {
  return pick(credential.name, credential.es?.name, locale);
}

export function credentialNote(credential: Pick<Credential, 'note' | 'es'>, locale: Locale): Localized | undefined {
  return pickOptional(credential.note, credential.es?.note, locale);
}

export function programName(program: Pick<Program, 'name' | 'es'>, locale: Locale): Localized {
  return pick(program.name, program.es?.name, locale);
}

/** How a program's typical length was set (the IPEDS convention, mostly). */
export function programBasis(program: Pick<Program, 'basis' | 'es'>, locale: Locale): Localized {
  return pick(program.basis, program.es?.basis, locale);
}

/** A move's note, or undefined when the move has none. */
export function transitionNote(transition: Pick<Transition, 'note' | 'es'>, locale: Locale): Localized | undefined {
  return pickOptional(transition.note, transition.es?.note, locale);
}

/** How a move's years were estimated, or undefined when a source states them. */
export function transitionMethod(transition: Pick<Transition, 'years' | 'es'>, locale: Locale): Localized | undefined {
  return pickOptional(transition.years.method, transition.es?.method, locale);
}

export function plausibilityNote(
  transition: Pick<Transition, 'plausibilityNote' | 'es'>,
  locale: Locale,
): Localized | undefined {
  return pickOptional(transition.plausibilityNote, transition.es?.plausibilityNote, locale);
}

/** A published path's note (the printed titles stay as printed, in English). */
export function pathNote(path: Pick<CareerPath, 'note' | 'es'>, locale: Locale): Localized | undefined {
  return pickOptional(path.note, path.es?.note, locale);
}

export function entryNote(entry: Pick<Entry, 'note' | 'es'>, locale: Locale): Localized | undefined {
  return pickOptional(entry.note, entry.es?.note, locale);
}

/** Track and level names belong to the app's vocabulary, not to a dataset: every one has Spanish. */
export const TRACK_NAMES_ES: Record<Track, string> = {
  records: 'Registros de salud',
  coding: 'Codificación médica',
  registry: 'Registro de cáncer',
  documentation: 'Integridad de la documentación',
  analytics: 'Análisis e informática',
  privacy: 'Privacidad y cumplimiento',
  revenue: 'Ciclo de ingresos',
  management: 'Gestión',
  education: 'Docencia',
  feeder: 'Puestos de entrada al campo',
  other: 'Fuera de la información de salud',
};

export const LEVEL_NAMES_ES: Record<Level, string> = {
  entry: 'Inicial',
  mid: 'Intermedio',
  senior: 'Avanzado',
  leadership: 'Dirección',
};

export function trackName(track: Track, locale: Locale): string {
  return locale === 'es' ? TRACK_NAMES_ES[track] : TRACK_LABELS[track];
}

export function levelName(level: Level, locale: Locale): string {
  return locale === 'es' ? LEVEL_NAMES_ES[level] : LEVEL_LABELS[level];
}

/**
 * What a fallback says after the source text, in the reader's language. The dataset's own
 * language is English and only Spanish is ever asked for, so there is one marker.
 */
export function fallbackMarker(item: Localized): string {
  return item.fellBack ? '(en inglés)' : '';
}

export interface TextSegment {
  readonly text: string;
  /** 'en' for a source's words quoted inside a translation. */
  readonly lang?: Locale;
}

/**
 * Splits translated text so a source's words, kept in English between straight double quotes,
 * can be marked lang="en". Source text (not a translation) is one segment: it is all English.
 */
export function quoteSegments(item: Localized): TextSegment[] {
  if (item.lang === SOURCE_LOCALE) return [{ text: item.text }];
  const out: TextSegment[] = [];
  const parts = item.text.split(/("[^"]+")/);
  parts.forEach((part, i) => {
    if (part === '') return;
    out.push(i % 2 === 1 ? { text: part, lang: SOURCE_LOCALE } : { text: part });
  });
  return out;
}
