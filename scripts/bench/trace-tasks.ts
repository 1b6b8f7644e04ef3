/**
 * The main thread's tasks in a Chromium trace of one page load, by *thread CPU time* (`tdur`):
 * on this shared machine the wall time of a task stretches with the load average, its CPU time
 * far less. Lighthouse's mobile run simulates a phone by multiplying each task by four and counts
 * what exceeds 50 ms as blocking; `blockingMobile` applies the same rule to CPU time, over the
 * whole load (Lighthouse counts only from its first contentful paint to interactive), as a
 * stand-in for its total blocking time that a busy machine does not move.
 */

/** The fields of a trace event this reading uses. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string; documentLoaderURL?: string } };
}

export interface LoadTask {
  /** From the navigation's start, ms. */
  start: number;
  cpu: number;
  wall: number;
  /** What ran inside, largest first: event names with their script file and CPU ms. */
  inside: string;
}

export interface LoadReading {
  tasks: LoadTask[];
  cpu: number;
  blockingMobile: number;
  longest: number;
}

/** Lighthouse's mobile CPU slowdown and its long-task line. */
export const MOBILE_SLOWDOWN = 4;
export const LONG_TASK_MS = 50;

const PARTS =
  /^(ParseHTML|Layout|UpdateLayoutTree|Paint|Commit|MinorGC|MajorGC|FunctionCall|EvaluateScript|v8\.evaluateModule|FireIdleCallback|FireAnimationFrame|TimerFire|EventDispatch|RunMicrotasks|ResourceReceivedData|HandlePostMessage)$/;

const file = (url: string | undefined) => (url ? `(${url.replace(/^.*\//, '').replace(/\?.*$/, '')})` : '');

/** Reads the load of the page whose document came over http (not about:blank) from `events`. */
export function readLoad(events: readonly TraceEvent[], minInsideMs = 2): LoadReading {
  const nav = events.find((e) => e.name === 'navigationStart' && /^http/.test(e.args?.data?.documentLoaderURL ?? ''));
  if (!nav) throw new Error('trace-tasks: no navigation to an http page in the trace');
  const mine = events
    .filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.ts >= nav.ts)
    .sort((a, b) => a.ts - b.ts);
  const tasks: LoadTask[] = [];
  let i = 0;
  for (const task of mine) {
    if (task.name !== 'RunTask') continue;
    const end = task.ts + (task.dur ?? 0);
    // Events are sorted by start: skip to this task's, then collect those inside it.
    while (i < mine.length && mine[i]!.ts < task.ts) i++;
    const inside: TraceEvent[] = [];
    for (let j = i; j < mine.length && mine[j]!.ts < end; j++) {
      const e = mine[j]!;
      if (e !== task && PARTS.test(e.name) && (e.tdur ?? 0) >= minInsideMs * 1000) inside.push(e);
    }
    tasks.push({
      start: (task.ts - nav.ts) / 1000,
      cpu: (task.tdur ?? 0) / 1000,
      wall: (task.dur ?? 0) / 1000,
      inside: inside
        .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
        .slice(0, 6)
        .map((e) => `${e.name}${file(e.args?.data?.url)} ${((e.tdur ?? 0) / 1000).toFixed(0)}`)
        .join(', '),
    });
  }
  const cpu = tasks.reduce((sum, t) => sum + t.cpu, 0);
  const blockingMobile = tasks.reduce((sum, t) => sum + Math.max(0, MOBILE_SLOWDOWN * t.cpu - LONG_TASK_MS), 0);
  const longest = tasks.reduce((max, t) => Math.max(max, t.cpu), 0);
  return { tasks, cpu, blockingMobile, longest };
}
