/**
 * Reactive glue between the plan store and the plan views, so the app shell only wires
 * events: the listing, the storage notice, and the last deleted plan for Undo. Errors from
 * the store (a plan that vanished in another tab) become a message, not an exception.
 */
import type { DeletedPlan, PlanStore, QuarantinedRecord } from '../plans/storage';
import type { Plan } from '../plans/schema';
import { m } from '../paraglide/messages.js';

export class PlansController {
  /** Raw: the listing is only ever replaced, and plain objects can be cloned and compared. */
  plans: Plan[] = $state.raw([]);
  /** Raw, not deeply reactive: a stored record can hold cycles, and a $state proxy of a cycle
   *  hands out a new proxy at every step, so it can never be recognised as one. */
  quarantine: QuarantinedRecord[] = $state.raw([]);
  persistent = $state(true);
  storageMessage: string | null = $state(null);
  /** The last deletion, while Undo is offered. */
  deleted: DeletedPlan | null = $state.raw(null);
  error: string | null = $state(null);
  loaded = $state(false);

  /** The store (IndexedDB, the plan schema) is loaded on first use, not with the first screen. */
  private storeReady: Promise<PlanStore> | null;

  constructor(store?: PlanStore) {
    this.storeReady = store ? Promise.resolve(store) : null;
  }

  private store(): Promise<PlanStore> {
    this.storeReady ??= import('../plans/storage').then((m) => m.createPlanStore());
    return this.storeReady;
  }

  /** Reads the listing (every other call reloads it too). */
  load = () => this.attempt(async () => {});

  get(id: string): Plan | null {
    return this.plans.find((p) => p.id === id) ?? null;
  }

  save = (plan: Plan) => this.attempt((store) => store.save(plan));
  rename = (id: string, label: string) => this.attempt((store) => store.rename(id, label));
  duplicate = (id: string) => this.attempt((store) => store.duplicate(id));
  discard = (key: IDBValidKey) => this.attempt((store) => store.discardQuarantined(key));

  remove = (id: string) =>
    this.attempt(async (store) => {
      this.deleted = await store.remove(id);
    });

  undo = () =>
    this.attempt(async (store) => {
      if (!this.deleted) return;
      await store.restore(this.deleted);
      this.deleted = null;
    });

  /** Runs a store call, then reloads the listing; failures become `error`. */
  private async attempt(op: (store: PlanStore) => Promise<unknown>): Promise<void> {
    try {
      this.error = null;
      const store = await this.store();
      await op(store);
      const listing = await store.list();
      this.plans = listing.plans;
      this.quarantine = listing.quarantine;
      this.persistent = listing.persistent;
      this.storageMessage = listing.message;
      this.loaded = true;
    } catch (err) {
      this.error = err instanceof Error ? err.message.replace(/^plans\/storage: /, '') : m.pp_error();
    }
  }
}
