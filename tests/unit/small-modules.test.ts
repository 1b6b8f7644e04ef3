/**
 * The small modules everything else leans on, each tested on its own: the search heaps, the JSON
 * error locator, the CSV cell reader, the map's emphasis reducers and the problem wording.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonErrorOffset } from '../../src/data/json-locate';
import { describeIssues, issueProblems } from '../../src/data/problems';
import { cellReader } from '../../src/data/import/csv-cells';
import type { ImportProblem } from '../../src/data/import/types';
import { edgeAppearance, nodeAppearance, type MapEmphasis } from '../../src/map/emphasis';
import { buildGraph } from '../../src/graph/build-graph';
import { Heap, NodeHeap } from '../../src/graph/routes/heap';
import { miniDataset } from '../fixtures/mini-dataset';

describe('heaps', () => {
  it('pop in ascending order whatever the push order (Heap and NodeHeap)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }), (xs) => {
        const h = new Heap<number>((a, b) => a < b);
        const n = new NodeHeap();
        xs.forEach((x, i) => {
          h.push(x);
          n.push(x, i);
        });
        const out: number[] = [];
        const outNodes: number[] = [];
        while (h.size) out.push(h.pop()!);
        while (n.size) outNodes.push(n.pop());
        expect(out).toEqual([...xs].sort((a, b) => a - b));
        // Ties go to the lower node index, so equal keys come out in index order.
        expect(outNodes).toEqual(
          xs
            .map((x, i) => [x, i] as const)
            .sort((a, b) => a[0] - b[0] || a[1] - b[1])
            .map(([, i]) => i),
        );
      }),
    );
  });
});

describe('jsonErrorOffset', () => {
  it('is null for valid JSON and points at the first bad character otherwise', () => {
    expect(jsonErrorOffset('{"a": [1, 2.5e3, true, null, "x\\u0041"]}')).toBeNull();
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
    expect(jsonErrorOffset('[')).toBe(1);
  });

  it('agrees with JSON.parse on what is valid, even 100,000 levels deep (no stack overflow)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonErrorOffset(text)).toBeNull();
      }),
    );
    expect(jsonErrorOffset('['.repeat(100_000))).toBe(100_000);
  });
});

describe('CSV cell reader', () => {
  const read = (cells: Record<string, string>) => {
    const problems: ImportProblem[] = [];
    const r = cellReader('roles.csv', { row: 7, get: (c) => cells[c] ?? '' }, problems);
    return { r, problems };
  };

  it('reads ids, numbers, choices, booleans and lists, and reports each bad cell with its row and column', () => {
    const { r, problems } = read({
      id: 'Coder 2',
      years: '-1',
      level: 'Boss',
      ok: 'maybe',
      n: '2,5',
      lvl: 'High School',
      tags: 'a| b |a|',
    });
    expect(r.id('id')).toBeUndefined();
    expect(r.number('years')).toBeUndefined();
    expect(r.choice('level', ['entry', 'mid'] as const)).toBeUndefined();
    expect(r.bool('ok', false)).toBeUndefined();
    expect(r.number('n')).toBe(2.5);
    expect(r.choice('lvl', ['high_school', 'associate'] as const)).toBe('high_school');
    expect(r.list('tags')).toEqual(['a', 'b']);
    expect(r.id('missing')).toBeUndefined();
    expect(problems.map((p) => `${p.row}/${p.field}: ${p.message}`)).toEqual([
      `7/id: 'Coder 2' must be lower-case letters, digits, "_" or "-"`,
      "7/years: '-1' is negative; it must be ≥ 0",
      "7/level: 'Boss' is not one of entry, mid",
      "7/ok: 'maybe' is not true or false",
      '7/missing: is required and must not be empty',
    ]);
  });

  it('uses fallbacks for empty optional cells and refuses text over its limit', () => {
    const { r, problems } = read({ title: 'x'.repeat(130) });
    expect(r.number('years', 1)).toBe(1);
    expect(r.bool('flag', true)).toBe(true);
    expect(r.text('note', 10)).toBeUndefined();
    expect(r.text('title', 120)).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['is 130 characters long; at most 120 are allowed']);
  });
});

describe('map emphasis reducers', () => {
  const graph = buildGraph(miniDataset());
  const none: MapEmphasis = { selected: null, visible: null, route: null };
  const node = (id: string, e: MapEmphasis, hovered: string | null = null) =>
    nodeAppearance(graph, id, graph.getNodeAttributes(id), e, hovered);
  const edge = (id: string, e: MapEmphasis, hovered: string | null = null) =>
    edgeAppearance(graph, id, graph.getEdgeAttributes(id), e, hovered);

  it('changes nothing with no selection, filter or route', () => {
    expect(node('tech', none)).toEqual(graph.getNodeAttributes('tech'));
    expect(edge('t1', none)).toEqual(graph.getEdgeAttributes('t1'));
  });

  it('dims roles outside the filters and hides moves that touch them', () => {
    const e: MapEmphasis = { ...none, visible: new Set(['tech', 'coder']) };
    expect(node('manager', e)).toMatchObject({ label: '', zIndex: 0 });
    expect(node('tech', e).label).toBe('Technician');
    expect(edge('t2', e).hidden).toBe(true);
    expect(edge('t1', e).hidden).toBeUndefined();
  });

  it('highlights a route: its roles labelled and raised, its moves labelled with years, the rest dimmed', () => {
    const e: MapEmphasis = { ...none, route: { nodes: new Set(['tech', 'coder']), edges: new Set(['t1']) } };
    expect(node('coder', e)).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 2 });
    expect(node('manager', e)).toMatchObject({ label: '', zIndex: 0 });
    expect(edge('t1', e)).toMatchObject({ label: '1 yr', forceLabel: true, zIndex: 2 });
    expect(edge('t3', e).zIndex).toBe(0);
  });

  it('follows each new filter and focus, never an earlier one (the reducers prepare sets per state)', () => {
    const first: MapEmphasis = { ...none, visible: new Set(['tech', 'coder']) };
    expect(edge('t1', first).hidden).toBeUndefined();
    const next: MapEmphasis = { ...none, visible: new Set(['coder', 'manager']) };
    expect(edge('t1', next).hidden).toBe(true);
    expect(edge('t1', first).hidden).toBeUndefined();
    expect(edge('t2', { ...none, selected: 'tech' })).toMatchObject({ zIndex: 0 });
    expect(edge('t2', { ...none, selected: 'coder' })).toMatchObject({ forceLabel: true, zIndex: 1 });
    expect(edge('t2', { ...none, selected: 'tech' })).toMatchObject({ zIndex: 0 });
    expect(node('manager', { ...none, selected: 'no_such_role' })).toEqual(graph.getNodeAttributes('manager'));
  });

  it('hover wins over selection: the hovered role and its neighbours stand out', () => {
    const e: MapEmphasis = { ...none, selected: 'manager' };
    expect(node('tech', e, 'tech')).toMatchObject({ highlighted: true });
    expect(node('coder', e, 'tech')).toMatchObject({ forceLabel: true, zIndex: 1 });
    expect(edge('t1', e, 'tech').forceLabel).toBe(true);
    expect(node('tech', e)).toMatchObject({ forceLabel: true, zIndex: 1 });
  });
});

describe('problems from schema checks', () => {
  const schema = z.object({
    roles: z.array(z.object({ title: z.string().min(1, 'must not be empty') })),
    label: z.string().max(3, 'must be at most 3 characters'),
  });
  const error = schema.safeParse({ roles: [{ title: 'ok' }, { title: '' }], label: 'long', extra: 1 }).error!;

  it('locates each issue the way a dataset path reads (indexes in brackets), and names the schema’s own wording for the importer to translate', () => {
    expect(issueProblems(error)).toEqual([
      { path: 'roles[1].title', message: 'must not be empty', text: { code: 'not_empty', params: {} } },
      { path: 'label', message: 'must be at most 3 characters', text: { code: 'too_long', params: { max: 3 } } },
    ]);
    expect(issueProblems(z.string().safeParse(1).error!)[0]?.path).toBe('(root)');
  });

  it("summarises a plan's issues in one sentence, counting the ones left out", () => {
    expect(describeIssues(error)).toBe('roles[1].title: must not be empty; label: must be at most 3 characters');
    expect(describeIssues(error, 1)).toBe('roles[1].title: must not be empty (and 1 more)');
  });
});
