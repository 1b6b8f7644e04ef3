/**
 * Validates the built-in dataset at build time. A bad careers.json fails the build (and every
 * test that loads it), so the page trusts the file it shipped: zod stays out of the first
 * screen and only imported data is validated at run time. What ships is zod's output (trimmed
 * strings, defaults), exactly what validating at start-up used to produce.
 *
 * The page gets it as data, not code: `virtual:builtin-data-url` is the address of a JSON file
 * holding the dataset and its layout (computed here, see vite-plugin-layout) a part per line, so
 * the page parses it over several short tasks (src/data/builtin-file.ts), written to the
 * build under a content hash (so the service worker precaches it and a new dataset is a new
 * file) and preloaded from index.html, so its download runs alongside the JavaScript's. In dev
 * the same JSON is served by the dev server. Tests and build scripts read the dataset at once
 * from `virtual:builtin-dataset` (a string for JSON.parse).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { assertDataset } from '../src/data/validate';
import { builtinFileText } from '../src/data/builtin-file';
import { layoutOfFile } from './vite-plugin-layout';

const DATASET_ID = 'virtual:builtin-dataset';
const URL_ID = 'virtual:builtin-data-url';
/** Where the dev server answers with the JSON (the build writes a hashed file instead). */
const DEV_PATH = '@builtin-data/careers.json';

/** The module's source: the validated dataset as a string literal for JSON.parse. Throws on a bad file. */
export function builtinDataModule(file: string): string {
  const dataset = assertDataset(JSON.parse(readFileSync(file, 'utf8')));
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
}

/** The file the page fetches: the dataset and its layout, a part per line (src/data/builtin-file.ts). Throws on a bad file. */
export function builtinDataJson(file: string): string {
  const dataset = assertDataset(JSON.parse(readFileSync(file, 'utf8')));
  return builtinFileText({ dataset, layout: layoutOfFile(file) });
}

/** `assets/careers-<hash>.json`: a new name whenever the content changes. */
export function builtinDataFileName(json: string): string {
  return `assets/careers-${createHash('sha256').update(json).digest('base64url').slice(0, 10)}.json`;
}

export function builtinData(file = fileURLToPath(new URL('../src/data/careers.json', import.meta.url))): Plugin {
  let base = '/';
  let building = false;
  /** Built once per build (or per dev request): validation and layout take a second or two. */
  let asset: { json: string; fileName: string } | null = null;
  const current = () => {
    if (!asset) {
      const json = builtinDataJson(file);
      asset = { json, fileName: builtinDataFileName(json) };
    }
    return asset;
  };
  /** The hashed file in a build; in dev (and tests) a fixed address, so nothing is computed until asked. */
  const path = () => base + (building ? current().fileName : DEV_PATH);
  return {
    name: 'career-builtin-data',
    configResolved(config) {
      base = config.base;
      building = config.command === 'build';
    },
    buildStart() {
      asset = null;
    },
    resolveId(id) {
      return id === DATASET_ID || id === URL_ID ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${DATASET_ID}`) {
        this.addWatchFile(file);
        return builtinDataModule(file);
      }
      if (id !== `\0${URL_ID}`) return null;
      this.addWatchFile(file);
      if (building) this.emitFile({ type: 'asset', fileName: current().fileName, source: current().json });
      return `export default ${JSON.stringify(path())};`;
    },
    // The download starts with the page's, not after the entry script has run.
    transformIndexHtml() {
      return [{ tag: 'link', attrs: { rel: 'preload', as: 'fetch', href: path(), crossorigin: '' }, injectTo: 'head' }];
    },
    configureServer(server) {
      server.watcher.on('change', (changed) => {
        if (changed === file) asset = null;
      });
      server.middlewares.use(`${base}${DEV_PATH}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(current().json);
      });
    },
  };
}
