/**
 * Words the plan views share, so the screen and the printed handout say the same thing. Each
 * takes an optional locale: the handout prints in its plan's language, the screen in the interface's.
 */
import type { Locale } from '../../i18n/locale';
import type { StepStatus } from '../../plans/schema';
import type { Milestone } from '../../plans/timeline';
import { m } from '../../paraglide/messages.js';

export function statusLabel(status: StepStatus, locale?: Locale): string {
  const o = { locale };
  return status === 'done'
    ? m.status_done({}, o)
    : status === 'in_progress'
      ? m.status_in_progress({}, o)
      : m.status_todo({}, o);
}

export function kindLabel(kind: Milestone['kind'], locale?: Locale): string {
  const o = { locale };
  return kind === 'job' ? m.kind_job({}, o) : kind === 'study' ? m.kind_study({}, o) : m.kind_exam({}, o);
}

export const handoutNote = (locale?: Locale): string => m.handout_note({}, { locale });
export const labelHint = (): string => m.label_hint();
export const untitled = (locale?: Locale): string => m.untitled_plan({}, { locale });
