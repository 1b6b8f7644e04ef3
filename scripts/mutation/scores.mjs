// The mutation scores recorded in reports/mutation/stryker-incremental.json, per file and per folder,
// as the Markdown table docs/testing.md shows: `node scripts/mutation/scores.mjs`.
// Score = (killed + timeouts) / every mutant run (no coverage counts against it; ignored ones are left out).
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync('reports/mutation/stryker-incremental.json', 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

function tally(mutants) {
  const counted = mutants.filter((m) => COUNTED.has(m.status));
  const count = (status) => counted.filter((m) => m.status === status).length;
  const detected = counted.filter((m) => DETECTED.has(m.status)).length;
  const score = counted.length ? ((100 * detected) / counted.length).toFixed(1) : '–';
  return `${counted.length} | ${score} % | ${count('Killed')} | ${count('Timeout')} | ${count('Survived')} | ${count('NoCoverage')}`;
}

const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
const folders = new Map();
for (const [name, file] of files) {
  const folder = name.slice(0, name.lastIndexOf('/'));
  folders.set(folder, [...(folders.get(folder) ?? []), ...file.mutants]);
}
console.log('| file or folder | mutants | score | killed | timeouts | survived | no coverage |');
console.log('|---|---|---|---|---|---|---|');
for (const [folder, mutants] of folders) {
  console.log(`| **\`${folder}/\`** (files run so far) | ${tally(mutants)} |`);
  for (const [name, file] of files.filter(([n]) => n.slice(0, n.lastIndexOf('/')) === folder)) {
    console.log(`| \`${name.slice(folder.length + 1)}\` | ${tally(file.mutants)} |`);
  }
}
