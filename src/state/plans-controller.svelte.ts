/**
 * Reactive glue between the plan store and the plan views, so the app shell only wires
 * events: the listing, the storage notice, and the last deleted plan for Undo. The listing
 * follows other tabs (the store hears them) and storage that answers late. Errors from the
 * store (a plan deleted in another tab) become a message, not an exception.
 */
import type { DeletedPlan, PlaceOutcome, PlanStore, QuarantinedRecord, Revision, SaveOutcome } from '../plans/storage';
import { storageMessage, type StorageProblem } from '../plans/storage-messages';
import type { Plan } from '../plans/schema';
import { m } from '../paraglide/messages.js';

export class PlansController {
  /** Raw: the listing is only ever replaced, and plain objects can be cloned and compared. */
  plans: Plan[] = $state.raw([]);
  /** Raw, not deeply reactive: a stored record can hold cycles, and a $state proxy of a cycle
   *  hands out a new proxy at every step, so it can never be recognised as one. */
  quarantine: QuarantinedRecord[] = $state.raw([]);
  /** Why plans are in memory only; null while the browser keeps them. */
  problem: StorageProblem | null = $state(null);
  /** The last deletion, while Undo is offered. */
  deleted: DeletedPlan | null = $state.raw(null);
  error: string | null = $state(null);
  loaded = $state(false);

  /** The store (IndexedDB, the plan schema) is loaded on first use, not with the first screen. */
  private storeReady: Promise<PlanStore> | null = null;

  constructor(private readonly given?: PlanStore) {}

  get persistent(): boolean {
    return this.problem === null;
  }

  /** In the interface's language, re-worded when it changes. */
  get storageMessage(): string | null {
    return storageMessage(this.problem);
  }

  private store(): Promise<PlanStore> {
    this.storeReady ??= (
      this.given ? Promise.resolve(this.given) : import('../plans/storage').then((s) => s.createPlanStore())
    ).then((store) => {
      // Another tab saved or deleted, or slow storage answered at last: show what is stored now.
      store.subscribe(() => void this.load());
      return store;
    });
    return this.storeReady;
  }

  /** Reads the listing (every other call reloads it too). */
  load = () => this.attempt(async () => {});

  get(id: string): Plan | null {
    return this.plans.find((p) => p.id === id) ?? null;
  }

  /** Stores `plan` if the stored version is still `base`; otherwise the outcome holds the conflict to ask about. */
  save = (plan: Plan, base: Revision): Promise<SaveOutcome | null> => this.attempt((store) => store.save(plan, base));
  saveCopy = (plan: Plan): Promise<Plan | null> => this.attempt((store) => store.saveCopy(plan));
  importPlan = (plan: Plan): Promise<PlaceOutcome | null> => this.attempt((store) => store.importPlan(plan));
  rename = (id: string, label: string) => this.attempt((store) => store.rename(id, label));
  duplicate = (id: string) => this.attempt((store) => store.duplicate(id));
  discard = (key: IDBValidKey) => this.attempt((store) => store.discardQuarantined(key));

  remove = (id: string) =>
    this.attempt(async (store) => {
      this.deleted = await store.remove(id);
    });

  /** Brings the deleted plan back, as a copy when its id was taken meanwhile. */
  undo = (): Promise<PlaceOutcome | null> =>
    this.attempt(async (store) => {
      if (!this.deleted) return null;
      const outcome = await store.restore(this.deleted);
      this.deleted = null;
      return outcome;
    });

  /** Runs a store call, then reloads the listing; failures become `error` and the answer null. */
  private async attempt<T>(op: (store: PlanStore) => Promise<T>): Promise<T | null> {
    try {
      this.error = null;
      const store = await this.store();
      const answer = await op(store);
      const listing = await store.list();
      this.plans = listing.plans;
      this.quarantine = listing.quarantine;
      this.problem = listing.problem;
      this.loaded = true;
      return answer;
    } catch (err) {
      this.error = err instanceof Error ? err.message.replace(/^plans\/storage: /, '') : m.pp_error();
      return null;
    }
  }
}
