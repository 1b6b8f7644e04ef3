/**
 * Where saved plans physically go: IndexedDB through idb-keyval (its own database, so nothing
 * else in the origin can collide with it) or a Map for when the browser keeps no data.
 * Both clone on the way in and out, as IndexedDB's structured clone does.
 */
import { createStore, del, entries, get, promisifyRequest, set } from 'idb-keyval';
import { keyId } from './record-keys';

export const DB_NAME = 'career-path-explorer';
export const STORE_NAME = 'plans';
/** A storage call that has not answered by then is treated as unavailable (some browsers hang in private mode). */
export const TIMEOUT_MS = 5000;

export interface KeyValueBackend {
  entries(): Promise<[IDBValidKey, unknown][]>;
  get(key: IDBValidKey): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Any key: set-aside records can sit under numbers, dates or arrays. */
  del(key: IDBValidKey): Promise<void>;
  /**
   * Reads the record under `key` and writes what `decide` makes of it, in one transaction, so
   * another tab cannot write in between (a save checks the revision it overwrites this way).
   * `decide` gets the record and whether there is one (a record can hold `undefined`); it is
   * synchronous and may run again (on the memory fallback); it returns the change and the answer.
   */
  change<T>(key: IDBValidKey, decide: (old: unknown, present: boolean) => Decision<T>): Promise<T>;
}

/** What to do with a record: leave it, replace it, or delete it; and what to answer. */
export interface Decision<T> {
  write: { put: unknown } | { del: true } | null;
  answer: T;
}

export function idbBackend(dbName = DB_NAME, storeName = STORE_NAME): KeyValueBackend {
  const store = createStore(dbName, storeName);
  return {
    entries: () => entries(store),
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    change: (key, decide) =>
      store('readwrite', (s) => {
        // A cursor, not get(): it tells an absent record from one holding `undefined`.
        const request = s.openCursor(key);
        // Decided in the success handler itself: the transaction is still active there on every engine.
        const decided = new Promise<unknown>((resolve, reject) => {
          request.onsuccess = () => {
            try {
              const cursor = request.result;
              const { write, answer } = decide(cursor?.value, cursor !== null);
              if (write && 'put' in write) s.put(write.put, key);
              else if (write) s.delete(key);
              resolve(answer);
            } catch (err) {
              s.transaction.abort();
              reject(err);
            }
          };
          request.onerror = () => reject(request.error);
        });
        return Promise.all([decided, promisifyRequest(s.transaction)]).then(([answer]) => answer as never);
      }),
  };
}

export function memoryBackend(seed: Iterable<[IDBValidKey, unknown]> = []): KeyValueBackend {
  // Indexed by keyId, so 5 and "5" stay two records, as they are in IndexedDB. Values are
  // stored as clones, as IndexedDB does, so a caller mutating a plan cannot change the "saved" one.
  const map = new Map<string, [IDBValidKey, unknown]>();
  for (const [k, v] of seed) map.set(keyId(k), [k, structuredClone(v)]);
  return {
    entries: async () => [...map.values()].map(([k, v]) => [k, structuredClone(v)]),
    get: async (key) => structuredClone(map.get(keyId(key))?.[1]),
    set: async (key, value) => void map.set(keyId(key), [key, structuredClone(value)]),
    del: async (key) => void map.delete(keyId(key)),
    change: async (key, decide) => {
      const record = map.get(keyId(key));
      const { write, answer } = decide(structuredClone(record?.[1]), record !== undefined);
      if (write && 'put' in write) map.set(keyId(key), [key, structuredClone(write.put)]);
      else if (write) map.delete(keyId(key));
      return answer;
    },
  };
}

export class StorageTimeoutError extends Error {
  override name = 'TimeoutError';
}

export function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new StorageTimeoutError(`plans/storage: storage did not answer in ${TIMEOUT_MS} ms`)),
      TIMEOUT_MS,
    );
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}
