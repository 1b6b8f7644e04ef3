/**
 * The orders the text views rely on: the Roles table's columns (pay unknown last both ways, title
 * breaking ties), a role's moves quickest first, the roles reachable within N years (by years or
 * pay, a wider occupation's figure never ranked as a role's own), and the arrow keys' walk over the map.
 */
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/data/schema';
import { createModel, roleTitle } from '../../src/graph/model';
import {
  readingOrder,
  roleMoves,
  sortReachable,
  sortRoles,
  stepThrough,
  type ReachPay,
  type ReachSort,
  type RoleSort,
} from '../../src/graph/list-order';
import { miniDataset } from '../fixtures/mini-dataset';

const model = createModel(miniDataset());
const roles = model.dataset.roles;
const collator = new Intl.Collator('en');
const pay: Record<string, number | null> = { tech: 30000, coder: 45000, manager: null };
const base: RoleSort = {
  key: 'title',
  ascending: true,
  collator,
  titleOf: (r) => r.title,
  payOf: (r) => pay[r.id] ?? null,
};
const ids = (list: Role[]) => list.map((r) => r.id);

describe('sortRoles', () => {
  it('sorts by each column, reversing on descending', () => {
    expect(ids(sortRoles(roles, base))).toEqual(['coder', 'manager', 'tech']);
    expect(ids(sortRoles(roles, { ...base, ascending: false }))).toEqual(['tech', 'manager', 'coder']);
    expect(ids(sortRoles(roles, { ...base, key: 'level' }))).toEqual(['tech', 'coder', 'manager']);
    expect(ids(sortRoles(roles, { ...base, key: 'track' }))).toEqual(['tech', 'coder', 'manager']);
  });

  it('puts roles without a pay figure last in both directions', () => {
    expect(ids(sortRoles(roles, { ...base, key: 'pay' }))).toEqual(['tech', 'coder', 'manager']);
    expect(ids(sortRoles(roles, { ...base, key: 'pay', ascending: false }))).toEqual(['coder', 'tech', 'manager']);
  });

  it('sorts by the title shown (a translation), and breaks ties by it', () => {
    const shown: Record<string, string> = { tech: 'Técnico', coder: 'Codificador', manager: 'Administrador' };
    expect(ids(sortRoles(roles, { ...base, titleOf: (r) => shown[r.id]! }))).toEqual(['manager', 'coder', 'tech']);
    const sameLevel = roles.map((r) => ({ ...r, level: 'entry' as const }));
    expect(ids(sortRoles(sameLevel, { ...base, key: 'level' }))).toEqual(['coder', 'manager', 'tech']);
  });

  it('leaves its input as it was', () => {
    const before = ids([...roles]);
    sortRoles(roles, { ...base, key: 'pay' });
    expect(ids([...roles])).toEqual(before);
  });
});

describe('roleMoves', () => {
  const title = (id: string) => roleTitle(model, id);

  it('lists moves out of a role quickest first, and moves into it from the other side', () => {
    expect(roleMoves(model, 'tech', 'out', title, collator).map((m) => [m.other, m.transition.years.typical])).toEqual([
      ['coder', 1],
      ['manager', 5],
    ]);
    expect(roleMoves(model, 'manager', 'in', title, collator).map((m) => m.other)).toEqual(['coder', 'tech']);
  });

  it('is empty for a role the data lacks', () => {
    expect(roleMoves(model, 'ghost', 'out', title, collator)).toEqual([]);
  });
});

describe('map reading order', () => {
  it('goes column by column, top (larger y) to bottom', () => {
    const g = model.graph.copy();
    g.updateEachNodeAttributes((node, a) => ({
      ...a,
      ...(
        { tech: { x: 0, y: 0 }, coder: { x: 0, y: 5 }, manager: { x: 1, y: 9 } } as Record<
          string,
          { x: number; y: number }
        >
      )[node]!,
    }));
    expect(readingOrder(g)).toEqual(['coder', 'tech', 'manager']);
  });

  it('steps forward and back with wrap-around, starting at the first or the last', () => {
    const order = ['a', 'b', 'c'];
    expect(stepThrough(order, null, 1)).toBe('a');
    expect(stepThrough(order, null, -1)).toBe('c');
    expect(stepThrough(order, 'c', 1)).toBe('a');
    expect(stepThrough(order, 'a', -1)).toBe('c');
    expect(stepThrough(order, 'b', 1)).toBe('c');
    expect(stepThrough([], null, 1)).toBeNull();
  });
});

describe('sortReachable', () => {
  interface Row {
    id: string;
    years: number;
    pay: ReachPay | null;
  }
  const rows: Row[] = [
    { id: 'a', years: 3, pay: { value: 50_000, broader: false } },
    { id: 'b', years: 1, pay: { value: 40_000, broader: false } },
    // The highest figure is a wider occupation's: shown, never ranked above the roles' own.
    { id: 'c', years: 2, pay: { value: 110_000, broader: true } },
    { id: 'd', years: 1, pay: null },
    { id: 'e', years: 2, pay: { value: 50_000, broader: false } },
  ];
  const sort: ReachSort<Row> = {
    key: 'years',
    ascending: true,
    collator,
    yearsOf: (r) => r.years,
    payOf: (r) => r.pay,
    titleOf: (r) => r.id,
  };
  const order = (s: Partial<ReachSort<Row>>) => sortReachable(rows, { ...sort, ...s }).map((r) => r.id);

  it('by years: fewest first, ties to the higher own pay; reversed when descending', () => {
    expect(order({})).toEqual(['b', 'd', 'e', 'c', 'a']);
    expect(order({ ascending: false })).toEqual(['a', 'e', 'c', 'b', 'd']);
  });

  it('by pay: own figures highest first (ties to fewer years), then wider occupations’ figures, then none', () => {
    expect(order({ key: 'pay', ascending: false })).toEqual(['e', 'a', 'b', 'c', 'd']);
    expect(order({ key: 'pay', ascending: true })).toEqual(['b', 'e', 'a', 'c', 'd']);
  });

  it('returns a new array and leaves the input alone', () => {
    const before = rows.map((r) => r.id);
    expect(sortReachable(rows, sort)).not.toBe(rows);
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});
