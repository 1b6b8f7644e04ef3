/**
 * One Web Worker behind a promise, shared by the import, layout and route-search clients. A
 * worker that cannot start (no Worker, no module workers, blocked by policy), reports an error
 * or sends a message that cannot be read is dead from then on: its calls resolve null and the
 * caller does the work in the page instead. Calls never reject.
 */
/** False where no worker can start at all (Node, jsdom): callers then work in the page. */
export const workersExist = (): boolean => typeof Worker !== 'undefined';

export class WorkerLink<In, Out> {
  #create: () => Worker;
  /** undefined until first used; null once dead. */
  #worker: Worker | null | undefined;
  #current: { resolve: (reply: Out | null) => void; onReply: (reply: Out) => boolean } | null = null;

  /** `create` must call `new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })` itself: that is how Vite finds the worker. */
  constructor(create: () => Worker) {
    this.#create = create;
  }

  get dead(): boolean {
    return this.#worker === null;
  }

  #start(): Worker | null {
    if (this.#worker !== undefined) return this.#worker;
    try {
      this.#worker = workersExist() ? this.#create() : null;
    } catch {
      this.#worker = null;
    }
    const worker = this.#worker;
    if (worker) {
      worker.onmessage = (event: MessageEvent<Out>) => {
        const call = this.#current;
        if (call && call.onReply(event.data)) this.#settle(event.data);
      };
      // A load failure (blocked by policy, no module workers) arrives here too.
      worker.onerror = (event) => {
        event.preventDefault();
        this.#fail();
      };
      worker.onmessageerror = () => this.#fail();
    }
    return worker;
  }

  #settle(reply: Out | null): void {
    const call = this.#current;
    this.#current = null;
    call?.resolve(reply);
  }

  #fail(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#settle(null);
  }

  /**
   * Posts `message`; each reply goes to `onReply` until it returns true, and the call resolves
   * with that last reply (null when the worker failed). One call at a time: a call made while
   * another runs resolves null at once.
   */
  call(message: In, onReply: (reply: Out) => boolean = () => true, transfer: Transferable[] = []): Promise<Out | null> {
    const worker = this.#start();
    if (!worker || this.#current) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.#current = { resolve, onReply };
      try {
        worker.postMessage(message, transfer);
      } catch {
        // e.g. a reactive proxy cannot be cloned; the worker stays usable for the next call.
        this.#settle(null);
      }
    });
  }

  /** Posts a message that has no reply (it is queued behind any call). False when the worker is dead or the message cannot be sent. */
  post(message: In, transfer: Transferable[] = []): boolean {
    const worker = this.#start();
    if (!worker) return false;
    try {
      worker.postMessage(message, transfer);
      return true;
    } catch {
      return false;
    }
  }

  terminate(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#settle(null);
  }
}

/** Starts a worker for one call and stops it after. */
export async function callOnce<In, Out>(
  create: () => Worker,
  message: In,
  onReply?: (reply: Out) => boolean,
): Promise<Out | null> {
  const link = new WorkerLink<In, Out>(create);
  try {
    return await link.call(message, onReply);
  } finally {
    link.terminate();
  }
}
