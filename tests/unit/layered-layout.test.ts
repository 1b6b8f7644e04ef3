import { describe, expect, it } from 'vitest';
import builtinLayout from 'virtual:builtin-layout';
import { builtinDataset } from '../../src/data/builtin';
import { LEVELS, TRACKS } from '../../src/data/schema';
import { layeredLayout } from '../../src/graph/layered';
import { layoutDataset } from '../../src/graph/layered/client';
import { measureLayout } from '../../src/graph/layered/measure';
import { swimLanePositions } from '../../src/graph/layout';
import { createModel } from '../../src/graph/model';

const axes = { levels: LEVELS, tracks: TRACKS };
const roles = builtinDataset.roles.filter((r) => !r.outOfScope);
const ids = new Set(roles.map((r) => r.id));
const moves = builtinDataset.transitions.filter((t) => ids.has(t.from) && ids.has(t.to));
const edges = moves.map((t) => ({ id: t.id, source: t.from, target: t.to }));
const positionsOf = (layout: { positions: Record<string, { x: number; y: number }> }) =>
  new Map(Object.entries(layout.positions));

describe('layered layout of the built-in map', () => {
  const layout = layeredLayout(roles, moves, axes);
  const m = measureLayout(positionsOf(layout), edges, layout.curvature);

  it('draws at most 30 crossings and at most 5 edges through dots', () => {
    console.info(
      `layout measure: ${m.crossings} crossings, ${m.throughDots} edges through dots (${m.edgesThroughDots.join(', ')})`,
    );
    expect(m.crossings).toBeLessThanOrEqual(30);
    expect(m.throughDots).toBeLessThanOrEqual(5);
  });

  it('beats the old swim lanes on both counts', () => {
    const before = measureLayout(swimLanePositions(roles), edges);
    console.info(`swim lanes: ${before.crossings} crossings, ${before.throughDots} edges through dots`);
    expect(m.crossings).toBeLessThan(before.crossings);
    expect(m.throughDots).toBeLessThan(before.throughDots);
  });

  it('keeps levels as columns, entry → leadership from left to right', () => {
    const xs = (level: string) => roles.filter((r) => r.level === level).map((r) => layout.positions[r.id]?.x ?? NaN);
    for (let l = 0; l + 1 < LEVELS.length; l++) {
      expect(Math.max(...xs(LEVELS[l] as string))).toBeLessThan(Math.min(...xs(LEVELS[l + 1] as string)));
    }
  });

  it('gives the same picture whatever order the data comes in', () => {
    const shuffled = layeredLayout([...roles].reverse(), [...moves].reverse(), axes);
    expect(shuffled).toEqual(layout);
  });

  it('is what the build step ships, and what the model places the dots by', () => {
    expect(builtinLayout).toEqual(layout);
    const graph = createModel(builtinDataset, builtinLayout).graph;
    const [id, p] = Object.entries(layout.positions)[0] as [string, { x: number; y: number }];
    expect([graph.getNodeAttribute(id, 'x'), graph.getNodeAttribute(id, 'y')]).toEqual([p.x, p.y]);
    for (const [edge, c] of Object.entries(layout.curvature)) {
      expect(graph.getEdgeAttributes(edge)).toMatchObject({ type: 'curved', curvature: c });
    }
  });

  it('lays out an imported dataset the same way without a worker', async () => {
    expect(await layoutDataset({ roles, transitions: moves }, axes, false)).toEqual(layout);
  });
});

describe('layered layout edge cases', () => {
  const role = (id: string, level: (typeof LEVELS)[number], track: (typeof TRACKS)[number] = 'records') => ({
    id,
    level,
    track,
  });
  it('handles same-level cycles and a move back down a level', () => {
    const layout = layeredLayout(
      [role('a', 'entry'), role('b', 'entry'), role('c', 'mid')],
      [
        { id: 'ab', from: 'a', to: 'b' },
        { id: 'ba', from: 'b', to: 'a' },
        { id: 'cb', from: 'c', to: 'b' },
      ],
      axes,
    );
    expect(Object.keys(layout.positions).sort()).toEqual(['a', 'b', 'c']);
    expect(layout.positions.c?.x).toBeGreaterThan(Math.max(layout.positions.a?.x ?? 0, layout.positions.b?.x ?? 0));
  });

  it('lays out a big import quickly by the same rules: every role placed, levels as columns', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      role(`r${i}`, LEVELS[i % 4] as (typeof LEVELS)[number], TRACKS[i % 10] as (typeof TRACKS)[number]),
    );
    const moves400 = many
      .slice(0, 300)
      .map((r, i) => ({ id: `m${i}`, from: r.id, to: `r${(i * 7 + 1) % 400}` }))
      .filter((t) => t.from !== t.to);
    const layout = layeredLayout(many, moves400, axes);
    expect(Object.keys(layout.positions)).toHaveLength(400);
    const xOf = (level: string) => new Set(many.filter((r) => r.level === level).map((r) => layout.positions[r.id]?.x));
    for (let l = 0; l + 1 < LEVELS.length; l++)
      expect(Math.max(...(xOf(LEVELS[l] as string) as Set<number>))).toBeLessThan(
        Math.min(...(xOf(LEVELS[l + 1] as string) as Set<number>)),
      );
    expect(layeredLayout([...many].reverse(), moves400, axes)).toEqual(layout);
  });

  it('lays out nothing for no roles', () => {
    expect(layeredLayout([], [], axes)).toEqual({ positions: {}, curvature: {} });
  });
});
