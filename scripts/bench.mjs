#!/usr/bin/env node
// `npm run bench`: runs every benchmark in scripts/bench/*.bench.ts one after another (so
// they do not compete for the two cores) and passes their `BENCH <name> <value> <unit>`
// lines through. Timings vary with machine load; see docs/benchmarks.md for recorded runs.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const benches = readdirSync('scripts/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n# ${file}`);
  const r = spawnSync('npx', ['tsx', `scripts/bench/${file}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
