/**
 * The one "worker with an in-page fallback" link behind the import, layout and route-search
 * clients: replies reach the caller, and a worker that cannot start, fails or sends an
 * unreadable message turns every call into null (the caller then works in the page).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkerLink, callOnce } from '../../src/lib/worker-link';

/** A stand-in Worker: `reply` decides what comes back for each posted message. */
class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  constructor(private reply: (message: unknown, worker: FakeWorker) => void) {}
  postMessage(message: unknown) {
    this.posted.push(message);
    queueMicrotask(() => this.reply(message, this));
  }
  terminate() {
    this.terminated = true;
  }
  send(data: unknown) {
    this.onmessage?.({ data });
  }
  fail() {
    this.onerror?.({ preventDefault: () => {} });
  }
}

const asWorker = (w: FakeWorker) => w as unknown as Worker;

describe('WorkerLink', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
  afterEach(() => vi.unstubAllGlobals());

  it('resolves with the last reply, passing progress replies on the way', async () => {
    const w = new FakeWorker((m, self) => {
      self.send({ type: 'progress', n: 1 });
      self.send({ type: 'result', value: (m as number) * 2 });
    });
    const seen: string[] = [];
    const reply = await callOnce<number, { type: string; value?: number }>(
      () => asWorker(w),
      21,
      (r) => (seen.push(r.type), r.type === 'result'),
    );
    expect(reply).toEqual({ type: 'result', value: 42 });
    expect(seen).toEqual(['progress', 'result']);
    expect(w.terminated).toBe(true);
  });

  it('keeps one worker for many calls', async () => {
    let started = 0;
    const link = new WorkerLink<number, number>(
      () => (started++, asWorker(new FakeWorker((m, self) => self.send((m as number) + 1)))),
    );
    expect(await link.call(1)).toBe(2);
    expect(await link.call(2)).toBe(3);
    expect(started).toBe(1);
  });

  it('gives null, then null for good, when the worker cannot start or fails', async () => {
    expect(
      await callOnce(() => {
        throw new Error('blocked by CSP');
      }, 1),
    ).toBeNull();
    const w = new FakeWorker((_, self) => self.fail());
    const link = new WorkerLink<number, number>(() => asWorker(w));
    expect(await link.call(1)).toBeNull();
    expect(link.dead).toBe(true);
    expect(w.terminated).toBe(true);
    expect(await link.call(2)).toBeNull();
    expect(w.posted).toEqual([1]);
  });

  it('gives null when there is no Worker at all', async () => {
    vi.stubGlobal('Worker', undefined);
    expect(await callOnce(() => asWorker(new FakeWorker(() => {})), 1)).toBeNull();
  });

  it('gives null for a message that cannot be sent, and stays usable', async () => {
    const w = new FakeWorker((m, self) => self.send(m));
    const post = w.postMessage.bind(w);
    w.postMessage = (m: unknown) => {
      if (typeof m === 'function') throw new DOMException('could not be cloned', 'DataCloneError');
      post(m);
    };
    const link = new WorkerLink<unknown, unknown>(() => asWorker(w));
    expect(await link.call(() => 1)).toBeNull();
    expect(await link.call('again')).toBe('again');
  });
});
