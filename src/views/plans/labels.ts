/** Words the plan views share, so the screen and the printed handout say the same thing. */
import type { StepStatus } from '../../plans/schema';
import type { Milestone } from '../../plans/timeline';

export const STATUS_LABELS: Record<StepStatus, string> = { todo: 'To do', in_progress: 'In progress', done: 'Done' };
export const KIND_LABELS: Record<Milestone['kind'], string> = { job: 'Job', study: 'Study', exam: 'Exam' };
export const HANDOUT_NOTE = 'Figures are estimates from the cited sources; check current requirements with the awarding bodies.';
export const LABEL_HINT = "Initials or a nickname — please don't enter full names.";
export const UNTITLED = 'Untitled plan';
