/**
 * What every bench prints and how it sums up its samples. `npm run bench` (scripts/bench.mjs)
 * collects the `BENCH <name> <value> <unit>` lines; `#` lines are notes for the reader. One
 * format, one median and one percentile rule (nearest rank) for all, so figures from different
 * benches compare, and the load average goes with them because this machine is shared.
 */
import { loadavg } from 'node:os';

/** Prints one figure: whole numbers as they are, others to `digits` places (ms: 2, else 3). */
export function bench(name: string, value: number, unit: string, digits = unit === 'ms' ? 2 : 3): void {
  console.log(`BENCH ${name} ${Number.isInteger(value) ? value : value.toFixed(digits)} ${unit}`);
}

export const note = (text: string): void => console.log(`# ${text}`);

/** The 1-, 5- and 15-minute load averages, as `uptime` prints them. */
export const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

export const noteLoad = (): void => note(`load average ${load()}`);

/** The p-quantile by nearest rank (the median of an even count is the lower middle); NaN when empty. */
export function quantile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
export const p95 = (xs: readonly number[]): number => quantile(xs, 0.95);

/** Per input, the median of its runs: wall time and the process's CPU time (µs resolution). */
export interface Timings {
  wall: number[];
  cpu: number[];
}

/**
 * Times each input `reps` times with every engine: round by round over all inputs, the engines
 * turn about input by input, so a busy spell of the shared machine falls on all of them alike and
 * no engine sees one input twice in a row (Fuse keeps its last query's searcher). Each input
 * counts with the median of its runs, so one GC pause shifts one run, not the figure. CPU time is
 * kept beside wall time: on an oversubscribed machine wall time includes waiting for a core.
 */
export function timeEach<T>(
  inputs: readonly T[],
  engines: readonly ((input: T) => unknown)[],
  reps: number,
): Timings[] {
  const wall = engines.map(() => inputs.map((): number[] => []));
  const cpu = engines.map(() => inputs.map((): number[] => []));
  for (let r = 0; r < reps; r += 1) {
    inputs.forEach((input, i) => {
      engines.forEach((run, e) => {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        run(input);
        wall[e]![i]!.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu[e]![i]!.push((c.user + c.system) / 1000);
      });
    });
  }
  return engines.map((_, e) => ({ wall: wall[e]!.map(median), cpu: cpu[e]!.map(median) }));
}
