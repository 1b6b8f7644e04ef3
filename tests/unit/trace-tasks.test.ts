/**
 * The trace reader of the load-main-thread bench (scripts/bench/trace-tasks.ts), on a small
 * hand-written trace: only the http page's main thread from its navigation counts, a task's
 * CPU time (tdur) is its cost, and Lighthouse's mobile rule (×4, over 50 ms) gives the blocking time.
 */
import { describe, expect, it } from 'vitest';
import { LONG_TASK_MS, MOBILE_SLOWDOWN, readLoad, type TraceEvent } from '../../scripts/bench/trace-tasks';

const PAGE = { pid: 2, tid: 7 };
const NAV = 1_000_000; // µs, as traces give times
const task = (ts: number, dur: number, tdur?: number, where = PAGE): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ...where,
  ts: NAV + ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
});
const part = (name: string, ts: number, tdur: number, url?: string): TraceEvent => ({
  name,
  ph: 'X',
  ...PAGE,
  ts: NAV + ts,
  dur: tdur,
  tdur,
  ...(url ? { args: { data: { url } } } : {}),
});

const trace: TraceEvent[] = [
  // The blank page Chromium opens first, with a task of its own: not the load.
  { name: 'navigationStart', ph: 'R', pid: 1, tid: 1, ts: 0, args: { data: { documentLoaderURL: 'about:blank' } } },
  { ...task(-NAV + 10, 500_000, 400_000), pid: 1, tid: 1 },
  {
    name: 'navigationStart',
    ph: 'R',
    ...PAGE,
    ts: NAV,
    args: { data: { documentLoaderURL: 'http://127.0.0.1:4173/' } },
  },
  // Listed out of order, as trace files may be.
  task(100_000, 100_000, 40_000),
  part('FunctionCall', 101_000, 30_000, 'http://127.0.0.1:4173/assets/map-123.js?v=2'),
  part('Layout', 140_000, 8_000),
  task(10_000, 30_000, 20_000),
  part('EvaluateScript', 11_000, 15_000, 'http://127.0.0.1:4173/assets/index-abc.js'),
  part('ParseHTML', 12_000, 1_000), // under 2 ms: not named
  part('V8.GCScavenger', 13_000, 4_000), // not one of the parts the reader names
  task(300_000, 5_000), // no thread time recorded: no CPU
  // Before the navigation, on another thread, and a begin/end pair: none of them counts.
  task(-50_000, 20_000, 20_000),
  task(10_000, 900_000, 900_000, { pid: 2, tid: 8 }),
  { ...task(200_000, 0, 0), ph: 'B' },
];

describe('readLoad', () => {
  it('reads each task of the page’s main thread from its navigation: start, CPU, wall time and what ran inside', () => {
    const { tasks } = readLoad(trace);
    expect(tasks).toEqual([
      { start: 10, cpu: 20, wall: 30, inside: 'EvaluateScript(index-abc.js) 15' },
      { start: 100, cpu: 40, wall: 100, inside: 'FunctionCall(map-123.js) 30, Layout 8' },
      { start: 300, cpu: 0, wall: 5, inside: '' },
    ]);
  });

  it('adds up the CPU time, the longest task and the blocking time by Lighthouse’s mobile rule', () => {
    const reading = readLoad(trace);
    expect(reading.cpu).toBe(60);
    expect(reading.longest).toBe(40);
    // 4 × 20 − 50 = 30 and 4 × 40 − 50 = 110; a task under 12.5 ms CPU blocks nothing.
    expect([MOBILE_SLOWDOWN, LONG_TASK_MS]).toEqual([4, 50]);
    expect(reading.blockingMobile).toBe(140);
  });

  it('names smaller parts when asked to, and at most six, largest first', () => {
    expect(readLoad(trace, 1).tasks[0]!.inside).toBe('EvaluateScript(index-abc.js) 15, ParseHTML 1');
    const many = [...trace, ...[3, 4, 5, 6, 7, 8, 9].map((ms, k) => part('TimerFire', 20_000 + k, ms * 1000))];
    const inside = readLoad(many).tasks[0]!.inside.split(', ');
    expect(inside).toHaveLength(6);
    expect(inside[0]).toBe('EvaluateScript(index-abc.js) 15');
    expect(inside.at(-1)).toBe('TimerFire 5');
  });

  it('refuses a trace without a page loaded over http', () => {
    expect(() => readLoad(trace.filter((e) => e.pid === 1))).toThrow(
      'trace-tasks: no navigation to an http page in the trace',
    );
  });
});
