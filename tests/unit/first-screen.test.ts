import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstScreenChunks, MAP_CHUNKS, type Manifest } from '../../scripts/first-screen';
import { builtinDataFileName, builtinDataJson, builtinDataModule } from '../../scripts/vite-plugin-builtin-data';
import { builtinFileSteps } from '../../src/data/builtin-file';
import { runAll } from '../../src/lib/slices';

describe('first-screen chunks from the build manifest', () => {
  const manifest: Manifest = {
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      imports: ['_runtime.js'],
      dynamicImports: ['node_modules/sigma/dist/sigma.esm.js', 'src/views/PlansPage.svelte'],
    },
    '_runtime.js': { file: 'assets/runtime.js' },
    'node_modules/sigma/dist/sigma.esm.js': { file: 'assets/sigma.js', imports: ['_shared.js'] },
    '_shared.js': { file: 'assets/shared.js', imports: ['_runtime.js'] },
    'src/views/PlansPage.svelte': { file: 'assets/plans.js', imports: ['_zod.js'] },
    '_zod.js': { file: 'assets/zod.js' },
  };

  it(
    'counts the entry, its static imports and the map’s sigma chunk, each once, and no view loaded on demand',
    { timeout: 60_000 },
    () => {
      expect(firstScreenChunks(manifest).map((k) => manifest[k]!.file)).toEqual([
        'assets/index.js',
        'assets/runtime.js',
        'assets/sigma.js',
        'assets/shared.js',
      ]);
    },
  );
});

describe('the map chunks the first screen counts', () => {
  // A moved module (the map programs left src/views/map for src/map) would silently drop out of the count.
  it('each names a module that exists', () => {
    const files = [
      ...readdirSync('src', { recursive: true, encoding: 'utf8' }).map((f) => `src/${f}`),
      ...readdirSync('node_modules/sigma/dist', { encoding: 'utf8' }).map((f) => `node_modules/sigma/dist/${f}`),
      ...readdirSync('node_modules/@sigma/edge-curve', { recursive: true, encoding: 'utf8' }).map(
        (f) => `node_modules/@sigma/edge-curve/${f}`,
      ),
    ];
    for (const pattern of MAP_CHUNKS)
      expect(
        files.some((f) => pattern.test(f)),
        String(pattern),
      ).toBe(true);
  });
});

describe('the built-in dataset is validated at build time', () => {
  it('serves careers.json as a string for JSON.parse, trimmed by the schema', { timeout: 60_000 }, () => {
    const source = builtinDataModule('src/data/careers.json');
    expect(source.startsWith('export default JSON.parse("')).toBe(true);
    const roles = (JSON.parse(readFileSync('src/data/careers.json', 'utf8')) as { roles: unknown[] }).roles;
    const literal = JSON.parse(source.slice('export default JSON.parse('.length, -');'.length)) as string;
    expect((JSON.parse(literal) as { roles: unknown[] }).roles).toHaveLength(roles.length);
  });

  it(
    'ships the page its data as a JSON file: the dataset and a position for every role on the map, under a name that changes with the content',
    { timeout: 60_000 },
    () => {
      const shipped = runAll(builtinFileSteps(builtinDataJson('src/data/careers.json')));
      const onMap = shipped.dataset.roles.filter((r) => !r.outOfScope).map((r) => r.id);
      expect(onMap.length).toBeGreaterThan(0);
      expect(onMap.filter((id) => !shipped.layout.positions[id])).toEqual([]);
      expect(builtinDataFileName('{"a":1}')).toMatch(/^assets\/careers-[\w-]{10}\.json$/);
      expect(builtinDataFileName('{"a":2}')).not.toBe(builtinDataFileName('{"a":1}'));
    },
  );

  it('fails on a file that breaks a reference, naming the problem', { timeout: 60_000 }, () => {
    const data = JSON.parse(readFileSync('src/data/careers.json', 'utf8')) as { transitions: { to: string }[] };
    data.transitions[0]!.to = 'no_such_role';
    const file = join(mkdtempSync(join(tmpdir(), 'careers-')), 'careers.json');
    writeFileSync(file, JSON.stringify(data));
    expect(() => builtinDataModule(file)).toThrow(/no_such_role/);
  });
});
