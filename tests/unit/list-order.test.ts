/**
 * The orders the text views rely on: the Roles table's columns (pay unknown last both ways, title
 * breaking ties), a role's moves quickest first, and the arrow keys' walk over the map.
 */
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/data/schema';
import { createModel, roleTitle } from '../../src/graph/model';
import { readingOrder, roleMoves, sortRoles, stepThrough, type RoleSort } from '../../src/graph/list-order';
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
