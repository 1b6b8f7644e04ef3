/**
 * The map's redraw schedule, driven with a fake renderer surface and clock: a hidden map waits
 * and catches up once, camera bursts place labels once, a large map redraws a frame later and
 * re-reads only what a change touched.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { buildGraph } from '../../src/graph/build-graph';
import type { CareerGraph } from '../../src/graph/types';
import type { MapEmphasis } from '../../src/map/emphasis';
import { cachedMeasure, type LabelPlan } from '../../src/map/label-plan';
import { LABEL_SETTLE_MS, MapRedraws, type MapClock, type MapSurface } from '../../src/map/map-redraws';
import { bigDataset } from '../fixtures/big-dataset';

const NONE: MapEmphasis = { selected: null, visible: null, route: null };
const small = buildGraph(builtinDataset);
// Just over the large-map threshold (1,000 roles), built once for the file.
const large = buildGraph(bigDataset(1010, 3000));

function fakeClock() {
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { run: () => void; at: number }>();
  let now = 0;
  const clock: MapClock = {
    frame: (cb) => (frames.set(next, cb), next++),
    cancelFrame: (id) => void frames.delete(id),
    later: (cb, ms) =>
      (timers.set(next, { run: cb, at: now + ms }), next++) as unknown as ReturnType<typeof setTimeout>,
    cancelLater: (id) => void timers.delete(id as unknown as number),
  };
  return {
    clock,
    pendingFrames: () => frames.size,
    runFrames() {
      const due = [...frames.values()];
      frames.clear();
      due.forEach((f) => f());
    },
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at > now) continue;
        timers.delete(id);
        t.run();
      }
    },
  };
}

function fakeSurface() {
  const calls: string[] = [];
  const refreshes: ({ nodes: string[]; edges?: string[] } | undefined)[] = [];
  let plan = new Map<string, LabelPlan>();
  const surface: MapSurface = {
    measurable: () => true,
    planLabels: () => (calls.push('plan'), plan),
    frame: () => void calls.push('frame'),
    updateHeads: () => void calls.push('heads'),
    refresh: (partial) => void (calls.push('refresh'), refreshes.push(partial)),
    centreOn: (id, animate) => void calls.push(`centre ${id} ${animate ? 'animated' : 'jump'}`),
  };
  return {
    surface,
    calls,
    refreshes,
    setPlan: (p: Map<string, LabelPlan>) => (plan = p),
    count: (what: string) => calls.filter((c) => c === what).length,
  };
}

function setUp(graph: CareerGraph) {
  const time = fakeClock();
  const s = fakeSurface();
  return { time, s, redraws: new MapRedraws(s.surface, graph, time.clock) };
}

describe('MapRedraws on the built-in map', () => {
  it('draws every move and redraws at once when the view changes', () => {
    const { s, redraws } = setUp(small);
    expect(redraws.drawn).toBe(small);
    expect(redraws.wanted).toBeNull();
    redraws.setView({ ...NONE, selected: 'coder' }, null, false);
    expect(s.count('refresh')).toBe(1);
    expect(s.refreshes[0]).toBeUndefined();
    expect(redraws.current.emphasis.selected).toBe('coder');
  });

  it('a hidden map draws nothing, then catches up once when shown, centred on the role chosen meanwhile', () => {
    const { s, time, redraws } = setUp(small);
    redraws.setView(NONE, null, true);
    for (const role of ['coder', 'registrar', 'hit']) {
      redraws.setView({ ...NONE, selected: role }, null, true);
      redraws.focus(role);
    }
    redraws.resized();
    expect(s.calls).toEqual([]);
    redraws.setView({ ...NONE, selected: 'hit' }, null, false);
    expect(s.calls.slice(0, 2)).toEqual(['frame', 'centre hit jump']);
    expect(s.count('refresh')).toBe(1);
    time.runFrames();
    expect(s.count('heads')).toBe(1);
    // Shown again with nothing missed: no second catch-up.
    redraws.setView({ ...NONE, selected: 'hit' }, 'coder', false);
    expect(s.count('frame')).toBe(1);
  });

  it('places labels once per burst of camera moves, and refreshes only when the plan changed', () => {
    const { s, time, redraws } = setUp(small);
    redraws.setView(NONE, null, false);
    const before = s.count('refresh');
    for (let i = 0; i < 10; i++) redraws.scheduleLabels();
    expect(time.pendingFrames()).toBe(1);
    time.runFrames();
    expect(s.count('heads')).toBe(1);
    expect(s.count('refresh')).toBe(before);
    s.setPlan(new Map([['coder', { lines: ['Medical Coder'], placement: 'below' }]]));
    redraws.scheduleLabels();
    time.runFrames();
    expect(s.count('refresh')).toBe(before + 1);
    expect(redraws.labels.get('coder')?.placement).toBe('below');
  });

  it('brings a role into view with an animation when the map is shown', () => {
    const { s, redraws } = setUp(small);
    redraws.focus('no_such_role');
    redraws.focus('coder');
    expect(s.calls).toEqual(['centre coder animated']);
  });
});

describe('MapRedraws on a large map', () => {
  it('draws a copy with no moves until a role asks for its own', () => {
    const { redraws } = setUp(large);
    expect(redraws.drawn).not.toBe(large);
    expect(redraws.drawn.size).toBe(0);
    expect(redraws.wanted?.size).toBe(0);
  });

  it('redraws a frame after the change, once for several changes', () => {
    const { s, time, redraws } = setUp(large);
    redraws.setView(NONE, null, false);
    redraws.setView({ ...NONE, selected: 'role_0001' }, null, false);
    redraws.setView({ ...NONE, selected: 'role_0002' }, null, false);
    expect(s.count('refresh')).toBe(0);
    time.runFrames();
    expect(s.count('plan')).toBe(1);
    expect(redraws.wanted?.size).toBe(large.degree('role_0002'));
  });

  it('re-reads only the roles and moves a change touched', () => {
    const { s, time, redraws } = setUp(large);
    redraws.setView({ ...NONE, selected: 'role_0001' }, null, false);
    time.runFrames();
    redraws.setView({ ...NONE, selected: 'role_0001' }, 'role_0002', false);
    time.runFrames();
    const partial = s.refreshes.at(-1);
    expect(partial).toBeDefined();
    expect(partial!.nodes).toEqual(expect.arrayContaining(['role_0001', 'role_0002']));
    expect(partial!.nodes.length).toBeLessThan(large.order / 10);
  });

  it('places labels only once the camera has been still', () => {
    const { s, time, redraws } = setUp(large);
    s.setPlan(new Map([['role_0001', { lines: ['Role 0001'], placement: 'right' }]]));
    redraws.scheduleLabels();
    time.runFrames();
    time.advance(LABEL_SETTLE_MS - 10);
    redraws.scheduleLabels();
    time.runFrames();
    time.advance(LABEL_SETTLE_MS - 10);
    expect(s.count('plan')).toBe(0);
    time.advance(20);
    expect(s.count('plan')).toBe(1);
    expect(s.refreshes.at(-1)).toEqual({ nodes: ['role_0001'] });
  });

  it('an import hands over a new graph: a small one is drawn whole again', () => {
    const { redraws } = setUp(large);
    expect(redraws.useGraph(small)).toBe(small);
    expect(redraws.wanted).toBeNull();
    expect(redraws.large).toBe(false);
  });
});

describe('MapRedraws after an import', () => {
  it('draws the view as it stands on the new large graph, a frame later', () => {
    const { time, redraws } = setUp(small);
    redraws.setView({ ...NONE, selected: 'role_0003' }, null, false);
    redraws.useGraph(large);
    expect(redraws.wanted?.size).toBe(0);
    redraws.redrawSoon();
    time.runFrames();
    expect(redraws.wanted?.size).toBe(large.degree('role_0003'));
  });
});

describe('label widths', () => {
  it('are measured once per text and font, across plans', () => {
    const measured: string[] = [];
    const measureText = (s: string) => (measured.push(s), s.length * 7);
    const first = cachedMeasure('400 12px test-font', measureText);
    expect([first('Medical Coder'), first('Medical Coder'), first('Registrar')]).toEqual([91, 91, 63]);
    const again = cachedMeasure('400 12px test-font', measureText);
    expect(again('Medical Coder')).toBe(91);
    expect(measured).toEqual(['Medical Coder', 'Registrar']);
    cachedMeasure('700 12px test-font', measureText)('Medical Coder');
    expect(measured).toEqual(['Medical Coder', 'Registrar', 'Medical Coder']);
  });
});
