/**
 * Storage faults: records under any IndexedDB key with any stored value (fast-check), look-alike
 * keys, records JSON cannot hold, and a storage that hangs or fails after the app has already
 * switched to memory. The promise under test: no save is lost, no record vanishes unannounced.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, entries, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MESSAGES,
  TIMEOUT_MS,
  createPlanStore,
  idbBackend,
  memoryBackend,
  type KeyValueBackend,
} from '../../src/plans/storage';
import { keyId } from '../../src/plans/record-keys';
import { recordFile } from '../../src/plans/record-dump';
import { miniPlan, planArb } from '../fixtures/plan-arbitraries';

afterEach(() => vi.useRealTimers());

const scalarKey = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5, max: 5 }),
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.double({ noNaN: true }),
  fc.date({ noInvalidDate: true }),
);
const anyKey: fc.Arbitrary<IDBValidKey> = fc.oneof(
  scalarKey,
  fc.array(scalarKey, { maxLength: 3 }),
  fc.uint8Array({ maxLength: 4 }).map((a) => a.buffer as ArrayBuffer),
);
const anyValue = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withSparseArray: true,
  }),
  planArb(),
);
/** Records left after equal keys overwrite each other, as IndexedDB does (keyId is unit-tested against it below). */
const distinct = (records: [IDBValidKey, unknown][]) => new Map(records.map(([k, v]) => [keyId(k), [k, v] as const]));

describe('stored records under any key, with any value', () => {
  it('are each either listed as a plan or set aside, and each can be discarded and downloaded', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(anyKey, anyValue), { maxLength: 8 }), async (records) => {
        const unique = distinct(records);
        const store = createPlanStore({ backend: memoryBackend(records) });
        const listing = await store.list();
        expect(listing.plans.length + listing.quarantine.length).toBe(unique.size);
        expect(new Set(listing.quarantine.map((q) => q.id)).size).toBe(listing.quarantine.length);
        for (const q of listing.quarantine) {
          const file = recordFile(q.key, q.raw);
          expect(() => JSON.parse(file.text)).not.toThrow();
          expect(file.fileName).toMatch(/^damaged-plan-record-[A-Za-z0-9_-]+\.json$/);
        }
        let left = unique.size;
        for (const q of listing.quarantine) {
          await store.discardQuarantined(q.key);
          const after = await store.list();
          expect(after.plans.length + after.quarantine.length).toBe(--left);
          expect(after.quarantine.map((r) => r.id)).not.toContain(q.id);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('in IndexedDB too: 5 and "5", a date and an array key are four records, discarded one by one', async () => {
    const name = 'faults-keys';
    const raw = createStore(name, 'plans');
    const keys: IDBValidKey[] = [5, '5', new Date(0), ['5']];
    for (const k of keys) await set(k, { not: 'a plan', n: 10n }, raw);
    await set('p-mini', miniPlan(), raw);
    const store = createPlanStore({ backend: idbBackend(name, 'plans') });
    const listing = await store.list();
    expect(listing.plans.map((p) => p.id)).toEqual(['p-mini']);
    expect(listing.quarantine.map((q) => q.id).sort()).toEqual(
      ['"5"', '5', 'Date(1970-01-01T00:00:00.000Z)', '["5"]'].sort(),
    );
    expect(listing.quarantine.find((q) => q.id === '5')!.message).toBe(
      'A saved record (5) was set aside: it is stored under a key that is not a plan id.',
    );
    await store.discardQuarantined(5);
    expect((await entries(raw)).map(([k]) => keyId(k)).sort()).toEqual(
      ['"5"', '"p-mini"', 'Date(1970-01-01T00:00:00.000Z)', '["5"]'].sort(),
    );
    for (const q of (await store.list()).quarantine) await store.discardQuarantined(q.key);
    expect((await entries(raw)).map(([k]) => k)).toEqual(['p-mini']);
  });
});

describe('Download record', () => {
  it('gives plain JSON records back exactly, and describes the rest readably', () => {
    expect(recordFile('p-bad', { label: 'x' })).toEqual({
      fileName: 'damaged-plan-record-p-bad.json',
      text: '{\n  "label": "x"\n}\n',
      exact: true,
    });
    const cyclic: unknown[] = [1n];
    cyclic.push(
      cyclic,
      new Map([['a', new Set([undefined])]]),
      new Uint8Array([1, 255]),
      Number.NaN,
      new Date(Number.NaN),
    );
    const file = recordFile(['k', 1], cyclic);
    expect(file.exact).toBe(false);
    expect(JSON.parse(file.text)).toEqual({
      note: expect.stringMatching(/plain JSON cannot/),
      key: '["k",1]',
      record: [
        { $bigint: '1' },
        { $circular: expect.any(String) },
        { $map: [['a', { $set: [{ $undefined: true }] }]] },
        { $bytes: '01ff' },
        { $number: 'NaN' },
        { $date: 'invalid date' },
      ],
    });
  });

  it('never throws, even for a record whose properties throw when read', () => {
    const hostile = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    expect(JSON.parse(recordFile(7, hostile).text)).toEqual({
      note: 'This saved record could not be read: no',
      key: '7',
    });
  });
});

/** A backend whose calls never answer until `release` is called; then they fail (a late failure). */
function hanging(): { backend: KeyValueBackend; fail: () => void } {
  const waiting: ((e: Error) => void)[] = [];
  const wait = () => new Promise<never>((_, reject) => waiting.push(reject));
  return {
    backend: { entries: wait, get: wait, set: wait, del: wait, change: wait },
    fail: () => waiting.forEach((r) => r(new DOMException('gone', 'UnknownError'))),
  };
}

describe('a storage that hangs or fails late', () => {
  it('keeps a plan saved while the first listing is still waiting, and says where it is kept', async () => {
    vi.useFakeTimers();
    const { backend } = hanging();
    const store = createPlanStore({ backend });
    const listing = store.list();
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS / 2);
    const saved = store.save(miniPlan());
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
    expect(await listing).toMatchObject({
      persistent: false,
      message: MESSAGES.noAnswer,
    });
    expect((await saved).status).toEqual({
      persistent: false,
      problem: 'noAnswer',
      message: MESSAGES.noAnswer,
    });
    expect((await store.list()).plans).toEqual([miniPlan()]);
  });

  it('keeps a save that fails after another call has already switched to memory', async () => {
    vi.useFakeTimers();
    const { backend, fail } = hanging();
    const store = createPlanStore({ backend });
    const saved = store.save(miniPlan());
    const listing = store.list();
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
    const second = store.save(miniPlan({ id: 'p-two' }));
    await vi.advanceTimersByTimeAsync(2);
    expect((await listing).persistent).toBe(false);
    fail();
    expect((await saved).status.persistent).toBe(false);
    expect((await second).status.persistent).toBe(false);
    expect((await store.list()).plans.map((p) => p.id).sort()).toEqual(['p-mini', 'p-two']);
  });
});

describe('Download record for a record seen through proxies', () => {
  it('ends at a depth limit when a cycle hides behind fresh proxies at every step', () => {
    const wrap = (target: object): object =>
      new Proxy(target, {
        get: (t, k) => {
          const v = Reflect.get(t, k);
          return typeof v === 'object' && v !== null ? wrap(v) : v;
        },
      });
    const cyclic: Record<string, unknown> = { n: 1 };
    cyclic.self = cyclic;
    const file = recordFile('k', wrap(cyclic));
    expect(file.exact).toBe(false);
    expect(file.text).toMatch(/"\$truncated": "nested more than 100 levels deep/);
  });
});
