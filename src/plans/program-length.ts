/**
 * How long a program of study takes, only where the dataset states it. The schema has no
 * program-length field, but some source statements do say it ("a 2-year associate degree
 * program accredited by CAHIIM"); those are quoted with their sources. Anything else is left
 * as "not stated" rather than filled in from general knowledge, because a counselor repeats it.
 */
import type { EducationLevel } from '../data/schema';
import type { CareerModel } from '../graph/model';

export interface StatedLength {
  years: number;
  /** The statement the length comes from, verbatim. */
  quote: string;
  sources: string[];
}

const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const LEVEL_WORDS: [RegExp, EducationLevel][] = [
  [/^associate/i, 'associate'],
  [/^(bachelor|baccalaureate)/i, 'bachelor'],
  [/^master/i, 'master'],
  [/^doctor/i, 'doctorate'],
  [/^certificate/i, 'certificate'],
];
const PATTERN = /\b(\d{1,2}|one|two|three|four|five|six)[- ]year\s+(associate|bachelor|baccalaureate|master|doctor\w*|certificate)/gi;

/** Every stated length for a level, in dataset order (role statements, then eligibility). */
export function statedProgramLengths(model: CareerModel, level: EducationLevel): StatedLength[] {
  const statements = [
    ...model.dataset.roles.flatMap((r) => r.education.statements),
    ...model.dataset.credentials.flatMap((c) => c.eligibility),
  ];
  const found: StatedLength[] = [];
  const seen = new Set<string>();
  for (const s of statements) {
    for (const match of s.text.matchAll(PATTERN)) {
      const count = match[1]!.toLowerCase();
      const years = NUMBERS[count] ?? Number(count);
      const matched = LEVEL_WORDS.find(([re]) => re.test(match[2]!))?.[1];
      if (matched !== level || !(years > 0) || seen.has(s.text)) continue;
      seen.add(s.text);
      found.push({ years, quote: s.text, sources: s.sources });
    }
  }
  return found;
}

/** The first stated length, or null when no source in the data states one. */
export function programLength(model: CareerModel, level: EducationLevel): StatedLength | null {
  return statedProgramLengths(model, level)[0] ?? null;
}
