/**
 * Saved plans, in IndexedDB (idb-keyval, its own database) with an in-memory fallback.
 *
 * Two promises to the counselor: a damaged record never takes the other plans down and is
 * never thrown away behind their back (it is set aside in `quarantine`, left untouched in
 * storage, until they choose to discard it); and when the browser will not keep data (no
 * IndexedDB, private browsing, storage full) the app keeps working in memory and says so.
 */
import { idbBackend, memoryBackend, withTimeout, type KeyValueBackend } from './storage-backend';
import { keyId, keyLabel } from './record-keys';
import { describeIssues } from '../data/problems';
import { migratePlan } from './migrate';
import { copyPlan, newPlanId } from './plan-routes';
import { PLAN_LIMITS, planSchema, type Plan } from './schema';
import { m } from '../paraglide/messages.js';

const MODULE = 'plans/storage';

export { DB_NAME, STORE_NAME, TIMEOUT_MS, idbBackend, memoryBackend, type KeyValueBackend } from './storage-backend';

export const MESSAGES = {
  unavailable:
    "This browser isn't letting the app save data (private browsing or storage turned off), so plans are kept only until you close this tab. Use Export JSON to keep a copy.",
  quota:
    "The browser's storage is full, so plans are kept only until you close this tab. Use Export JSON to keep a copy.",
  noAnswer:
    "The browser's storage did not answer, so plans are kept only until you close this tab. Use Export JSON to keep a copy.",
} as const;

export interface StorageStatus {
  persistent: boolean;
  /** Set when plans are not persistent: the sentence the UI shows. */
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

export interface PlanStore {
  status(): StorageStatus;
  list(): Promise<PlanListing>;
  get(id: string): Promise<Plan | null>;
  save(plan: Plan): Promise<StorageStatus>;
  rename(id: string, label: string): Promise<Plan>;
  duplicate(id: string): Promise<Plan>;
  remove(id: string): Promise<DeletedPlan | null>;
  restore(deleted: DeletedPlan): Promise<StorageStatus>;
  /** Deletes a set-aside record; only ever called on the counselor's request. */
  discardQuarantined(key: IDBValidKey): Promise<void>;
}

export interface PlanStoreOptions {
  /** Defaults to IndexedDB, or memory when the browser has none. */
  backend: KeyValueBackend;
  now: () => Date;
  newId: () => string;
}

function checked(plan: Plan): Plan {
  const parsed = planSchema.safeParse(plan);
  if (!parsed.success)
    throw new Error(`${MODULE}: refusing to save an invalid plan: ${describeIssues(parsed.error, Infinity)}`);
  return parsed.data;
}

/**
 * One stored record → a plan, or why not. A plan must be stored under its own id (anything
 * else means the record was edited by hand or damaged), except a migrated older plan, which
 * had no id of its own and takes the key it was stored under.
 */
export function readRecord(
  rawKey: IDBValidKey,
  raw: unknown,
): { ok: true; plan: Plan } | { ok: false; message: string } {
  const key = String(rawKey);
  const shown = typeof rawKey === 'string' ? `“${key.slice(0, PLAN_LIMITS.id)}”` : keyLabel(rawKey, PLAN_LIMITS.id);
  if (typeof rawKey !== 'string') return { ok: false, message: m.st_bad_key({ shown }) };
  const read = migratePlan(raw);
  if (!read.ok) return { ok: false, message: m.st_unreadable({ shown, reason: read.message }) };
  if (read.plan.id === key) return { ok: true, plan: read.plan };
  if (read.migratedFrom !== null && planSchema.shape.id.safeParse(key).success)
    return { ok: true, plan: { ...read.plan, id: key } };
  return { ok: false, message: m.st_wrong_id({ shown, id: read.plan.id }) };
}

export function createPlanStore(options: Partial<PlanStoreOptions> = {}): PlanStore {
  const hasIdb = typeof indexedDB !== 'undefined';
  let backend: KeyValueBackend = options.backend ?? (hasIdb ? idbBackend() : memoryBackend());
  let status: StorageStatus =
    options.backend || hasIdb
      ? { persistent: true, message: null }
      : { persistent: false, message: MESSAGES.unavailable };
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? newPlanId;
  // What storage last held (by keyId, so look-alike keys stay apart), so falling back
  // mid-session keeps every plan already seen.
  const mirror = new Map<string, [IDBValidKey, unknown]>();
  // The in-memory store once storage has failed; an error from it is a bug, not a browser setting.
  let fallback: KeyValueBackend | null = options.backend || hasIdb ? null : backend;

  /**
   * Runs a storage call; on failure or no answer, switches to memory for good and runs it
   * there. A call already in flight on the old backend when another call switched (a save
   * made while the first listing hangs) falls back too, instead of losing its data.
   */
  async function run<T>(op: (b: KeyValueBackend) => Promise<T>): Promise<T> {
    const used = backend;
    try {
      return await withTimeout(op(used));
    } catch (err) {
      if (used === fallback) throw err;
      if (!fallback) {
        const name = err instanceof Error ? err.name : '';
        const quota = name === 'QuotaExceededError' || (err instanceof Error && /quota/i.test(err.message));
        status = {
          persistent: false,
          message: quota ? MESSAGES.quota : name === 'TimeoutError' ? MESSAGES.noAnswer : MESSAGES.unavailable,
        };
        fallback = backend = memoryBackend(mirror.values());
      }
      return op(fallback);
    }
  }

  async function write(plan: Plan): Promise<StorageStatus> {
    const valid = checked(plan);
    await run((b) => b.set(valid.id, valid));
    mirror.set(keyId(valid.id), [valid.id, structuredClone(valid)]);
    return { ...status };
  }

  async function getPlan(id: string): Promise<Plan | null> {
    const raw = await run((b) => b.get(id));
    if (raw === undefined) return null;
    const read = readRecord(id, raw);
    return read.ok ? read.plan : null;
  }

  async function mustGet(id: string): Promise<Plan> {
    const plan = await getPlan(id);
    if (!plan) throw new Error(`${MODULE}: no readable plan with id '${id}'`);
    return plan;
  }

  return {
    status: () => ({ ...status }),

    async list() {
      const records = await run((b) => b.entries());
      const plans: Plan[] = [];
      const quarantine: QuarantinedRecord[] = [];
      mirror.clear();
      for (const [key, raw] of records) {
        const id = keyId(key);
        mirror.set(id, [key, raw]);
        const read = readRecord(key, raw);
        if (read.ok) plans.push(read.plan);
        else quarantine.push({ key, id, message: read.message, raw });
      }
      plans.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1));
      return { plans, quarantine, ...status };
    },

    get: getPlan,

    save: (plan) => write({ ...plan }),

    async rename(id, label) {
      const plan = { ...(await mustGet(id)), label, updatedAt: now().toISOString() };
      await write(plan);
      return plan;
    },

    async duplicate(id) {
      const original = await mustGet(id);
      const copy = copyPlan(original, { now: now(), id: newId() });
      copy.label = `${original.label} (copy)`.slice(0, PLAN_LIMITS.label);
      await write(copy);
      return copy;
    },

    async remove(id) {
      const plan = await getPlan(id);
      if (!plan) return null;
      await run((b) => b.del(id));
      mirror.delete(keyId(id));
      return { plan };
    },

    restore: (deleted) => write(deleted.plan),

    async discardQuarantined(key) {
      await run((b) => b.del(key));
      mirror.delete(keyId(key));
    },
  };
}
