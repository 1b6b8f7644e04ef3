import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/graph/model';
import { neighbourhood, visibleRoles, type RoleFilters } from '../../src/graph/filters';
import { miniDataset } from '../fixtures/mini-dataset';

const none: RoleFilters = { tracks: [], levels: [], edu: null, credential: null };

describe('visibleRoles', () => {
  const model = createModel(miniDataset());
  const roles = model.dataset.roles;
  const cases: [string, Partial<RoleFilters>, string[] | null][] = [
    ['no filter shows everything (null)', {}, null],
    ['track', { tracks: ['coding'] }, ['coder']],
    ['level', { levels: ['entry', 'leadership'] }, ['tech', 'manager']],
    ['education ceiling hides roles that typically need more', { edu: 'associate' }, ['tech', 'coder']],
    ['credential: roles listing it or reached by a move requiring it', { credential: 'cca' }, ['coder']],
    ['filters combine', { tracks: ['records', 'management'], edu: 'certificate' }, ['tech']],
  ];
  it.each(cases)('%s', (_name, f, expected) => {
    const visible = visibleRoles(model.graph, roles, { ...none, ...f });
    expect(visible === null ? null : [...visible].sort()).toEqual(expected === null ? null : [...expected].sort());
  });
});

describe('neighbourhood', () => {
  it('includes roles within the given number of moves in either direction', () => {
    const model = createModel(miniDataset());
    expect([...neighbourhood(model.graph, 'manager', 1)].sort()).toEqual(['coder', 'manager', 'tech']);
    expect([...neighbourhood(model.graph, 'coder', 0)]).toEqual(['coder']);
  });
});
