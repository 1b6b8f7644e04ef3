/**
 * The education a person says they have, as the route planner reads it: a level, and whether the
 * degree is in health information management — which decides the RHIT and RHIA rules (any other
 * bachelor's does not qualify for the RHIA on its own).
 */
import type { EducationLevel } from '../data/schema';
import { educationLabel } from '../data/vocabulary-labels';
import { m } from '../paraglide/messages.js';

export interface EducationChoice {
  /** The select's value. */
  value: string;
  /** In the interface language (read when shown). */
  readonly label: string;
  level: EducationLevel;
  him: boolean;
}

const choice = (value: string, level: EducationLevel, him: boolean, label: () => string): EducationChoice => ({
  value,
  level,
  him,
  get label() {
    return label();
  },
});

export const EDUCATION_CHOICES: readonly EducationChoice[] = [
  choice('high_school', 'high_school', false, () => educationLabel('high_school')),
  choice('certificate', 'certificate', false, () => educationLabel('certificate')),
  choice('some_college', 'some_college', false, () => educationLabel('some_college')),
  choice('associate', 'associate', false, () => m.edu_choice_associate()),
  choice('associate_him', 'associate', true, () => m.edu_choice_associate_him()),
  choice('bachelor', 'bachelor', false, () => m.edu_choice_bachelor()),
  choice('bachelor_him', 'bachelor', true, () => m.edu_choice_bachelor_him()),
  choice('master', 'master', false, () => m.edu_choice_master()),
  choice('master_him', 'master', true, () => m.edu_choice_master_him()),
  choice('doctorate', 'doctorate', false, () => educationLabel('doctorate')),
];

/** The choice for a level and HIM flag (HIM only where a CAHIIM program exists at that level). */
export function educationChoice(level: EducationLevel | null, him: boolean): EducationChoice {
  return (
    EDUCATION_CHOICES.find((c) => c.level === (level ?? 'high_school') && c.him === him) ??
    EDUCATION_CHOICES.find((c) => c.level === (level ?? 'high_school'))!
  );
}

/** Programs the rules name that the choice means the person has completed. */
export function heldPrograms(level: EducationLevel | null, him: boolean): string[] {
  if (!him) return [];
  if (level === 'associate') return ['him_associate'];
  if (level === 'bachelor') return ['him_bachelor'];
  if (level === 'master') return ['him_master'];
  return [];
}
