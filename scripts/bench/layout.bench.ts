/**
 * Layout benchmark: the layered layout (src/graph/layered) on the built-in data, as the
 * build step runs it, and on generated graphs at the size limits where it switches to
 * cheaper steps (50 roles / 100 moves: all steps; 150 / 600: one variant, no polishing;
 * beyond: the quick layout), up to 5,000 roles and 50,000 moves, as the import worker
 * would run them. Also prints the readability measure of the built-in layout.
 *
 *   npx tsx scripts/bench/layout.bench.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { LEVELS, TRACKS, type Role, type Transition } from '../../src/data/schema';
import { layeredLayout } from '../../src/graph/layered';
import { measureLayout } from '../../src/graph/layered/measure';
import { mulberry32 } from './prng';
import { bench as print } from './report';

const bench = (name: string, value: number, unit: string): void => print(name, value, unit, 1);
const axes = { levels: LEVELS, tracks: TRACKS };
type Input = { roles: Pick<Role, 'id' | 'level' | 'track'>[]; transitions: Pick<Transition, 'id' | 'from' | 'to'>[] };

/** Roles spread over levels and tracks; moves mostly one or two levels up, some sideways. */
function generated(roleCount: number, moveCount: number, seed = 20261130): Input {
  const rand = mulberry32(seed);
  const roles = Array.from({ length: roleCount }, (_, i) => ({
    id: `r${i}`,
    level: LEVELS[Math.floor((i * 4) / roleCount)]!,
    track: TRACKS[i % 10]!,
  }));
  const seen = new Set<string>();
  const transitions: { id: string; from: string; to: string }[] = [];
  while (transitions.length < moveCount) {
    const a = Math.floor(rand() * roleCount);
    const b = Math.min(roleCount - 1, a + 1 + Math.floor(rand() * (roleCount / 2)));
    if (a === b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    transitions.push({ id: `t${transitions.length}`, from: `r${a}`, to: `r${b}` });
  }
  return { roles, transitions };
}

function time(run: () => void, reps: number): number {
  const t = performance.now();
  for (let i = 0; i < reps; i++) run();
  return (performance.now() - t) / reps;
}

const data = JSON.parse(readFileSync('src/data/careers.json', 'utf8')) as {
  roles: (Input['roles'][number] & { outOfScope?: boolean })[];
  transitions: Input['transitions'];
};
const roles = data.roles.filter((r) => !r.outOfScope);
const layout = layeredLayout(roles, data.transitions, axes);
const m = measureLayout(
  new Map(Object.entries(layout.positions)),
  data.transitions.map((t) => ({ id: t.id, source: t.from, target: t.to })),
  layout.curvature,
);
console.log(`# built-in data: ${roles.length} roles, ${data.transitions.length} moves`);
bench('layout-builtin-crossings', m.crossings, 'crossings');
bench('layout-builtin-edges-through-dots', m.throughDots, 'edges');
bench(
  'layout-builtin',
  time(() => layeredLayout(roles, data.transitions, axes), 3),
  'ms',
);
for (const [n, e] of [
  [50, 100],
  [150, 600],
  [1000, 5000],
  [5000, 50000],
] as const) {
  const g = generated(n, e);
  bench(
    `layout-${n}-roles-${e}-moves`,
    time(() => layeredLayout(g.roles, g.transitions, axes), n > 1000 ? 3 : 1),
    'ms',
  );
}
