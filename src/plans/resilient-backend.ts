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

/**
 * The decision for one record when slow storage is taken back: `mine` is what memory holds for
 * it, `seen` what storage held when memory took over, `old` what storage holds now.
 */
function reconcile(
  key: IDBValidKey,
  old: unknown,
  mine: unknown,
  seen: unknown,
  rescue: ResilientOptions['rescue'],
): Decision<[IDBValidKey, unknown] | null> {
  const same =
    old === undefined ? mine === undefined : revisionOf(old) !== undefined && revisionOf(old) === revisionOf(mine);
  if (same) return { write: null, answer: null };
  // Untouched by anyone else since memory took over: memory's version (or deletion) stands.
  if (old === undefined || revisionOf(old) === revisionOf(seen))
    return { write: mine === undefined ? { del: true } : { put: mine }, answer: null };
  return { write: null, answer: mine === undefined ? null : rescue(key, mine) };
}

/** Which storage is in use and what memory must hand back; one per resilient backend. */
interface Fallback {
  primary: KeyValueBackend | null;
  rescue: ResilientOptions['rescue'];
  problem: StorageProblem | null;
  /** Every record seen or written, so memory can take over with them. */
  mirror: Map<string, [IDBValidKey, unknown]>;
  /** Memory, once storage has failed; null while storage is in use. */
  memory: KeyValueBackend | null;
  /** What storage held when memory took over, and the keys written in memory since. */
  before: Map<string, unknown>;
  touched: Map<string, IDBValidKey>;
  listeners: Set<() => void>;
}

function switchToMemory(f: Fallback, err: unknown): KeyValueBackend {
  if (!f.memory) {
    f.problem = problemOf(err);
    f.before = new Map([...f.mirror].map(([id, [, v]]) => [id, v]));
    f.memory = memoryBackend(f.mirror.values());
  }
  return f.memory;
}

/** Runs a call on storage, or in memory once storage has failed; a call in flight when another switched follows it there. */
async function run<T>(f: Fallback, op: (b: KeyValueBackend) => Promise<T>, key?: IDBValidKey): Promise<T> {
  if (f.memory || !f.primary) {
    if (key !== undefined) f.touched.set(keyId(key), key);
    return op(f.memory!);
  }
  const call = op(f.primary);
  try {
    const answer = await withTimeout(call);
    // Another call gave storage up while this one was on its way: memory must have it too.
    if (f.memory && key !== undefined)
      await op(f.memory).then(
        () => f.touched.set(keyId(key), key),
        () => {},
      );
    return answer;
  } catch (err) {
    const memory = switchToMemory(f, err);
    if (f.problem === 'noAnswer')
      call.then(
        () => void recover(f),
        () => {},
      );
    if (key !== undefined) f.touched.set(keyId(key), key);
    return op(memory);
  }
}

/** Slow storage answered: hand it what memory holds for the keys written meanwhile, then use it again. */
async function recover(f: Fallback): Promise<void> {
  const { primary, memory } = f;
  if (!primary || !memory || f.problem !== 'noAnswer') return;
  try {
    for (const [id, key] of f.touched) {
      const mine = await memory.get(key);
      const seen = f.before.get(id);
      const kept = await primary.change(key, (old) => reconcile(key, old, mine, seen, f.rescue));
      if (kept) await primary.set(String(kept[0]), kept[1]);
    }
  } catch {
    return; // Still not usable: stay in memory.
  }
  f.touched.clear();
  f.memory = null;
  f.problem = null;
  f.listeners.forEach((l) => l());
}

function remember(f: Fallback, key: IDBValidKey, write: Decision<unknown>['write']) {
  if (write && 'put' in write) f.mirror.set(keyId(key), [key, structuredClone(write.put)]);
  else if (write) f.mirror.delete(keyId(key));
}

export function resilientBackend({ primary, rescue }: ResilientOptions): ResilientBackend {
  const f: Fallback = {
    primary,
    rescue,
    problem: primary ? null : 'unavailable',
    mirror: new Map(),
    memory: primary ? null : memoryBackend(),
    before: new Map(),
    touched: new Map(),
    listeners: new Set(),
  };
  return {
    problem: () => f.problem,
    onrecover: (listener) => (f.listeners.add(listener), () => f.listeners.delete(listener)),
    async entries() {
      const records = await run(f, (b) => b.entries());
      f.mirror.clear();
      for (const [k, v] of records) f.mirror.set(keyId(k), [k, v]);
      return records;
    },
    get: (key) => run(f, (b) => b.get(key)),
    async set(key, value) {
      await run(f, (b) => b.set(key, value), key);
      remember(f, key, { put: value });
    },
    async del(key) {
      await run(f, (b) => b.del(key), key);
      remember(f, key, { del: true });
    },
    async change(key, decide) {
      let write: Decision<unknown>['write'] = null;
      const answer = await run(
        f,
        (b) =>
          b.change(key, (old, present) => {
            const decision = decide(old, present);
            write = decision.write;
            return decision;
          }),
        key,
      );
      remember(f, key, write);
      return answer;
    },
  };
}
