/**
 * Property tests for the ways a plan leaves and comes back: JSON files and share links are
 * exact round trips for every valid plan; damaged links and stored records are rejected with
 * a message (or, for a change that does not alter the data, give back the same plan) and
 * nothing ever throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { createPlanStore, memoryBackend, readRecord } from '../../src/plans/storage';
import {
  LINK_MESSAGES,
  MAX_ENCODED_CHARS,
  checksum,
  decodePlan,
  decodePlanLink,
  encodePlan,
  planLink,
} from '../../src/plans/share-link';
import { planFromJson, planToJson } from '../../src/plans/export';
import { migratePlan } from '../../src/plans/migrate';
import { PLAN_LIMITS, planSchema, type Plan } from '../../src/plans/schema';
import { planArb, miniPlan } from '../fixtures/plan-arbitraries';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const RUNS = { numRuns: 200 };

function rejected(result: { ok: boolean; message?: string } | null): boolean {
  return result !== null && !result.ok && typeof result.message === 'string' && result.message.length > 0;
}

/** A plan whose link fits: the arbitrary is sized so that (almost) every plan does. */
const sharable = planArb().filter((p) => encodePlan(p).ok);

describe('plan → JSON → plan', () => {
  it('is the identity for every valid plan', () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        const back = planFromJson(planToJson(plan));
        expect(back).toEqual({ ok: true, plan, migratedFrom: null });
      }),
      RUNS,
    );
  });

  it('rejects broken JSON and invalid plans with a located message', () => {
    expect(planFromJson('{"version": 1,\n  "id": }')).toEqual({
      ok: false,
      message: expect.stringMatching(/not valid JSON \((line 2, column \d+|it ends too early)\)/),
    });
    const long = planFromJson(planToJson({ ...miniPlan(), label: 'x'.repeat(41) }));
    expect(long).toEqual({ ok: false, message: 'This file is not a valid plan: label: must be at most 40 characters' });
  });
});

describe('plan → link → plan', () => {
  it('is the identity for every valid plan (the worst cases are in share-link-size.test.ts)', () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        const link = planLink(plan, 'https://example.org/app/?view=routes');
        if (!link.ok) throw new Error(link.message);
        expect(link.value.length).toBeLessThanOrEqual(
          'https://example.org/app/?view=routes#plan='.length + MAX_ENCODED_CHARS,
        );
        expect(decodePlanLink(link.value)).toEqual({ ok: true, plan });
      }),
      RUNS,
    );
  });
});

describe('corrupted links', () => {
  it('rejects every truncated link', () => {
    fc.assert(
      fc.property(sharable, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (plan, at) => {
        const value = (encodePlan(plan) as { ok: true; value: string }).value;
        expect(rejected(decodePlan(value.slice(0, Math.floor(value.length * at))))).toBe(true);
      }),
      RUNS,
    );
  });

  it('rejects every link with changed characters', () => {
    fc.assert(
      fc.property(
        sharable,
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constantFrom(...ALPHABET)),
          { minLength: 1, maxLength: 4 },
        ),
        (plan, flips) => {
          const original = (encodePlan(plan) as { ok: true; value: string }).value;
          const chars = [...original];
          for (const [at, c] of flips) chars[Math.floor(chars.length * at)] = c;
          const changed = chars.join('');
          const result = decodePlan(changed);
          if (changed === original) expect(result).toEqual({ ok: true, plan });
          else expect(rejected(result)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('rejects random and huge strings without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 300 }),
        ),
        (s) => {
          expect(rejected(decodePlan(s))).toBe(true);
          const fromUrl = decodePlanLink(`https://example.org/#plan=${s}`);
          expect(rejected(fromUrl)).toBe(true);
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_ENCODED_CHARS + 1, max: 2 * MAX_ENCODED_CHARS }),
        fc.constantFrom(...ALPHABET),
        (n, c) => {
          expect(decodePlan(c.repeat(n))).toEqual({ ok: false, message: LINK_MESSAGES.tooLong });
        },
      ),
      { numRuns: 20 },
    );
  });

  it('rejects a well-formed link whose checksum or content is wrong, naming the field', () => {
    const json = JSON.stringify({ ...miniPlan(), label: 'x'.repeat(50) });
    const tampered = compressToEncodedURIComponent(checksum(json) + json);
    expect(decodePlan(tampered)).toEqual({
      ok: false,
      message: `${LINK_MESSAGES.invalid} (label: must be at most 40 characters).`,
    });
    const unsigned = compressToEncodedURIComponent('00000000' + JSON.stringify(miniPlan()));
    expect(decodePlan(unsigned)).toEqual({ ok: false, message: LINK_MESSAGES.damaged });
    expect(decodePlanLink('https://example.org/?view=map')).toBeNull();
  });
});

/** Ways a stored record gets damaged; each one makes it invalid. */
const damage = fc.oneof(
  fc
    .constantFrom<keyof Plan>(
      'version',
      'id',
      'label',
      'createdAt',
      'start',
      'goals',
      'constraints',
      'routes',
      'stepNotes',
    )
    .map((key) => (p: Plan) => {
      const copy: Record<string, unknown> = { ...p };
      delete copy[key];
      return copy;
    }),
  fc.constantFrom('extra', 'password', 'fullName').map((key) => (p: Plan) => ({ ...p, [key]: 'x' })),
  fc.constantFrom(2, 99, -1, 'one', null).map((version) => (p: Plan) => ({ ...p, version })),
  fc.constant((p: Plan) => ({ ...p, goals: [] })),
  fc.constant((p: Plan) => ({ ...p, label: 'y'.repeat(PLAN_LIMITS.label + 1) })),
  fc.constant((p: Plan) => ({ ...p, stepStatus: { 'job:tech': 'finished' } })),
  fc.constant((p: Plan) => JSON.stringify(p)),
);

describe('corrupted stored records', () => {
  it('are rejected with a message, never thrown', () => {
    fc.assert(
      fc.property(planArb(), damage, (plan, hurt) => {
        expect(rejected(migratePlan(hurt(plan)))).toBe(true);
        expect(rejected(readRecord(plan.id, hurt(plan)))).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = readRecord('k', raw);
        if (result.ok) expect(planSchema.safeParse(result.plan).success).toBe(true);
        else expect(result.message.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('are set aside while every valid plan still loads', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(planArb(), { selector: (p) => p.id, maxLength: 5 }),
        fc.array(
          fc.oneof(
            fc.anything(),
            planArb().chain((p) => damage.map((h) => h(p))),
          ),
          { maxLength: 5 },
        ),
        async (plans, junk) => {
          const records: [string, unknown][] = [
            ...plans.map((p): [string, unknown] => [p.id, p]),
            ...junk.map((j, i): [string, unknown] => [`junk-${i}`, j]),
          ];
          const store = createPlanStore({ backend: memoryBackend(records) });
          const listing = await store.list();
          expect(new Set(listing.plans.map((p) => p.id))).toEqual(new Set(plans.map((p) => p.id)));
          expect(listing.quarantine.map((q) => q.key).sort()).toEqual(junk.map((_, i) => `junk-${i}`).sort());
          expect(listing.quarantine.every((q) => q.message.length > 0)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
