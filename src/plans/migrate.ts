/**
 * Reading a plan from anywhere (storage, a link, a file): migrate older versions forward, then
 * validate. Never throws, because the input is whatever a browser, a chat app or a person left
 * behind; failures come back as one user-readable message that names the offending field.
 */
import { EDUCATION_LEVELS } from '../data/vocabulary';
import { PLAN_LIMITS, PLAN_VERSION, describePlanIssues, planSchema, type Plan } from './schema';
import { m } from '../paraglide/messages.js';

/** `foreign`: well-formed data with none of a plan's fields, e.g. some other app's JSON. */
export type PlanResult =
  { ok: true; plan: Plan; migratedFrom: number | null } | { ok: false; message: string; foreign?: true };

/** Fields only a plan (of any version) has; an object with none of them is someone else's data. */
const PLAN_FIELDS = ['version', 'id', 'goals', 'routes', 'start', 'name', 'from', 'to', 'route', 'created'];

/**
 * Version 0: the prototype's format, before plans had a version field, several goals,
 * constraints or per-step notes. Kept so plans saved by the prototype still open.
 */
export interface PlanV0 {
  version?: 0;
  name: string;
  from: string;
  to: string;
  route: string[];
  held?: string[];
  education?: string;
  notes?: string;
  /** Epoch milliseconds. */
  created: number;
}

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: Record<number, Migration> = {
  0: (v0) => {
    const created = v0.created;
    // new Date(NaN).toISOString() throws; an unusable date is a damaged record, not a crash.
    if (typeof created !== 'number' || !Number.isFinite(created) || Math.abs(created) > 8.64e15) {
      throw new MigrationError(m.mig_created());
    }
    const at = new Date(created).toISOString();
    const education =
      typeof v0.education === 'string' && (EDUCATION_LEVELS as readonly string[]).includes(v0.education)
        ? v0.education
        : 'high_school';
    const route = Array.isArray(v0.route) ? v0.route : [];
    return {
      version: 1,
      id: `v0-${Math.trunc(created)}`,
      // v0 had no length limit; the label is a nickname, so cutting it is harmless.
      label: typeof v0.name === 'string' ? v0.name.trim().slice(0, PLAN_LIMITS.label) : v0.name,
      createdAt: at,
      updatedAt: at,
      start: { kind: 'role', roleId: v0.from },
      heldCredentials: v0.held ?? [],
      education,
      goals: [v0.to],
      constraints: { educationCeiling: 'doctorate', maxYears: null },
      routes: route.length ? [{ roles: route, objective: 'years' }] : [],
      notes: v0.notes ?? '',
      stepNotes: {},
      stepStatus: {},
    };
  },
};

class MigrationError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migratePlan(raw: unknown): PlanResult {
  try {
    if (!isRecord(raw))
      return {
        ok: false,
        message: m.mig_not_object({
          kind: Array.isArray(raw)
            ? m.mig_kind_list()
            : raw === null
              ? m.mig_kind_null()
              : m.mig_kind_other({ type: typeof raw }),
        }),
        foreign: true,
      };
    if (!PLAN_FIELDS.some((f) => Object.hasOwn(raw, f)))
      return { ok: false, message: m.mig_no_plan_fields(), foreign: true };
    const version = raw.version === undefined ? 0 : raw.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
      return { ok: false, message: m.mig_bad_version({ got: JSON.stringify(version) ?? String(version) }) };
    }
    if (version > PLAN_VERSION) {
      return { ok: false, message: m.mig_newer({ version, max: PLAN_VERSION }) };
    }
    let current: Record<string, unknown> = raw;
    for (let v = version; v < PLAN_VERSION; v++) {
      const step = MIGRATIONS[v];
      if (!step) return { ok: false, message: m.mig_no_way({ version: v }) };
      current = step(current);
    }
    const parsed = planSchema.safeParse(current);
    if (!parsed.success) return { ok: false, message: describePlanIssues(parsed.error) };
    return { ok: true, plan: parsed.data, migratedFrom: version === PLAN_VERSION ? null : version };
  } catch (err) {
    const detail = err instanceof MigrationError ? err.message : m.mig_unreadable();
    return { ok: false, message: detail };
  }
}
