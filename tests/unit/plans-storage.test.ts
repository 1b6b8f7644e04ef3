/**
 * Saved plans in IndexedDB (fake-indexeddb), with damaged records set aside and the
 * in-memory fallback when the browser keeps no data.
 */
import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MESSAGES,
  TIMEOUT_MS,
  createPlanStore,
  idbBackend,
  memoryBackend,
  type KeyValueBackend,
} from '../../src/plans/storage';
import { migratePlan, type PlanV0 } from '../../src/plans/migrate';
import { miniPlan } from '../fixtures/plan-arbitraries';

let dbCount = 0;
/** A fresh database per test, so tests never see each other's plans. */
function freshDb() {
  const name = `plans-test-${++dbCount}`;
  return {
    name,
    backend: idbBackend(name, 'plans'),
    raw: createStore(name, 'plans'),
  };
}

function clock(start = Date.parse('2024-05-01T12:00:00Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

function ids() {
  let n = 0;
  return () => `p-copy-${++n}`;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('plan storage (IndexedDB)', () => {
  it('saves, lists newest first, renames, duplicates, deletes and undoes', async () => {
    const { backend } = freshDb();
    const store = createPlanStore({ backend, now: clock(), newId: ids() });
    const a = miniPlan({
      id: 'p-a',
      label: 'AB',
      updatedAt: '2024-01-01T00:00:00.000Z',
    });
    const b = miniPlan({
      id: 'p-b',
      label: 'CD',
      updatedAt: '2024-02-01T00:00:00.000Z',
    });
    expect(await store.save(a, null)).toEqual({
      ok: true,
      plan: a,
      status: { persistent: true, problem: null, message: null },
    });
    await store.save(b);
    expect((await store.list()).plans.map((p) => p.id)).toEqual(['p-b', 'p-a']);

    const renamed = await store.rename('p-a', 'EF');
    expect(renamed.label).toBe('EF');
    expect(renamed.updatedAt).toBe('2024-05-01T12:00:01.000Z');
    expect((await store.get('p-a'))?.label).toBe('EF');

    const copy = await store.duplicate('p-a');
    expect(copy).toMatchObject({
      id: 'p-copy-1',
      label: 'EF (copy)',
      routes: a.routes,
      goals: a.goals,
    });
    expect((await store.list()).plans).toHaveLength(3);

    const deleted = await store.remove('p-b');
    expect(deleted?.plan).toEqual(b);
    expect((await store.list()).plans.map((p) => p.id)).not.toContain('p-b');
    expect(await store.restore(deleted!)).toMatchObject({
      placed: 'saved',
      plan: b,
    });
    expect(await store.get('p-b')).toEqual(b);
    expect(await store.remove('nope')).toBeNull();
  });

  it('survives a new store instance (a reload)', async () => {
    const { name } = freshDb();
    await createPlanStore({ backend: idbBackend(name, 'plans') }).save(miniPlan());
    const listing = await createPlanStore({
      backend: idbBackend(name, 'plans'),
    }).list();
    expect(listing.plans).toEqual([miniPlan()]);
  });

  it('sets a damaged record aside with a message, loads the others and never deletes it by itself', async () => {
    const { backend, raw } = freshDb();
    const store = createPlanStore({ backend });
    await store.save(miniPlan({ id: 'p-good-1' }));
    await store.save(miniPlan({ id: 'p-good-2' }));
    await set('p-bad', { version: 1, id: 'p-bad', label: 'x'.repeat(99) }, raw);
    await set('p-other', miniPlan({ id: 'p-elsewhere' }), raw);
    const listing = await store.list();
    expect(listing.plans.map((p) => p.id).sort()).toEqual(['p-good-1', 'p-good-2']);
    expect(listing.quarantine.map((q) => q.key).sort()).toEqual(['p-bad', 'p-other']);
    const bad = listing.quarantine.find((q) => q.key === 'p-bad')!;
    expect(bad.message).toMatch(
      /^A saved record \(“p-bad”\) could not be read and was set aside: label: must be at most 40 characters/,
    );
    expect(bad.raw).toMatchObject({ label: 'x'.repeat(99) });
    expect(listing.quarantine.find((q) => q.key === 'p-other')!.message).toMatch(/different id/);
    // Listing again does not lose it; only the counselor's discard removes it.
    expect((await store.list()).quarantine).toHaveLength(2);
    expect(await get('p-bad', raw)).toBeDefined();
    await store.discardQuarantined('p-bad');
    expect(await get('p-bad', raw)).toBeUndefined();
  });

  it('saves a plan held in a Proxy, as Svelte $state hands it over', async () => {
    const store = createPlanStore({ backend: freshDb().backend });
    const deep = <T extends object>(o: T): T =>
      new Proxy(o, {
        get: (t, k) =>
          typeof t[k as keyof T] === 'object' && t[k as keyof T] !== null
            ? deep(t[k as keyof T] as object)
            : t[k as keyof T],
      });
    await store.save(deep(miniPlan()));
    expect(await store.get('p-mini')).toEqual(miniPlan());
  });

  it('refuses to save an invalid plan, naming the field', async () => {
    const store = createPlanStore({ backend: freshDb().backend });
    await expect(store.save(miniPlan({ goals: [] }))).rejects.toThrow(
      /^plans\/storage: refusing to save an invalid plan: goals: must name at least one goal/,
    );
    await expect(store.rename('missing', 'x')).rejects.toThrow(
      'This plan is no longer saved: it was deleted, perhaps in another tab.',
    );
  });
});

describe('migration', () => {
  const v0: PlanV0 = {
    name: 'J.D. (prototype)',
    from: 'tech',
    to: 'manager',
    route: ['tech', 'coder', 'manager'],
    held: ['cca'],
    education: 'associate',
    notes: 'Met in May',
    created: Date.parse('2023-05-02T10:00:00Z'),
  };

  it('turns a hand-made version-0 plan into the current version', () => {
    expect(migratePlan(v0)).toEqual({
      ok: true,
      migratedFrom: 0,
      plan: {
        version: 1,
        id: 'v0-1683021600000',
        label: 'J.D. (prototype)',
        createdAt: '2023-05-02T10:00:00.000Z',
        updatedAt: '2023-05-02T10:00:00.000Z',
        start: { kind: 'role', roleId: 'tech' },
        heldCredentials: ['cca'],
        education: 'associate',
        goals: ['manager'],
        constraints: { educationCeiling: 'doctorate', maxYears: null },
        routes: [{ roles: ['tech', 'coder', 'manager'], objective: 'years' }],
        notes: 'Met in May',
        stepNotes: {},
        stepStatus: {},
      },
    });
  });

  it('reads a stored version-0 plan under its storage key, and rejects broken or newer ones', async () => {
    const store = createPlanStore({ backend: memoryBackend([['old-1', v0]]) });
    expect((await store.list()).plans.map((p) => [p.id, p.label])).toEqual([['old-1', 'J.D. (prototype)']]);
    expect(migratePlan({ ...v0, created: 'yesterday' })).toEqual({
      ok: false,
      message: 'created: must be a time in milliseconds',
    });
    expect(migratePlan({ ...miniPlan(), version: 7 })).toEqual({
      ok: false,
      message: expect.stringMatching(/newer version of the app/),
    });
    expect(migratePlan([1, 2])).toEqual({
      ok: false,
      message: 'This is not a plan made by this app (it is a list, not an object).',
      foreign: true,
    });
  });

  it('opens a prototype plan with fields missing or odd, using safe defaults', () => {
    const name = `  ${'Ana María, coder → HIM director '.repeat(3)}  `;
    const result = migratePlan({
      name,
      from: 'tech',
      to: 'manager',
      education: 'wizard',
      route: 'tech,manager',
      created: Date.parse('2023-05-02T10:00:00Z'),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.label).toBe(name.trim().slice(0, 40));
    expect([result.plan.education, result.plan.heldCredentials, result.plan.routes, result.plan.notes]).toEqual([
      'high_school',
      [],
      [],
      '',
    ]);
  });

  it('says what a foreign value is, and why a version number is refused', () => {
    const foreign = (what: string) => ({
      ok: false,
      message: `This is not a plan made by this app (${what}).`,
      foreign: true,
    });
    expect(migratePlan(null)).toEqual(foreign('it is null, not an object'));
    expect(migratePlan(42)).toEqual(foreign('it is a number, not an object'));
    expect(migratePlan({ hello: 'world' })).toEqual(foreign("it has none of a plan's fields"));
    for (const version of ['1', 1.5, -1]) {
      expect(migratePlan({ ...miniPlan(), version })).toEqual({
        ok: false,
        message: `version: must be a whole number, got ${JSON.stringify(version)}`,
      });
    }
  });
});

/** A backend where every call fails the way private browsing makes IndexedDB fail. */
function throwing(name = 'InvalidStateError'): KeyValueBackend {
  const fail = async (): Promise<never> => {
    throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', name);
  };
  return { entries: fail, get: fail, set: fail, del: fail, change: fail };
}

describe('when storage is unavailable', () => {
  it('keeps plans in memory and says they last only until the tab is closed', async () => {
    const store = createPlanStore({ backend: throwing() });
    const listing = await store.list();
    expect(listing).toEqual({
      plans: [],
      quarantine: [],
      persistent: false,
      problem: 'unavailable',
      message: MESSAGES.unavailable,
    });
    expect(MESSAGES.unavailable).toMatch(/kept only until you close this tab/);
    expect((await store.save(miniPlan())).status).toEqual({
      persistent: false,
      problem: 'unavailable',
      message: MESSAGES.unavailable,
    });
    expect((await store.list()).plans).toEqual([miniPlan()]);
  });

  it('falls back when the browser has no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = createPlanStore();
    expect(store.status()).toEqual({
      persistent: false,
      problem: 'unavailable',
      message: MESSAGES.unavailable,
    });
    await store.save(miniPlan());
    expect((await store.list()).plans).toHaveLength(1);
  });

  it('keeps the plans already loaded when the quota runs out mid-session', async () => {
    const backend = memoryBackend([['p-mini', miniPlan()]]);
    const store = createPlanStore({
      backend: { ...backend, change: throwing('QuotaExceededError').change },
    });
    expect((await store.list()).persistent).toBe(true);
    expect((await store.save(miniPlan({ id: 'p-new' }))).status).toEqual({
      persistent: false,
      problem: 'quota',
      message: MESSAGES.quota,
    });
    expect((await store.list()).plans.map((p) => p.id).sort()).toEqual(['p-mini', 'p-new']);
  });

  it('treats storage that never answers as unavailable', async () => {
    vi.useFakeTimers();
    const never = () => new Promise<never>(() => {});
    const store = createPlanStore({
      backend: {
        entries: never,
        get: never,
        set: never,
        del: never,
        change: never,
      },
    });
    const pending = store.list();
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS + 1);
    expect((await pending).persistent).toBe(false);
  });
});

describe('PlansController', () => {
  it('keeps the listing, the storage notice and the last deletion for Undo', async () => {
    const { PlansController } = await import('../../src/state/plans-controller.svelte');
    const ctl = new PlansController(createPlanStore({ backend: throwing() }));
    await ctl.load();
    expect([ctl.loaded, ctl.persistent, ctl.storageMessage]).toEqual([true, false, MESSAGES.unavailable]);
    await ctl.save(miniPlan(), null);
    expect(ctl.plans.map((p) => p.id)).toEqual(['p-mini']);
    await ctl.remove('p-mini');
    expect([ctl.plans.length, ctl.deleted?.plan.id]).toEqual([0, 'p-mini']);
    await ctl.undo();
    expect([ctl.plans.length, ctl.deleted]).toEqual([1, null]);
    await ctl.rename('missing', 'x');
    expect(ctl.error).toBe('This plan is no longer saved: it was deleted, perhaps in another tab.');
  });
});
