/**
 * Two tabs, one database (issue 28): a save replaces only the version it was based on, a deleted
 * plan stays deleted, an import or an Undo never replaces a saved plan, a set-aside record is
 * touched only by its own Discard. Two plan stores over one fake-indexeddb database are two tabs.
 */
import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MESSAGES,
  PlanGoneError,
  TIMEOUT_MS,
  createPlanStore,
  idbBackend,
  memoryBackend,
  type KeyValueBackend,
  type PlanStore,
  revisionOf,
} from '../../src/plans/storage';
import type { PlanChannel } from '../../src/plans/plan-channel';
import { overwriteGetLocale } from '../../src/paraglide/runtime.js';
import { miniPlan } from '../fixtures/plan-arbitraries';

let dbCount = 0;
const ALONE: PlanChannel = { announce: () => {}, listen: () => () => {} };

/** Two tabs on one fresh database, with clocks a second apart per call. */
function twoTabs(channel: PlanChannel = ALONE) {
  const name = `conflicts-${++dbCount}`;
  let t = Date.parse('2025-03-01T09:00:00Z');
  const now = () => new Date((t += 1000));
  let n = 0;
  const newId = () => `p-new-${++n}`;
  const tab = () =>
    createPlanStore({
      backend: idbBackend(name, 'plans'),
      now,
      newId,
      channel,
    });
  return { a: tab(), b: tab(), raw: createStore(name, 'plans'), now };
}

async function opened(store: PlanStore, id: string) {
  const plan = (await store.get(id))!;
  return { plan, base: revisionOf(plan) };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  overwriteGetLocale(() => 'en');
});

describe('two tabs saving one plan', () => {
  it('the second saver is asked, shown the other version, and each choice keeps what it says', async () => {
    const { a, b, now } = twoTabs();
    await a.save(miniPlan({ notes: 'first' }), null);
    const inA = await opened(a, 'p-mini');
    const inB = await opened(b, 'p-mini');

    const savedA = await a.save(
      {
        ...inA.plan,
        notes: 'A: call the registrar',
        updatedAt: now().toISOString(),
      },
      inA.base,
    );
    expect(savedA.ok).toBe(true);
    const mine = {
      ...inB.plan,
      notes: 'B: RHIT exam in May',
      updatedAt: now().toISOString(),
    };
    const asked = await b.save(mine, inB.base);
    expect(asked).toMatchObject({
      ok: false,
      conflict: { kind: 'changed', theirs: { notes: 'A: call the registrar' } },
    });
    expect((await a.get('p-mini'))!.notes).toBe('A: call the registrar');

    // Keep both: B's version lands beside A's, which is untouched.
    const copy = await b.saveCopy(mine);
    expect(copy).toMatchObject({
      id: 'p-new-1',
      label: 'JD (copy)',
      notes: 'B: RHIT exam in May',
    });
    expect((await a.list()).plans.map((p) => p.notes).sort()).toEqual(['A: call the registrar', 'B: RHIT exam in May']);

    // Keep mine: replaces exactly the version B was shown; a save made after that asks again.
    if (asked.ok || asked.conflict.kind !== 'changed') throw new Error('expected a conflict');
    const theirs = asked.conflict.theirs;
    const later = await opened(a, 'p-mini');
    await a.save({ ...later.plan, notes: 'A again' }, later.base);
    expect((await b.save(mine, revisionOf(theirs))).ok).toBe(false);
    const current = (await b.get('p-mini'))!;
    const replaced = await b.save(mine, revisionOf(current));
    expect(replaced).toMatchObject({
      ok: true,
      plan: { notes: 'B: RHIT exam in May' },
    });
  });

  it("every write moves updatedAt on (newest first stays true), even when two tabs' clocks agree to the millisecond", async () => {
    const { a, b } = twoTabs();
    const at = '2025-03-01T09:00:00.000Z';
    await a.save(miniPlan({ updatedAt: at }), null);
    const inB = await opened(b, 'p-mini');
    const savedA = await a.save(miniPlan({ updatedAt: at, notes: 'A' }), revisionOf(miniPlan({ updatedAt: at })));
    expect(savedA.ok && savedA.plan.updatedAt).toBe('2025-03-01T09:00:00.001Z');
    expect(await b.save(miniPlan({ updatedAt: at, notes: 'B' }), inB.base)).toMatchObject({
      ok: false,
      conflict: { kind: 'changed' },
    });
  });

  it('a plan deleted in one tab is not brought back by a stale save, rename or copy in the other', async () => {
    const { a, b } = twoTabs();
    await a.save(miniPlan(), null);
    const inB = await opened(b, 'p-mini');
    await a.remove('p-mini');
    expect(await b.save({ ...inB.plan, notes: 'stale' }, inB.base)).toMatchObject({
      ok: false,
      conflict: { kind: 'deleted' },
    });
    await expect(b.rename('p-mini', 'XY')).rejects.toBeInstanceOf(PlanGoneError);
    await expect(b.duplicate('p-mini')).rejects.toThrow(
      'This plan is no longer saved: it was deleted, perhaps in another tab.',
    );
    expect(await b.remove('p-mini')).toBeNull();
    expect((await a.list()).plans).toEqual([]);
    // Only the counselor's explicit "save mine again" (base: none) stores it.
    expect((await b.save({ ...inB.plan, notes: 'kept on purpose' }, null)).ok).toBe(true);
  });

  it('a rename in one tab is not undone by a save of an older version in the other', async () => {
    const { a, b } = twoTabs();
    await a.save(miniPlan(), null);
    const inB = await opened(b, 'p-mini');
    await a.rename('p-mini', 'KL');
    expect(await b.save({ ...inB.plan, notes: 'n' }, inB.base)).toMatchObject({
      ok: false,
      conflict: { kind: 'changed', theirs: { label: 'KL' } },
    });
  });

  it('tabs hear each other: a save, delete or rename in one makes the other list again', async () => {
    const listeners = new Set<() => void>();
    // Like BroadcastChannel: every other listener hears, the sender does not.
    const hub = (): PlanChannel => {
      let mine: (() => void) | null = null;
      return {
        announce: () => listeners.forEach((l) => l !== mine && l()),
        listen: (heard) => ((mine = heard), listeners.add(heard), () => listeners.delete(heard)),
      };
    };
    const name = `conflicts-${++dbCount}`;
    const a = createPlanStore({
      backend: idbBackend(name, 'plans'),
      channel: hub(),
    });
    const b = createPlanStore({
      backend: idbBackend(name, 'plans'),
      channel: hub(),
    });
    const heardInA = vi.fn();
    const heardInB = vi.fn();
    a.subscribe(heardInA);
    b.subscribe(heardInB);
    await a.save(miniPlan(), null);
    await a.rename('p-mini', 'MN');
    await a.remove('p-mini');
    expect(heardInB).toHaveBeenCalledTimes(3);
    expect(heardInA).not.toHaveBeenCalled();
  });
});

describe('imports and Undo never replace', () => {
  it('a plan file whose id is saved lands as a copy (both kept); the same file twice changes nothing', async () => {
    const { a } = twoTabs();
    const saved = miniPlan({ notes: 'saved notes' });
    await a.save(saved, null);
    const file = miniPlan({ notes: 'from the file' });
    expect(await a.importPlan(file)).toMatchObject({
      placed: 'copy',
      plan: { id: 'p-new-1', notes: 'from the file', label: 'JD (copy)' },
    });
    expect(await a.get('p-mini')).toEqual(saved);
    expect(await a.importPlan(saved)).toMatchObject({
      placed: 'same',
      plan: saved,
    });
    expect((await a.list()).plans).toHaveLength(2);
  });

  it('Undo after a delete restores beside a plan imported meanwhile under the same id', async () => {
    const { a, b } = twoTabs();
    await a.save(miniPlan({ notes: 'deleted one' }), null);
    const deleted = (await a.remove('p-mini'))!;
    await b.importPlan(miniPlan({ notes: 'imported meanwhile' }));
    const undone = await a.restore(deleted);
    expect(undone).toMatchObject({
      placed: 'copy',
      plan: { notes: 'deleted one' },
    });
    expect((await a.get('p-mini'))!.notes).toBe('imported meanwhile');
  });

  it('a set-aside record under a plan id is left by a save, an import, an Undo and a delete; only Discard removes it', async () => {
    const { a, raw } = twoTabs();
    const damaged = { version: 1, id: 'p-mini', label: 42 };
    await set('p-mini', damaged, raw);
    expect(await a.save(miniPlan(), null)).toMatchObject({
      ok: false,
      conflict: { kind: 'taken', theirs: null },
    });
    expect(await a.importPlan(miniPlan())).toMatchObject({ placed: 'copy' });
    expect(await a.restore({ plan: miniPlan() })).toMatchObject({
      placed: 'copy',
    });
    expect(await a.remove('p-mini')).toBeNull();
    expect(await get('p-mini', raw)).toEqual(damaged);
    await a.discardQuarantined('p-mini');
    expect(await get('p-mini', raw)).toBeUndefined();
  });

  it('Discard leaves a record another tab repaired meanwhile', async () => {
    const { a, b, raw } = twoTabs();
    await set('p-mini', { version: 1, id: 'p-mini' }, raw);
    expect((await a.list()).quarantine).toHaveLength(1);
    await set('p-mini', miniPlan(), raw);
    await a.discardQuarantined('p-mini');
    expect(await b.get('p-mini')).toEqual(miniPlan());
  });
});

describe('storage that throws or answers late', () => {
  it('a throwing indexedDB getter (Firefox, cookies blocked) → plans in memory, and the page is told why', async () => {
    vi.stubGlobal('indexedDB', undefined);
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const store = createPlanStore({ channel: ALONE });
    expect(store.status()).toEqual({
      persistent: false,
      problem: 'unavailable',
      message: MESSAGES.unavailable,
    });
    expect((await store.save(miniPlan(), null)).ok).toBe(true);
    expect((await store.list()).plans).toEqual([miniPlan()]);
  });

  it('says why in the reader’s language', async () => {
    overwriteGetLocale(() => 'es');
    const store = createPlanStore({ backend: memoryBackend(), channel: ALONE });
    expect(store.status().message).toBeNull();
    expect(MESSAGES.unavailable).toBe(
      'Este navegador no permite que la aplicación guarde datos (navegación privada o almacenamiento desactivado), así que los planes se conservan solo hasta que cierre esta pestaña. Use Exportar JSON para guardar una copia.',
    );
    expect(MESSAGES.noAnswer).toMatch(/^El almacenamiento del navegador no respondió/);
  });

  it('storage answering after the 5 s fallback: its plans appear, and one saved meanwhile is written to it', async () => {
    vi.useFakeTimers();
    const inner = memoryBackend([['p-old', miniPlan({ id: 'p-old', label: 'OLD' })]]);
    let slow = true;
    const late = <T>(p: () => Promise<T>) =>
      slow ? new Promise<T>((resolve) => setTimeout(() => resolve(p()), 7000)) : p();
    const backend: KeyValueBackend = {
      entries: () => late(() => inner.entries()),
      get: (k) => late(() => inner.get(k)),
      set: (k, v) => late(() => inner.set(k, v)),
      del: (k) => late(() => inner.del(k)),
      change: (k, d) => late(() => inner.change(k, d)),
    };
    const store = createPlanStore({ backend, channel: ALONE });
    const answered = vi.fn();
    store.subscribe(answered);
    const first = store.list();
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS + 1);
    expect(await first).toMatchObject({
      plans: [],
      persistent: false,
      problem: 'noAnswer',
    });
    await store.save(miniPlan({ id: 'p-meanwhile' }), null);
    slow = false;
    await vi.advanceTimersByTimeAsync(7000);
    expect(answered).toHaveBeenCalledOnce();
    const after = await store.list();
    expect(after).toMatchObject({ persistent: true, problem: null });
    expect(after.plans.map((p) => p.id).sort()).toEqual(['p-meanwhile', 'p-old']);
    expect(await inner.get('p-meanwhile')).toEqual(miniPlan({ id: 'p-meanwhile' }));
  });
});
