/**
 * The main thread's work while the first screen loads, read from Chromium traces by thread CPU
 * time (trace-tasks.ts), for the work Lighthouse's mobile run counts as blocking:
 *
 *   npx vite build && npx tsx scripts/bench/load-main-thread.bench.ts
 *
 * The production build (BENCH_DIST, default dist) served with gzip (static-server.ts) on LOAD_PORT,
 * opened LOAD_RUNS times (default 3) in Debian's headless Chromium at Lighthouse's mobile screen
 * (412×823, device pixel ratio 1.75, touch), unthrottled, each load traced for LOAD_WAIT ms
 * (default 5,000: the idle-time work, the search engine, falls inside). Prints the medians of the
 * main thread's CPU time, the blocking stand-in (Σ max(0, 4 × CPU − 50 ms)) and the longest task,
 * and each run's tasks of 12.5 ms or more (those Lighthouse's 4× makes long) as comments.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e-app';
import { bench, load, median, note } from './report';
import { serveStatic } from './static-server';
import { LONG_TASK_MS, MOBILE_SLOWDOWN, readLoad, type LoadReading, type TraceEvent } from './trace-tasks';

const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.LOAD_PORT ?? 4303);
const runs = Number(process.env.LOAD_RUNS ?? 3);
const wait = Number(process.env.LOAD_WAIT ?? 5000);
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'loading',
  'toplevel',
  'blink.user_timing',
];

if (!existsSync(join(dist, 'index.html'))) {
  note(`load-main-thread: skipped (${dist}/index.html is missing: run \`npx vite build\` first)`);
  process.exit(0);
}

const server = await serveStatic(dist, port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--headless=new'] });
const readings: LoadReading[] = [];
try {
  for (let run = 1; run <= runs; run++) {
    const before = load();
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForTimeout(wait);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    await context.close();
    const reading = readLoad(trace.traceEvents);
    readings.push(reading);
    const long = reading.tasks.filter((t) => MOBILE_SLOWDOWN * t.cpu >= LONG_TASK_MS);
    note(
      `run ${run}: load average ${before} → ${load()}; CPU ${reading.cpu.toFixed(0)} ms, blocking ${reading.blockingMobile.toFixed(0)} ms; tasks of ${LONG_TASK_MS / MOBILE_SLOWDOWN} ms CPU or more:`,
    );
    for (const t of long)
      note(
        `  ${t.start.toFixed(0).padStart(5)} ms  cpu ${t.cpu.toFixed(1).padStart(5)}  wall ${t.wall.toFixed(0).padStart(4)}  ${t.inside}`,
      );
  }
} finally {
  await browser.close();
  server.close();
}
const round = (x: number) => Math.round(x);
bench('load_main_thread_cpu', round(median(readings.map((r) => r.cpu))), 'ms');
bench('load_main_thread_blocking_mobile', round(median(readings.map((r) => r.blockingMobile))), 'ms');
bench('load_main_thread_longest_task', round(median(readings.map((r) => r.longest))), 'ms');
