/**
 * Where saved plans physically go: IndexedDB through idb-keyval (its own database, so nothing
 * else in the origin can collide with it) or a Map for when the browser keeps no data.
 * Both clone on the way in and out, as IndexedDB's structured clone does.
 */
import { createStore, del, entries, get, set } from 'idb-keyval';
import { keyId } from './record-keys';

export const DB_NAME = 'career-path-explorer';
export const STORE_NAME = 'plans';
/** A storage call that has not answered by then is treated as unavailable (some browsers hang in private mode). */
export const TIMEOUT_MS = 5000;

export interface KeyValueBackend {
  entries(): Promise<[IDBValidKey, unknown][]>;
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Any key: set-aside records can sit under numbers, dates or arrays. */
  del(key: IDBValidKey): Promise<void>;
}

export function idbBackend(dbName = DB_NAME, storeName = STORE_NAME): KeyValueBackend {
  const store = createStore(dbName, storeName);
  return {
    entries: () => entries(store),
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
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
