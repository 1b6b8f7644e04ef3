/** Counselor plans: model, timeline, storage, share links and files. Pure TS, no DOM. */
export {
  PLAN_LIMITS,
  PLAN_VERSION,
  STEP_KEY,
  STEP_KINDS,
  STEP_STATUSES,
  planSchema,
  type Plan,
  type PlanRoute,
  type PlanStart,
  type StepKind,
  type StepStatus,
} from './schema';
export { migratePlan, type PlanResult, type PlanV0 } from './migrate';
export {
  copyPlan,
  firstJobCandidates,
  newPlanId,
  planConstraints,
  planFromRoute,
  replan,
  resolvePlanRoute,
  suggestRoutes,
  type NewPlanOptions,
  type ResolvedPlanRoute,
} from './plan-routes';
export {
  buildTimeline,
  whenLabel,
  type ExamMilestone,
  type JobMilestone,
  type Milestone,
  type MilestoneSalary,
  type StudyMilestone,
  type TimelineOptions,
  type YearSpan,
} from './timeline';
export { planTimelines, type GoalTimeline } from './plan-timeline';
export {
  MESSAGES as STORAGE_MESSAGES,
  createPlanStore,
  idbBackend,
  memoryBackend,
  readRecord,
  type DeletedPlan,
  type KeyValueBackend,
  type PlanListing,
  type PlanStore,
  type PlanStoreOptions,
  type QuarantinedRecord,
  type StorageStatus,
} from './storage';
export {
  LINK_MESSAGES,
  MAX_DECODED_CHARS,
  MAX_ENCODED_CHARS,
  PLAN_PARAM,
  checksum,
  decodePlan,
  decodePlanLink,
  encodePlan,
  extractPlanParam,
  planLink,
  type EncodeResult,
  type LinkResult,
} from './share-link';
export {
  CSV_COLUMNS,
  MAX_IMPORT_CHARS,
  planFileName,
  planFromJson,
  planToJson,
  timelineToCsv,
  type ImportResult,
  type TimelineSection,
} from './export';
