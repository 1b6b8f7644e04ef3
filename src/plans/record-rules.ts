/**
 * What may happen to a stored record, decided from the record itself inside the write's own
 * transaction (so another tab cannot slip in between). The rules the counselor relies on:
 * - a save replaces only the version it was based on (its revision); otherwise it asks;
 * - an import, an Undo or a slow storage's late answer never replaces anything: it lands
 *   beside what is there;
 * - a set-aside (unreadable) record is touched by nothing but its own Discard.
 *
 * A plan's revision is the whole stored version (`revisionOf`: its JSON): a save replaces a plan
 * only when what is stored is exactly what the edit started from, so no change made elsewhere —
 * a save, a rename, an import after a delete — can be overwritten unseen, whatever the clocks
 * say. `updatedAt` still moves on with every write (`nextRevision`), for the newest-first list.
 * Nothing is added to the stored format: older tabs, files and share links read every record.
 */
import type { Decision } from './storage-backend';
import { migratePlan } from './migrate';
import { keyLabel } from './record-keys';
import { PLAN_LIMITS, planSchema, type Plan } from './schema';
import { revisionOf, type Revision } from './revision';
import { m } from '../paraglide/messages.js';

export { revisionOf, type Revision };

export type SaveConflict =
  /** Saved elsewhere (another tab) since this edit started. */
  | { kind: 'changed'; theirs: Plan }
  /** Deleted elsewhere since this edit started. */
  | { kind: 'deleted' }
  /** A new plan whose id is already taken: by a plan (theirs) or by a set-aside record (null). */
  | { kind: 'taken'; theirs: Plan | null };

export type SaveAnswer = { ok: true; plan: Plan } | { ok: false; conflict: SaveConflict };

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
  if (!read.ok)
    return {
      ok: false,
      message: m.st_unreadable({ shown, reason: read.message }),
    };
  if (read.plan.id === key) return { ok: true, plan: read.plan };
  if (read.migratedFrom !== null && planSchema.shape.id.safeParse(key).success)
    return { ok: true, plan: { ...read.plan, id: key } };
  return { ok: false, message: m.st_wrong_id({ shown, id: read.plan.id }) };
}

/** `wanted`, or just after `replaced` when the clock says otherwise: every write changes the revision. */
export function nextRevision(wanted: string, replaced: string | null): string {
  if (replaced === null) return wanted;
  const after = Date.parse(replaced) + 1;
  return Date.parse(wanted) >= after ? wanted : new Date(after).toISOString();
}

const keep = <T>(answer: T): Decision<T> => ({ write: null, answer });

/** A save of `plan` whose edit started from `base`. */
export function decideSave(plan: Plan, base: Revision, raw: unknown, present: boolean): Decision<SaveAnswer> {
  const refuse = (conflict: SaveConflict) => keep<SaveAnswer>({ ok: false, conflict });
  if (!present) {
    if (base !== null) return refuse({ kind: 'deleted' });
    return { write: { put: plan }, answer: { ok: true, plan } };
  }
  const read = readRecord(plan.id, raw);
  if (!read.ok) return refuse({ kind: 'taken', theirs: null });
  if (base === null) return refuse({ kind: 'taken', theirs: read.plan });
  if (revisionOf(read.plan) !== base) return refuse({ kind: 'changed', theirs: read.plan });
  const written = {
    ...plan,
    updatedAt: nextRevision(plan.updatedAt, read.plan.updatedAt),
  };
  return { write: { put: written }, answer: { ok: true, plan: written } };
}

/** What landing a plan beside others did: `saved` as it is, `same` (already saved, nothing written) or `taken` (its id holds something else). */
export type PlaceAnswer = 'saved' | 'same' | 'taken';

/** An import or an Undo: only into an empty slot. */
export function decidePlace(plan: Plan, raw: unknown, present: boolean): Decision<PlaceAnswer> {
  if (!present) return { write: { put: plan }, answer: 'saved' };
  const read = readRecord(plan.id, raw);
  return keep(read.ok && revisionOf(read.plan) === revisionOf(plan) ? 'same' : 'taken');
}

/** Delete: a readable plan only (the one now stored, which Undo brings back); a set-aside record is left. */
export function decideRemove(id: string, raw: unknown, present: boolean): Decision<Plan | null> {
  if (!present) return keep(null);
  const read = readRecord(id, raw);
  return read.ok ? { write: { del: true }, answer: read.plan } : keep(null);
}

/** Discard a set-aside record, unless what is stored there now reads as a plan (another tab repaired it). */
export function decideDiscard(key: IDBValidKey, raw: unknown, present: boolean): Decision<boolean> {
  if (!present || (typeof key === 'string' && readRecord(key, raw).ok)) return keep(false);
  return { write: { del: true }, answer: true };
}

/** Rename the plan as stored now (its other fields as another tab may have saved them). */
export function decideRename(
  id: string,
  label: string,
  at: string,
  raw: unknown,
  present: boolean,
): Decision<Plan | null> {
  const read = !present ? null : readRecord(id, raw);
  if (!read?.ok) return keep(null);
  const plan = {
    ...read.plan,
    label,
    updatedAt: nextRevision(at, read.plan.updatedAt),
  };
  return { write: { put: plan }, answer: plan };
}
