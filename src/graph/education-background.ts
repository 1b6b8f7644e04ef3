/**
 * The education a person says they have, as the route planner reads it: a level, and whether the
 * degree is in health information management — which decides the RHIT and RHIA rules (any other
 * bachelor's does not qualify for the RHIA on its own).
 */
import type { EducationLevel } from '../data/schema';
import { EDUCATION_LABELS } from './format';

export interface EducationChoice {
  /** The select's value. */
  value: string;
  label: string;
  level: EducationLevel;
  him: boolean;
}

export const EDUCATION_CHOICES: readonly EducationChoice[] = [
  { value: 'high_school', label: EDUCATION_LABELS.high_school, level: 'high_school', him: false },
  { value: 'certificate', label: EDUCATION_LABELS.certificate, level: 'certificate', him: false },
  { value: 'some_college', label: EDUCATION_LABELS.some_college, level: 'some_college', him: false },
  { value: 'associate', label: 'Associate degree (other field)', level: 'associate', him: false },
  { value: 'associate_him', label: 'Associate degree in health information (CAHIIM)', level: 'associate', him: true },
  { value: 'bachelor', label: "Bachelor's degree in another field", level: 'bachelor', him: false },
  { value: 'bachelor_him', label: "Bachelor's degree in HIM (CAHIIM)", level: 'bachelor', him: true },
  { value: 'master', label: "Master's degree (other field)", level: 'master', him: false },
  { value: 'master_him', label: "Master's degree in HIM (CAHIIM)", level: 'master', him: true },
  { value: 'doctorate', label: EDUCATION_LABELS.doctorate, level: 'doctorate', him: false },
];

/** The choice for a level and HIM flag (HIM only where a CAHIIM program exists at that level). */
export function educationChoice(level: EducationLevel | null, him: boolean): EducationChoice {
  return EDUCATION_CHOICES.find((c) => c.level === (level ?? 'high_school') && c.him === him) ?? EDUCATION_CHOICES.find((c) => c.level === (level ?? 'high_school'))!;
}

/** Programs the rules name that the choice means the person has completed. */
export function heldPrograms(level: EducationLevel | null, him: boolean): string[] {
  if (!him) return [];
  if (level === 'associate') return ['him_associate'];
  if (level === 'bachelor') return ['him_bachelor'];
  if (level === 'master') return ['him_master'];
  return [];
}
