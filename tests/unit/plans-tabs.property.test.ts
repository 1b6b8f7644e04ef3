/**
 * Random interleavings of open, save (answering a conflict any way), new, delete, Undo and
 * import across two tabs' stores on one storage never lose a plan silently (issue 28).
 *
 * The oracle is a model written without revisions: every version of a plan carries a unique
 * note (its token), and the model holds, per plan id, the token the counselor last chose to keep.
 * A save conflicts exactly when the stored token is not the one the tab opened; an import or an
 * Undo into a taken id becomes a new plan. After every step the stored plans must be exactly the
 * model's: a version disappears only by a delete or by a "keep mine" its saver was shown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPlanStore,
  memoryBackend,
  type DeletedPlan,
  type PlanStore,
  type Revision,
  revisionOf,
} from '../../src/plans/storage';
import type { Plan } from '../../src/plans/schema';
import { miniPlan } from '../fixtures/plan-arbitraries';

const tabIndex = fc.constantFrom(0, 1);
const op = fc.oneof(
  fc.record({ kind: fc.constant('new' as const), tab: tabIndex }),
  fc.record({
    kind: fc.constant('open' as const),
    tab: tabIndex,
    pick: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('save' as const),
    tab: tabIndex,
    answer: fc.constantFrom('mine', 'theirs', 'both'),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    tab: tabIndex,
    pick: fc.nat(),
  }),
  fc.record({ kind: fc.constant('undo' as const), tab: tabIndex }),
  fc.record({
    kind: fc.constant('import' as const),
    tab: tabIndex,
    pick: fc.nat(),
    fresh: fc.boolean(),
  }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

interface Tab {
  store: PlanStore;
  open: { plan: Plan; base: Revision; token: string | undefined } | null;
  deleted: { plan: DeletedPlan; token: string } | null;
}

function world() {
  const shared = memoryBackend();
  const t0 = Date.parse('2025-01-01T00:00:00Z');
  let calls = 0;
  // Tabs share one coarse clock (four readings per millisecond): revisions must move on regardless.
  const now = () => new Date(t0 + Math.floor(++calls / 4));
  let ids = 0;
  const silent = { announce: () => {}, listen: () => () => {} };
  const tab = (): Tab => ({
    store: createPlanStore({
      backend: shared,
      now,
      newId: () => `p-copy-${++ids}`,
      channel: silent,
    }),
    open: null,
    deleted: null,
  });
  return {
    tabs: [tab(), tab()],
    model: new Map<string, string>(),
    everId: [] as string[],
    now,
  };
}

async function step(w: ReturnType<typeof world>, o: Op, token: string): Promise<void> {
  const tab = w.tabs[o.tab]!;
  const { store, open } = tab;
  const ids = [...w.model.keys()].sort();
  const pick = (n: number) => ids[n % ids.length]!;
  switch (o.kind) {
    case 'new': {
      const id = `p-${w.everId.length}`;
      w.everId.push(id);
      const saved = await store.save(miniPlan({ id, notes: token, updatedAt: w.now().toISOString() }), null);
      if (!saved.ok) throw new Error('a new id conflicted');
      w.model.set(id, token);
      tab.open = { plan: saved.plan, base: revisionOf(saved.plan), token };
      return;
    }
    case 'open': {
      if (!ids.length) return;
      const plan = (await store.get(pick(o.pick)))!;
      tab.open = { plan, base: revisionOf(plan), token: w.model.get(plan.id) };
      return;
    }
    case 'save': {
      if (!open) return;
      const mine = {
        ...open.plan,
        notes: token,
        updatedAt: w.now().toISOString(),
      };
      const outcome = await store.save(mine, open.base);
      expect(outcome.ok, 'conflict exactly when another version was stored since opening').toBe(
        w.model.get(mine.id) === open.token,
      );
      if (outcome.ok) {
        w.model.set(mine.id, token);
        tab.open = {
          plan: outcome.plan,
          base: revisionOf(outcome.plan),
          token,
        };
        return;
      }
      const { conflict } = outcome;
      expect(conflict.kind).toBe(w.model.has(mine.id) ? 'changed' : 'deleted');
      if (o.answer === 'mine') {
        const again = await store.save(mine, conflict.kind === 'changed' ? revisionOf(conflict.theirs) : null);
        if (!again.ok) throw new Error('"keep mine" asked twice with nothing in between');
        w.model.set(mine.id, token);
        tab.open = { plan: again.plan, base: revisionOf(again.plan), token };
      } else if (o.answer === 'both') {
        const copy = await store.saveCopy(mine);
        w.model.set(copy.id, token);
        tab.open = { plan: copy, base: revisionOf(copy), token };
      } else {
        const theirs = conflict.kind === 'changed' ? conflict.theirs : null;
        tab.open = theirs && {
          plan: theirs,
          base: revisionOf(theirs),
          token: w.model.get(theirs.id),
        };
      }
      return;
    }
    case 'delete': {
      if (!ids.length) return;
      const id = pick(o.pick);
      const deleted = (await store.remove(id))!;
      expect(deleted.plan.notes, 'Undo gets back the version that was deleted').toBe(w.model.get(id));
      tab.deleted = { plan: deleted, token: w.model.get(id)! };
      w.model.delete(id);
      return;
    }
    case 'undo': {
      if (!tab.deleted) return;
      const { plan, token: kept } = tab.deleted;
      tab.deleted = null;
      const outcome = await store.restore(plan);
      if (w.model.has(plan.plan.id)) expect(outcome.placed).toBe('copy');
      w.model.set(outcome.plan.id, kept);
      return;
    }
    case 'import': {
      const id =
        o.fresh || !w.everId.length
          ? `p-${w.everId.push(`p-${w.everId.length}`) - 1}`
          : w.everId[o.pick % w.everId.length]!;
      const outcome = await store.importPlan(miniPlan({ id, notes: token }));
      expect(outcome.placed).toBe(w.model.has(id) ? 'copy' : 'saved');
      w.model.set(outcome.plan.id, token);
      return;
    }
  }
}

describe('two tabs, random interleavings', () => {
  it('never lose or replace a plan the counselor did not choose to', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 40 }), async (ops) => {
        const w = world();
        for (const [i, o] of ops.entries()) {
          await step(w, o, `v${i}`);
          const stored = (await w.tabs[0]!.store.list()).plans;
          expect(new Map(stored.map((p) => [p.id, p.notes]))).toEqual(w.model);
        }
      }),
      { numRuns: 300 },
    );
  });
});
