/**
 * Validates the built-in dataset at build time and serves it as `virtual:builtin-dataset`.
 * A bad careers.json fails the build (and every test that loads it), so the page trusts the
 * file it shipped: zod stays out of the first screen and only imported data is validated at
 * run time. The module is a JSON string handed to JSON.parse, which browsers parse faster
 * than the same data written as a JavaScript object literal. What ships is zod's output
 * (trimmed strings, defaults), exactly what validating at start-up used to produce.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { assertDataset } from '../src/data/validate';

const ID = 'virtual:builtin-dataset';
const RESOLVED = `\0${ID}`;

/** The module's source: the validated dataset as a string literal for JSON.parse. Throws on a bad file. */
export function builtinDataModule(file: string): string {
  const dataset = assertDataset(JSON.parse(readFileSync(file, 'utf8')));
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
}

export function builtinData(file = fileURLToPath(new URL('../src/data/careers.json', import.meta.url))): Plugin {
  return {
    name: 'career-builtin-data',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(file);
      return builtinDataModule(file);
    },
  };
}
