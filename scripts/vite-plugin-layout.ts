/**
 * Computes the built-in map's layout at build time and serves it as the virtual module
 * `virtual:builtin-layout` (a plain JSON Layout), so the page ships positions, not the
 * layout code: the first screen never loads the crossing minimisation. Re-runs in dev
 * when the dataset changes. An imported dataset is laid out in a worker instead.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LEVELS, TRACKS, type Role, type Transition } from '../src/data/schema';
import { layeredLayout } from '../src/graph/layered';
import type { Layout } from '../src/data/layout';

const ID = 'virtual:builtin-layout';
const RESOLVED = `\0${ID}`;

/** The layout of a dataset file; out-of-scope roles are not drawn, as in buildGraph. */
export function layoutOfFile(file: string): Layout {
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    roles: (Role & { outOfScope?: boolean })[];
    transitions: Transition[];
  };
  return layeredLayout(
    data.roles.filter((r) => !r.outOfScope),
    data.transitions,
    { levels: LEVELS, tracks: TRACKS },
  );
}

export function builtinLayout(file = fileURLToPath(new URL('../src/data/careers.json', import.meta.url))): Plugin {
  return {
    name: 'career-builtin-layout',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(file);
      return `export default ${JSON.stringify(layoutOfFile(file))};`;
    },
  };
}
