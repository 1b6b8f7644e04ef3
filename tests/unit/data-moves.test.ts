/**
 * Checks that keep the built-in moves honest (issue: "the data a counselor repeats"): ranges that
 * say how uncertain a figure is, rules that cite their sources, a route clock that never leaves
 * out the study a move needs, and implausible moves kept out of search.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { NO_JOB, costRoute } from '../../src/graph/routes';

const d = builtinDataset;
const model = createModel(d);

describe('moves in the built-in data', () => {
  it('no range has zero width unless a source states the years', () => {
    const flat = d.transitions.filter((t) => t.years.estimated && t.years.low >= t.years.high).map((t) => t.id);
    expect(flat).toEqual([]);
  });

  it('no move that asks for study starts its range at zero years', () => {
    const needsStudy = (r: (typeof d.transitions)[number]['requires']) =>
      !!(r.education || r.programs?.length || r.anyOf?.some((g) => g.education || g.programs?.length));
    expect(d.transitions.filter((t) => needsStudy(t.requires) && t.years.low === 0).map((t) => t.id)).toEqual([]);
  });

  it('every move and first job, taken alone by someone with a diploma, counts the study it needs on its clock', () => {
    const programs = new Map((d.programs ?? []).map((p) => [p.id, p]));
    const steps = [...d.transitions.map((t) => [t.from, t.to]), ...(d.entries ?? []).map((e) => [NO_JOB, e.role])];
    for (const roles of steps) {
      const route = costRoute(model.graph, roles, { education: 'high_school' });
      if (!route) continue; // a move out of an out-of-scope role, or one whose rule cannot be met from a diploma
      const move = route.moves[0]!;
      const fullTime = move.study.reduce((s, x) => s + programs.get(x.program)!.years.low, 0);
      expect(move.years.low, roles.join('→')).toBeGreaterThanOrEqual(fullTime - 1e-9);
    }
  });

  it('every eligibility rule, program and first job names sources the data has', () => {
    const sources = new Set(d.sources.map((s) => s.id));
    for (const p of d.programs ?? []) for (const s of p.sources) expect(sources.has(s)).toBe(true);
    for (const e of d.entries ?? []) for (const s of e.sources) expect(sources.has(s)).toBe(true);
    const withRules = d.credentials
      .filter((c) => c.rules)
      .map((c) => c.id)
      .sort();
    expect(withRules).toEqual(
      ['ccs', 'ccs-p', 'cca', 'cdip', 'chda', 'chps', 'cpc', 'cpc-a', 'ods', 'rhia', 'rhit', 'rn'].sort(),
    );
  });

  it('RHIA needs an HIM program: a bachelor’s in another field does not qualify on its own', () => {
    const rhia = d.credentials.find((c) => c.id === 'rhia')!;
    expect(rhia.rules!.every((g) => g.programs?.length && !g.education)).toBe(true);
    const other = costRoute(model.graph, ['hit', 'coder', 'him_manager'], {
      education: 'bachelor',
      heldCredentials: ['cca'],
    })!;
    expect(other.newPrograms).toEqual(['post_bacc_him_certificate']);
    const him = costRoute(model.graph, ['hit', 'coder', 'him_manager'], {
      education: 'bachelor',
      heldPrograms: ['him_bachelor'],
      heldCredentials: ['cca'],
    })!;
    expect(him.newPrograms).toEqual([]);
    expect(him.newCredentials).toEqual(['rhia']);
  });

  it('implausible moves carry their reason and are left out of search unless asked for', () => {
    const implausible = d.transitions.filter((t) => t.plausibility === 'implausible');
    expect(implausible.map((t) => t.id).sort()).toEqual(['t29', 't8b', 't8c']);
    for (const t of implausible) expect(t.plausibilityNote?.length).toBeGreaterThan(20);
    for (const t of implausible) expect(model.graph.getEdgeAttribute(t.id, 'plausible')).toBe(false);
  });

  it('the coder job asks for the CCA or the CPC-A (an RHIT or RHIA also qualifies), each exam with a coding course recommended; from the technician role an RHIT or RHIA already qualifies', () => {
    const hiring = d.roles.find((r) => r.id === 'coder')!.hiring!;
    expect(hiring.find((h) => h.strength === 'typical')!.anyOf.map((g) => g.credentials)).toEqual([
      ['cca'],
      ['cpc-a'],
      ['rhit'],
      ['rhia'],
    ]);
    // The course is recommended before either exam (AHIMA for the CCA; for the CPC-A an inference).
    for (const id of ['cca', 'cpc-a']) {
      const rules = d.credentials.find((c) => c.id === id)!.rules!;
      expect(rules.filter((g) => g.strength === 'recommended').map((g) => g.programs)).toContainEqual([
        'coding_certificate',
      ]);
    }
    // The moves into coding no longer repeat the job's rule.
    for (const id of ['t4', 't34', 'e-ar_specialist-coder'])
      expect(d.transitions.find((x) => x.id === id)!.requires).toEqual({ credentials: [] });
    expect(d.transitions.find((x) => x.id === 't9')!.requires.anyOf?.map((g) => g.credentials)).toEqual([
      ['cca'],
      ['cpc-a'],
      ['rhit'],
      ['rhia'],
    ]);
  });
});
