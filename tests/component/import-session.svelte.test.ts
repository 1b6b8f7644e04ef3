/**
 * The Data panel's import, without the panel: what the user is told after each outcome, and that
 * refused or unshowable data never reaches the map.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ImportProgress, ImportResult } from '../../src/data/import/types';
import { ImportSession } from '../../src/state/import-session.svelte';
import { miniDataset } from '../fixtures/mini-dataset';

const file = (name: string) => new File(['x'], name);

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ImportSession', () => {
  it('shows progress while importing, then counts and warnings, and hands the data over once', async () => {
    const pending = deferred<ImportResult>();
    let report: ((p: ImportProgress) => void) | undefined;
    const session = new ImportSession((_files, onProgress) => ((report = onProgress), pending.promise));
    const show = vi.fn();
    const done = session.run([file('roles.csv'), file('transitions.csv')], 'built-in', show);
    expect(session.status).toEqual({ kind: 'busy', progress: { stage: 'reading', fraction: 0 } });
    report?.({ stage: 'validating', fraction: 0.5 });
    expect(session.status).toEqual({ kind: 'busy', progress: { stage: 'validating', fraction: 0.5 } });
    const dataset = miniDataset();
    const warnings = [{ file: 'roles.csv', row: 2, message: 'unused column' }];
    pending.resolve({ ok: true, dataset, files: ['roles.csv', 'transitions.csv'], warnings });
    await done;
    expect(show).toHaveBeenCalledExactlyOnceWith(dataset);
    expect(session.status).toEqual({
      kind: 'imported',
      roles: dataset.roles.length,
      moves: dataset.transitions.length,
      files: ['roles.csv', 'transitions.csv'],
      warnings,
    });
  });

  it('ignores a second import while one runs', async () => {
    const pending = deferred<ImportResult>();
    const importer = vi.fn(() => pending.promise);
    const session = new ImportSession(importer);
    const first = session.run([file('a.json')], 'built-in', () => {});
    await session.run([file('b.json')], 'built-in', () => {});
    expect(importer).toHaveBeenCalledOnce();
    pending.resolve({ ok: false, files: ['a.json'], problems: [] });
    await first;
  });

  it('a refused import keeps the data shown and names it', async () => {
    const problems = [{ file: 'x.json', message: 'not JSON' }];
    const session = new ImportSession(async () => ({ ok: false, files: ['x.json'], problems }));
    const show = vi.fn();
    await session.run([file('x.json')], 'Our lattice', show);
    expect(show).not.toHaveBeenCalled();
    expect(session.status).toEqual({ kind: 'refused', problems, files: ['x.json'], keptName: 'Our lattice' });
  });

  it('data that passes every check but cannot be shown is reported as refused, with the reason', async () => {
    const session = new ImportSession(async () => ({
      ok: true,
      dataset: miniDataset(),
      files: ['big.json'],
      warnings: [],
    }));
    await session.run([file('big.json')], 'built-in', () => {
      throw new Error('graph too large');
    });
    expect(session.status).toMatchObject({
      kind: 'refused',
      keptName: 'built-in',
      problems: [{ file: 'big.json', message: 'the app could not show this data: graph too large' }],
    });
  });

  it('says "Imported" only once the data is drawn, and reports a drawing failure as refused', async () => {
    const drawn = deferred<void>();
    const session = new ImportSession(async () => ({
      ok: true,
      dataset: miniDataset(),
      files: ['a.json'],
      warnings: [],
    }));
    const done = session.run([file('a.json')], 'built-in', () => drawn.promise);
    await vi.waitFor(() => expect(session.status).toMatchObject({ kind: 'busy', progress: { stage: 'showing' } }));
    drawn.resolve();
    await done;
    expect(session.status.kind).toBe('imported');

    await session.run([file('b.json')], 'built-in', () => Promise.reject(new Error('layout worker failed')));
    expect(session.status).toMatchObject({
      kind: 'refused',
      problems: [{ message: 'the app could not show this data: layout worker failed' }],
    });
  });

  it('choosing no file does nothing, and reset clears the last outcome', async () => {
    const importer = vi.fn();
    const session = new ImportSession(importer);
    await session.run([], 'built-in', () => {});
    expect(importer).not.toHaveBeenCalled();
    session.status = { kind: 'refused', problems: [], files: [], keptName: 'x' };
    session.reset();
    expect(session.status).toEqual({ kind: 'idle' });
  });
});
