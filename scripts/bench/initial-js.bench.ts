/**
 * First-screen JavaScript of the last build (`npx vite build` first): every chunk requested
 * before the map is interactive, from dist/.vite/manifest.json. Prints BENCH lines in KB
 * (1,000 bytes) and the load average (sizes do not depend on it; noted for the record).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstScreenSizes, type Manifest } from '../first-screen';
import { bench, note, noteLoad } from './report';

const dist = process.env.BENCH_DIST ?? 'dist';
const manifestFile = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  console.log(`# ${manifestFile} is missing: run \`npx vite build\` first`);
  process.exit(0);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
const sizes = firstScreenSizes(manifest, (file) => readFileSync(join(dist, file)));
for (const s of sizes) note(`${s.file}: ${(s.raw / 1000).toFixed(1)} KB raw, ${(s.gzip / 1000).toFixed(1)} KB gzip`);
const kb = (n: number) => Number((n / 1000).toFixed(1));
bench('initial_js_raw', kb(sizes.reduce((a, s) => a + s.raw, 0)), 'KB', 1);
bench('initial_js_gzip', kb(sizes.reduce((a, s) => a + s.gzip, 0)), 'KB', 1);
bench('initial_js_chunks', sizes.length, 'files');
noteLoad();
