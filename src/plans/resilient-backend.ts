/**
 * The storage plans actually use: IndexedDB while it works, memory as soon as it fails, throws
 * or does not answer in TIMEOUT_MS, so the counselor's work is never lost to a browser setting.
 * Every record already seen is kept in a mirror, so falling back mid-session keeps the plans on
 * screen. Storage that was only slow (its call answers after the fallback) is taken back: what was
 * written in memory meanwhile goes to it, and a record another tab changed meanwhile is kept beside
 * the memory one (`rescue`), never overwritten.
 */
import { memoryBackend, withTimeout, type Decision, type KeyValueBackend } from './storage-backend';
import { keyId } from './record-keys';
import type { StorageProblem } from './storage-messages';

export interface ResilientOptions {
  /** null: the browser gives no storage at all (no IndexedDB, or reading it threw). */
  primary: KeyValueBackend | null;
  /** A memory record whose slow-storage slot changed meanwhile → where to keep it beside that one. */
  rescue: (key: IDBValidKey, value: unknown) => [IDBValidKey, unknown] | null;
}

export interface ResilientBackend extends KeyValueBackend {
  problem(): StorageProblem | null;
  /** Called when a storage given up on for not answering has answered after all. */
  onrecover(listener: () => void): () => void;
}

function problemOf(err: unknown): StorageProblem {
  const name = err instanceof Error || err instanceof DOMException ? err.name : '';
  if (name === 'QuotaExceededError' || (err instanceof Error && /quota/i.test(err.message))) return 'quota';
  return name === 'TimeoutError' ? 'noAnswer' : 'unavailable';
}

/** Plans change revision (updatedAt) with every write; anything else compares as "no revision". */
function revisionOf(raw: unknown): string | undefined {
  const at = typeof raw === 'object' && raw !== null ? (raw as { updatedAt?: unknown }).updatedAt : undefined;
  return typeof at === 'string' ? at : undefined;
}

export function resilientBackend({ primary, rescue }: ResilientOptions): ResilientBackend {
  let problem: StorageProblem | null = primary ? null : 'unavailable';
  const mirror = new Map<string, [IDBValidKey, unknown]>();
  let fallback: KeyValueBackend | null = primary ? null : memoryBackend();
  /** What storage held when memory took over, and the keys written in memory since. */
  let before = new Map<string, unknown>();
  const touched = new Map<string, IDBValidKey>();
  const listeners = new Set<() => void>();

  function switchToMemory(err: unknown): KeyValueBackend {
    if (!fallback) {
      problem = problemOf(err);
      before = new Map([...mirror].map(([id, [, v]]) => [id, v]));
      fallback = memoryBackend(mirror.values());
    }
    return fallback;
  }

  /** Runs a call on storage, or in memory once storage has failed; a call in flight when another switched follows it there. */
  async function run<T>(op: (b: KeyValueBackend) => Promise<T>, key?: IDBValidKey): Promise<T> {
    if (fallback || !primary) {
      if (key !== undefined) touched.set(keyId(key), key);
      return op(fallback!);
    }
    const call = op(primary);
    try {
      const answer = await withTimeout(call);
      // Another call gave storage up while this one was on its way: memory must have it too.
      if (fallback && key !== undefined)
        await op(fallback).then(
          () => touched.set(keyId(key), key),
          () => {},
        );
      return answer;
    } catch (err) {
      const memory = switchToMemory(err);
      if (problem === 'noAnswer')
        call.then(
          () => void recover(),
          () => {},
        );
      if (key !== undefined) touched.set(keyId(key), key);
      return op(memory);
    }
  }

  /** Slow storage answered: hand it what memory holds for the keys written meanwhile, then use it again. */
  async function recover(): Promise<void> {
    if (!primary || !fallback || problem !== 'noAnswer') return;
    const memory = fallback;
    try {
      for (const [id, key] of touched) {
        const mine = await memory.get(key);
        const seen = before.get(id);
        const kept = await primary.change(key, (old) => {
          const same =
            old === undefined
              ? mine === undefined
              : revisionOf(old) !== undefined && revisionOf(old) === revisionOf(mine);
          if (same) return { write: null, answer: null };
          // Untouched by anyone else since memory took over: memory's version (or deletion) stands.
          if (old === undefined || revisionOf(old) === revisionOf(seen))
            return {
              write: mine === undefined ? { del: true } : { put: mine },
              answer: null,
            };
          return {
            write: null,
            answer: mine === undefined ? null : rescue(key, mine),
          };
        });
        if (kept) await primary.set(String(kept[0]), kept[1]);
      }
    } catch {
      return; // Still not usable: stay in memory.
    }
    touched.clear();
    fallback = null;
    problem = null;
    listeners.forEach((l) => l());
  }

  function remember(key: IDBValidKey, write: Decision<unknown>['write']) {
    if (write && 'put' in write) mirror.set(keyId(key), [key, structuredClone(write.put)]);
    else if (write) mirror.delete(keyId(key));
  }

  return {
    problem: () => problem,
    onrecover: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    async entries() {
      const records = await run((b) => b.entries());
      mirror.clear();
      for (const [k, v] of records) mirror.set(keyId(k), [k, v]);
      return records;
    },
    get: (key) => run((b) => b.get(key)),
    async set(key, value) {
      await run((b) => b.set(key, value), key);
      remember(key, { put: value });
    },
    async del(key) {
      await run((b) => b.del(key), key);
      remember(key, { del: true });
    },
    async change(key, decide) {
      let write: Decision<unknown>['write'] = null;
      const answer = await run(
        (b) =>
          b.change(key, (old, present) => {
            const decision = decide(old, present);
            write = decision.write;
            return decision;
          }),
        key,
      );
      remember(key, write);
      return answer;
    },
  };
}
