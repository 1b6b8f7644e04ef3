import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { validateDataset } from '../../src/data/validate';
import { miniDataset } from '../fixtures/mini-dataset';

describe('buildGraph', () => {
  it('makes one node per role and one directed edge per transition', () => {
    const g = buildGraph(miniDataset());
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    expect(g.type).toBe('directed');
    expect(g.hasDirectedEdge('tech', 'coder')).toBe(true);
    expect(g.hasDirectedEdge('coder', 'tech')).toBe(false);
    expect(g.getEdgeAttribute('t2', 'requiresEducation')).toBe('bachelor');
    expect(g.getNodeAttribute('coder', 'label')).toBe('Coder');
  });

  it('lays levels out left to right', () => {
    const g = buildGraph(miniDataset());
    expect(g.getNodeAttribute('tech', 'x')).toBeLessThan(g.getNodeAttribute('coder', 'x'));
    expect(g.getNodeAttribute('coder', 'x')).toBeLessThan(g.getNodeAttribute('manager', 'x'));
  });

  it('gives the same layout on every build', () => {
    const a = buildGraph(miniDataset());
    const b = buildGraph(miniDataset());
    a.forEachNode((n, attrs) =>
      expect([attrs.x, attrs.y]).toEqual([b.getNodeAttribute(n, 'x'), b.getNodeAttribute(n, 'y')]),
    );
  });

  const broken: [string, (d: ReturnType<typeof miniDataset>) => void, RegExp][] = [
    ['an unknown role in a transition', (d) => (d.transitions[0]!.to = 'ghost'), /unknown role 'ghost'/],
    ['an unknown credential', (d) => (d.transitions[0]!.requires.credentials = ['xyz']), /unknown credential 'xyz'/],
    ['a duplicate role id', (d) => (d.roles[1]!.id = 'tech'), /duplicate id 'tech'/],
    [
      'a transition to itself',
      (d) => (d.transitions[0]!.to = 'tech'),
      /transition 't1' goes from role 'tech' to itself/,
    ],
    [
      'a title mapped to two roles',
      (d) => d.roles[2]!.titles.push({ text: 'medical coder', sources: ['seed-a'] }),
      /'medical coder' is mapped to both 'coder' and 'manager'/,
    ],
  ];
  it.each(broken)('the validator rejects %s, naming the offending id', (_name, breakIt, message) => {
    const d = miniDataset();
    breakIt(d);
    const v = validateDataset(d);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  it('the validator rejects a second transition repeating the same move, naming both', () => {
    const d = miniDataset();
    d.transitions.push({ ...d.transitions[0]!, id: 't9' });
    const v = validateDataset(d);
    expect(!v.ok && v.problems).toEqual([
      {
        path: 'transitions[t9]',
        message: "repeats the move 'tech' → 'coder' of transition 't1'; keep one",
        text: { code: 'repeated_move', params: { from: 'tech', to: 'coder', first: 't1' } },
      },
    ]);
  });

  it('the validator rejects a map whose roles are all out of scope', () => {
    const d = miniDataset();
    d.roles.forEach((r) => (r.outOfScope = true));
    const v = validateDataset(d);
    expect(!v.ok && v.problems.map((p) => p.message)).toContain(
      'every role is marked outOfScope, so the map would be empty',
    );
  });
});
