/**
 * Runs the route planner's queries in a Web Worker (src/graph/planner.worker.ts), which is sent
 * each dataset once, in parts; in the page when no worker can run (one task per search there:
 * the k best, the trade-offs, why none fits). One query runs at a time: a query asked while
 * another runs waits, and replaces any query already waiting, so typing through From and To
 * never queues up stale searches. Answers to superseded queries resolve null, so a slow early
 * search never overwrites a later one. `prepare` sends a dataset and a warm-up query before
 * anyone asks, so the first route waits for neither.
 */
import { datasetParts } from '../data/dataset-parts';
import type { Dataset } from '../data/schema';
import type { CareerModel } from '../graph/model';
import {
  answerSteps,
  type PlannerAnswer,
  type PlannerQuery,
  type PlannerReply,
  type PlannerRequest,
} from '../graph/planner-query';
import { nextTask, runInSlices } from '../lib/slices';
import { WorkerLink } from '../lib/worker-link';

const EMPTY: PlannerAnswer = { routes: [], tradeOffs: [], noRoute: null, reachable: [], relaxed: null };

interface Job {
  id: number;
  model: CareerModel;
  query: PlannerQuery;
  /** A warm-up: the worker answers it for nobody; the page never runs it. */
  warm: boolean;
  resolve: (answer: PlannerAnswer | null) => void;
}

const startWorker = () => new Worker(new URL('../graph/planner.worker.ts', import.meta.url), { type: 'module' });

export class PlannerSearch {
  #link: WorkerLink<PlannerRequest, PlannerReply>;
  /** The model whose dataset the worker holds. */
  #sent: CareerModel | null = null;
  #latest = 0;
  #running = false;
  #waiting: Job | null = null;

  constructor(create: () => Worker = startWorker) {
    this.#link = new WorkerLink(create);
  }

  /** The answer, or null when a later ask superseded this one. */
  ask(model: CareerModel, query: PlannerQuery): Promise<PlannerAnswer | null> {
    return new Promise((resolve) => {
      const job = { id: ++this.#latest, model, query, warm: false, resolve };
      this.#waiting?.resolve(null);
      this.#waiting = job;
      if (!this.#running) void this.#drain();
    });
  }

  /**
   * Sends `model`'s dataset to the worker and has it answer `warm` for nobody, unless it holds that
   * dataset already or a query runs or waits (which sends it anyway). Nothing when no worker runs.
   */
  prepare(model: CareerModel, warm: PlannerQuery): void {
    if (this.#link.dead || this.#sent === model || this.#running || this.#waiting) return;
    this.#waiting = { id: this.#latest, model, query: warm, warm: true, resolve: () => {} };
    void this.#drain();
  }

  async #drain(): Promise<void> {
    this.#running = true;
    while (this.#waiting) {
      const job = this.#waiting;
      this.#waiting = null;
      if (job.warm) {
        if (await this.#sendOnce(job.model)) this.#link.post({ warm: job.query });
        continue;
      }
      const answer = await this.#answer(job.model, job.query);
      job.resolve(job.id === this.#latest ? answer : null);
    }
    this.#running = false;
  }

  /** Sends a dataset in parts, each copied in a task of its own. */
  async #send(dataset: Dataset): Promise<boolean> {
    const { shell, parts } = datasetParts(dataset);
    if (!this.#link.post({ shell })) return false;
    for (const part of parts) {
      await nextTask();
      if (!this.#link.post({ part })) return false;
    }
    return true;
  }

  /** True when the worker holds `model`'s dataset (sent now or before). */
  async #sendOnce(model: CareerModel): Promise<boolean> {
    const sent = this.#sent === model || (await this.#send(model.dataset));
    this.#sent = sent ? model : null;
    return sent;
  }

  async #answer(model: CareerModel, query: PlannerQuery): Promise<PlannerAnswer> {
    if (!this.#link.dead) {
      const sent = await this.#sendOnce(model);
      const reply = sent ? await this.#link.call({ query }) : null;
      if (reply && 'answer' in reply) return reply.answer;
      this.#sent = null;
      if (reply) {
        console.error(`route search: ${reply.error}`);
        return EMPTY;
      }
    }
    // No worker: let the page paint what changed, then search here, each search in a task of its own.
    await nextTask();
    return runInSlices(answerSteps(model, query), 0);
  }

  terminate(): void {
    this.#link.terminate();
  }
}
