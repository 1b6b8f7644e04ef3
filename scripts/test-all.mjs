#!/usr/bin/env node
// Runs every test suite (unit + component with vitest, e2e with Playwright in Debian's
// Chromium) and ends with the plain line "N passed, N failed" that CI reads; vitest's
// and Playwright's own summaries are not recognised there.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const VITEST_JSON = '.vitest-results.json';
const PLAYWRIGHT_JSON = '.playwright-results.json';

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function vitestCounts() {
  if (!existsSync(VITEST_JSON)) return { passed: 0, failed: 1 };
  const j = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
  return {
    passed: j.numPassedTests ?? 0,
    failed: (j.numFailedTests ?? 0) + (j.numTotalTestSuites && j.success === false && !j.numFailedTests ? 1 : 0),
  };
}

function playwrightCounts() {
  if (!existsSync(PLAYWRIGHT_JSON)) return { passed: 0, failed: 1 };
  const s = JSON.parse(readFileSync(PLAYWRIGHT_JSON, 'utf8')).stats ?? {};
  // "flaky" passed on retry; count it as passed but it is reported by Playwright above.
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0 };
}

for (const f of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(f, { force: true });

let setupFailed = 0;
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_JSON}`,
]);

if (
  run('bash', ['scripts/ensure-chromium.sh']) !== 0 ||
  run('npx', ['vite', 'build', '--mode', 'e2e', '--logLevel', 'warn']) !== 0
) {
  setupFailed = 1;
}
const e2eStatus = setupFailed ? 1 : run('npx', ['playwright', 'test']);

const v = vitestCounts();
const p = setupFailed ? { passed: 0, failed: 1 } : playwrightCounts();
const passed = v.passed + p.passed;
const failed =
  v.failed + p.failed + (vitestStatus !== 0 && v.failed === 0 ? 1 : 0) + (e2eStatus !== 0 && p.failed === 0 ? 1 : 0);
console.log(`\nunit+component: ${v.passed} passed, ${v.failed} failed; e2e: ${p.passed} passed, ${p.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
