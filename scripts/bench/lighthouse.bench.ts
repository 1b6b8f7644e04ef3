/**
 * Lighthouse (performance only, mobile and desktop) on the built app served with gzip, as a
 * static host would serve it:
 *
 *   npx vite build && LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse npx tsx scripts/bench/lighthouse.bench.ts
 *
 * Lighthouse is not a dependency of the project (it is large): install it anywhere with
 * `npm i --prefix /tmp/lh lighthouse@12.2.3` and point LIGHTHOUSE at its binary; without it the
 * bench prints a skip line. BENCH_DIST (default dist) is the build, LH_PORT the port, LH_RUNS
 * the runs per form factor (alternating mobile and desktop). Chromium is Debian's, headless,
 * with software WebGL; the load average is printed with each run because scores on a shared
 * machine move by ±10 with it. The longest tasks Lighthouse saw are printed as comments.
 */
import { CHROMIUM_PATH } from '../e2e-app';
import { serveStatic } from './static-server';
import { load } from './report';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const lighthouse = process.env.LIGHTHOUSE;
const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.LH_PORT ?? 4302);
const runs = Number(process.env.LH_RUNS ?? 1);

if (!lighthouse || !existsSync(lighthouse)) {
  console.log(
    '# lighthouse: skipped (set LIGHTHOUSE to a Lighthouse 12 binary, e.g. after `npm i --prefix /tmp/lh lighthouse@12.2.3`)',
  );
  process.exit(0);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.log(`# lighthouse: skipped (${dist}/index.html is missing: run \`npx vite build\` first)`);
  process.exit(0);
}

const server = await serveStatic(dist, port);

interface Audit {
  numericValue?: number;
  details?: { items?: { url?: string; duration: number; startTime: number }[] };
}
interface Report {
  categories: { performance: { score: number } };
  audits: Record<string, Audit>;
}

function runLighthouse(formFactor: 'mobile' | 'desktop', out: string): Promise<Report> {
  const args = [
    `http://127.0.0.1:${port}/`,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ];
  if (formFactor === 'desktop') args.push('--preset=desktop');
  return new Promise((resolve, reject) => {
    const child = spawn(lighthouse as string, args, {
      stdio: 'inherit',
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH },
    });
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(readFileSync(out, 'utf8')) as Report)
        : reject(new Error(`lighthouse exited with ${code}`)),
    );
  });
}

const work = mkdtempSync(join(tmpdir(), 'lighthouse-bench-'));
try {
  for (let run = 1; run <= runs; run++) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const before = load();
      const report = await runLighthouse(formFactor, join(work, `${formFactor}-${run}.json`));
      const ms = (id: string) => Math.round(report.audits[id]?.numericValue ?? NaN);
      console.log(
        `BENCH lighthouse_${formFactor}_performance ${Math.round(report.categories.performance.score * 100)} score`,
      );
      console.log(`BENCH lighthouse_${formFactor}_tbt ${ms('total-blocking-time')} ms`);
      console.log(`BENCH lighthouse_${formFactor}_fcp ${ms('first-contentful-paint')} ms`);
      console.log(`BENCH lighthouse_${formFactor}_lcp ${ms('largest-contentful-paint')} ms`);
      const tasks = (report.audits['long-tasks']?.details?.items ?? []).slice(0, 6);
      const listed = tasks.map(
        (t) =>
          `${Math.round(t.duration)} ms at ${Math.round(t.startTime)} (${(t.url ?? '').replace(/^.*\//, '') || 'unattributable'})`,
      );
      console.log(
        `# ${formFactor} run ${run}: load average ${before} → ${load()}; long tasks: ${listed.join(', ') || 'none'}`,
      );
    }
  }
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}
