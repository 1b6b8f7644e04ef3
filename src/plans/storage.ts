/**
 * Saved plans, in IndexedDB (idb-keyval, its own database) with an in-memory fallback.
 *
 * Two promises to the counselor: a damaged record never takes the other plans down and is
 * never thrown away behind their back (it is set aside in `quarantine`, left untouched in
 * storage, until they choose to discard it); and when the browser will not keep data (no
 * IndexedDB, private browsing, storage full) the app keeps working in memory and says so.
 */
import { idbBackend, type KeyValueBackend } from './storage-backend';
import { resilientBackend, type ResilientBackend } from './resilient-backend';
import { MESSAGES, storageMessage, type StorageProblem } from './storage-messages';
import { keyId } from './record-keys';
import {
  decideDiscard,
  decidePlace,
  decideRemove,
  decideRename,
  decideSave,
  readRecord,
  type PlaceAnswer,
  type SaveAnswer,
} from './record-rules';
import type { Revision } from './revision';
import { openPlanChannel, quietly, type PlanChannel } from './plan-channel';
import { describeIssues } from '../data/problems';
import { copyPlan, newPlanId } from './plan-routes';
import { PLAN_LIMITS, planSchema, type Plan } from './schema';
import { m } from '../paraglide/messages.js';

const MODULE = 'plans/storage';

export { DB_NAME, STORE_NAME, TIMEOUT_MS, idbBackend, memoryBackend, type KeyValueBackend } from './storage-backend';
export { readRecord, type SaveConflict } from './record-rules';
export { revisionOf, type Revision } from './revision';
export { MESSAGES, storageMessage, type StorageProblem };

export interface StorageStatus {
  persistent: boolean;
  /** Set when plans are not persistent: why (the UI words it with storageMessage). */
  problem: StorageProblem | null;
  /** The sentence for `problem`, in the language of the moment it was asked. */
  message: string | null;
}

export interface QuarantinedRecord {
  /** The key exactly as stored (any IndexedDB key type), for discarding it. */
  key: IDBValidKey;
  /** Unique among records even when keys look alike (5 and "5"): see record-keys.ts. */
  id: string;
  /** Why it was set aside, for the counselor. */
  message: string;
  /** The record as stored, so it can be downloaded before it is discarded. */
  raw: unknown;
}

export interface PlanListing extends StorageStatus {
  /** Newest first. */
  plans: Plan[];
  quarantine: QuarantinedRecord[];
}

/** What `remove` returns; pass it to `restore` to undo. */
export interface DeletedPlan {
  plan: Plan;
}

/** A save's outcome: stored (as `plan`, its new revision), or a conflict to put to the counselor. */
export type SaveOutcome = SaveAnswer & { status: StorageStatus };

/** Where an imported or restored plan landed: as it is, already there (`same`), or as a copy under a new id. */
export interface PlaceOutcome {
  placed: Exclude<PlaceAnswer, 'taken'> | 'copy';
  plan: Plan;
  status: StorageStatus;
}

export interface PlanStore {
  status(): StorageStatus;
  list(): Promise<PlanListing>;
  get(id: string): Promise<Plan | null>;
  /** Replaces only the version `base` names (null: a new plan); anything else comes back as a conflict. */
  save(plan: Plan, base?: Revision): Promise<SaveOutcome>;
  /** "Keep both": the plan under a new id, labelled as a copy. */
  saveCopy(plan: Plan): Promise<Plan>;
  /** A plan file: saved, or found already saved, or saved as a copy when its id holds something else. */
  importPlan(plan: Plan): Promise<PlaceOutcome>;
  rename(id: string, label: string): Promise<Plan>;
  duplicate(id: string): Promise<Plan>;
  remove(id: string): Promise<DeletedPlan | null>;
  /** Undo: back under its id if that is free, else as a copy (a plan saved there meanwhile stays). */
  restore(deleted: DeletedPlan): Promise<PlaceOutcome>;
  /** Deletes a set-aside record; only ever called on the counselor's request. */
  discardQuarantined(key: IDBValidKey): Promise<void>;
  /** Saved plans changed elsewhere (another tab, or slow storage answering at last): list again. */
  subscribe(listener: () => void): () => void;
}

export interface PlanStoreOptions {
  /** Defaults to IndexedDB, or memory when the browser has none or refuses it. */
  backend: KeyValueBackend;
  now: () => Date;
  newId: () => string;
  /** How tabs hear each other; defaults to BroadcastChannel (storage events, else nothing). */
  channel: PlanChannel;
}

/** A plan that is not (or no longer) stored: deleted in another tab, usually. */
export class PlanGoneError extends Error {}

function checked(plan: Plan): Plan {
  const parsed = planSchema.safeParse(plan);
  if (!parsed.success)
    throw new Error(`${MODULE}: refusing to save an invalid plan: ${describeIssues(parsed.error, Infinity)}`);
  return parsed.data;
}

/** IndexedDB, or null when the browser has none or will not let the page read it (Firefox with cookies blocked throws). */
function browserStorage(): KeyValueBackend | null {
  try {
    return typeof indexedDB === 'undefined' || indexedDB === null ? null : idbBackend();
  } catch {
    return null;
  }
}

/** What every operation of a store shares: its storage, its clock and ids, and the tabs to tell. */
interface StoreContext {
  backend: ResilientBackend;
  now: () => Date;
  copyOf: (plan: Plan) => Plan;
  status: () => StorageStatus;
  /** A write other tabs should hear about (memory is this tab's alone). */
  announced: <T>(answer: T) => T;
}

function storeContext(options: Partial<PlanStoreOptions>, channel: PlanChannel): StoreContext {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? newPlanId;
  const copyOf = (plan: Plan): Plan => ({
    ...copyPlan(plan, { now: now(), id: newId() }),
    label: m.st_copy_label({ label: plan.label }).slice(0, PLAN_LIMITS.label),
  });
  const backend = resilientBackend({
    primary: options.backend ?? browserStorage(),
    // Slow storage answered and another tab had changed the plan meanwhile: this tab's version is kept as a copy.
    rescue: (key, value) => {
      const read = readRecord(key, value);
      if (!read.ok) return null;
      const copy = copyOf(read.plan);
      return [copy.id, copy];
    },
  });
  const status = (): StorageStatus => {
    const problem = backend.problem();
    return { persistent: problem === null, problem, message: storageMessage(problem) };
  };
  const announced = <T>(answer: T): T => {
    if (backend.problem() === null) channel.announce();
    return answer;
  };
  return { backend, now, copyOf, status, announced };
}

/** Every stored record: the plans, newest first, and the damaged records set aside. */
async function listRecords(backend: KeyValueBackend): Promise<Pick<PlanListing, 'plans' | 'quarantine'>> {
  const records = await backend.entries();
  const plans: Plan[] = [];
  const quarantine: QuarantinedRecord[] = [];
  for (const [key, raw] of records) {
    const read = readRecord(key, raw);
    if (read.ok) plans.push(read.plan);
    else quarantine.push({ key, id: keyId(key), message: read.message, raw });
  }
  plans.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1));
  return { plans, quarantine };
}

async function getPlan(backend: KeyValueBackend, id: string): Promise<Plan | null> {
  const raw = await backend.get(id);
  if (raw === undefined) return null;
  const read = readRecord(id, raw);
  return read.ok ? read.plan : null;
}

/** Puts a plan into an empty slot, or a copy of it under a new id when the slot is taken. */
async function place(ctx: StoreContext, plan: Plan): Promise<PlaceOutcome> {
  const { backend, announced, status } = ctx;
  const valid = checked(plan);
  const answer = await backend.change(valid.id, (raw, present) => decidePlace(valid, raw, present));
  if (answer !== 'taken') return announced({ placed: answer, plan: valid, status: status() });
  const copy = ctx.copyOf(valid);
  const again = await backend.change(copy.id, (raw, present) => decidePlace(copy, raw, present));
  if (again !== 'saved') throw new Error(`${MODULE}: the new id '${copy.id}' is taken`);
  return announced({ placed: 'copy', plan: copy, status: status() });
}

export function createPlanStore(options: Partial<PlanStoreOptions> = {}): PlanStore {
  const channel = quietly(options.channel ?? openPlanChannel());
  const ctx = storeContext(options, channel);
  const { backend, now, copyOf, status, announced } = ctx;
  return {
    status,

    list: async () => ({ ...(await listRecords(backend)), ...status() }),

    get: (id) => getPlan(backend, id),

    async save(plan, base = null) {
      const valid = checked({ ...plan });
      const answer = await backend.change(valid.id, (raw, present) => decideSave(valid, base, raw, present));
      return answer.ok ? announced({ ...answer, status: status() }) : { ...answer, status: status() };
    },

    saveCopy: async (plan) => (await place(ctx, copyOf(plan))).plan,

    importPlan: (plan) => place(ctx, plan),

    async rename(id, label) {
      const renamed = await backend.change(id, (raw, present) =>
        decideRename(id, label, now().toISOString(), raw, present),
      );
      if (!renamed) throw new PlanGoneError(m.st_gone());
      return announced(renamed);
    },

    async duplicate(id) {
      const original = await getPlan(backend, id);
      if (!original) throw new PlanGoneError(m.st_gone());
      return (await place(ctx, copyOf(original))).plan;
    },

    async remove(id) {
      const plan = await backend.change(id, (raw, present) => decideRemove(id, raw, present));
      return plan ? announced({ plan }) : null;
    },

    restore: (deleted) => place(ctx, deleted.plan),

    async discardQuarantined(key) {
      if (await backend.change(key, (raw, present) => decideDiscard(key, raw, present))) announced(null);
    },

    subscribe(listener) {
      const stops = [channel.listen(listener), backend.onrecover(listener)];
      return () => stops.forEach((stop) => stop());
    },
  };
}
