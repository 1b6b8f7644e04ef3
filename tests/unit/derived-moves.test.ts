/**
 * Moves derived from the Zippia paths carry the project's current fit (docs/estimation.md),
 * not the older research-notes example: checked on the built-in data, and the path views the
 * role panel draws add up the same step years.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { DERIVED_MOVES, applyDerivedYears, derivedYears } from '../../scripts/estimation/derived-moves';
import { updateStepYears } from '../../scripts/estimate-path-years';
import { createModel } from '../../src/graph/model';
import { pathsThroughRole } from '../../src/graph/zippia-paths';

const paths = new Map(builtinDataset.paths.map((p) => [p.id, p]));
const transitions = new Map(builtinDataset.transitions.map((t) => [t.id, t]));

describe('moves derived from the Zippia paths', () => {
  it('the stored step years are the current fit of the path totals', () => {
    const { paths: fitted } = updateStepYears(builtinDataset.paths);
    for (const p of fitted) expect(paths.get(p.id)!.stepYears, p.id).toEqual(p.stepYears);
  });

  it('every derived move carries its path step’s fitted years, with an honest range', () => {
    for (const [id, move] of Object.entries(DERIVED_MOVES)) {
      const t = transitions.get(id);
      expect(t, id).toBeDefined();
      const step = paths.get(move.path)!.stepYears[move.step]!;
      expect(t!.years, id).toEqual(derivedYears(move, paths.get(move.path)!));
      expect([t!.years.typical, t!.years.low, t!.years.high]).toEqual([step.typical, step.low, step.high]);
      expect(t!.years.estimated).toBe(true);
      expect(t!.years.low, id).toBeLessThan(t!.years.high);
    }
  });

  it('no move claims the path fit without being derived from it (no stale example figures)', () => {
    const claimsFit = /Zippia fit|fit of the 19 Zippia|regularised non-negative/i;
    for (const t of builtinDataset.transitions) {
      if (claimsFit.test(t.years.method ?? '')) expect(Object.keys(DERIVED_MOVES), t.id).toContain(t.id);
    }
  });

  it('rejects a table entry whose step does not match the move', () => {
    expect(() =>
      applyDerivedYears(builtinDataset.transitions, builtinDataset.paths, { t5: { path: 'z1', step: 2 } }),
    ).toThrow(/does not match step 2 of path 'z1'/);
    expect(() => applyDerivedYears([], builtinDataset.paths, { t5: { path: 'z1', step: 1 } })).toThrow(
      /no transition with id t5/,
    );
  });
});

describe('Zippia paths in the role panel', () => {
  const model = createModel(builtinDataset);

  it('lists every path through a role with its printed total and fitted steps', () => {
    for (const role of builtinDataset.roles) {
      const views = pathsThroughRole(model, role.id);
      const expected = builtinDataset.paths.filter((p) => p.roles.includes(role.id)).map((p) => p.id);
      expect(views.map((v) => v.id).sort()).toEqual([...expected].sort());
      for (const v of views) {
        const p = paths.get(v.id)!;
        expect(v.totalYears).toBe(p.totalYears);
        expect(v.steps.map((s) => s.title)).toEqual(p.titles);
        expect(v.steps.filter((s) => s.here).length).toBeGreaterThan(0);
        expect(v.steps.at(-1)!.years).toBeNull();
        expect(v.fittedTotal).toBeCloseTo(
          p.stepYears.reduce((a, y) => a + y.typical, 0),
          2,
        );
        for (const s of v.steps.slice(0, -1)) expect(s.years!.estimated).toBe(true);
      }
    }
  });

  it('relevant paths reproduce their printed totals within the fit tolerance', () => {
    for (const v of pathsThroughRole(model, 'hit').filter((x) => x.relevant))
      expect(Math.abs(v.fittedTotal - v.totalYears), v.id).toBeLessThanOrEqual(0.5 + 1e-9);
  });
});
