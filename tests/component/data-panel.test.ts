import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DataPanel from '../../src/views/DataPanel.svelte';
import UpdateBanner from '../../src/views/UpdateBanner.svelte';
import { importFiles } from '../../src/data/import/client';
import { createModel } from '../../src/graph/model';
import type { ImportResult } from '../../src/data/import/types';
import { miniDataset } from '../fixtures/mini-dataset';

function setup(result: ImportResult | null, isBuiltin = true) {
  const model = createModel(miniDataset());
  const onimport = vi.fn();
  const onrestore = vi.fn();
  // null: the real importer, in-thread (jsdom has no Worker), with the mini dataset as base.
  const importer = result
    ? vi.fn(async () => result)
    : (files: File[]) => importFiles(files, () => {}, { base: miniDataset(), useWorker: false });
  render(DataPanel, {
    dataset: model.dataset,
    graph: model.graph,
    isBuiltin,
    onimport,
    onrestore,
    importer,
    getRenderer: () => Promise.resolve(null),
  });
  return { onimport, onrestore, user: userEvent.setup() };
}

const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

describe('DataPanel', () => {
  it('lists every problem as text in an alert and says nothing changed', async () => {
    const { onimport, user } = setup({
      ok: false,
      files: ['roles.csv'],
      problems: [{ file: 'roles.csv', row: 3, field: 'title', message: 'is <b>bold</b>' }],
    });
    await user.upload(screen.getByLabelText('Import data'), file('roles.csv', 'x'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was changed: the app still shows “mini”');
    expect(within(alert).getByRole('listitem').textContent).toBe('roles.csv row 3, column title: is <b>bold</b>');
    expect(alert.querySelector('b')).toBeNull();
    expect(onimport).not.toHaveBeenCalled();
  });

  it('imports a valid CSV with the real importer and reports the counts', async () => {
    const { onimport, user } = setup(null);
    const roles =
      'id,title,track,level,typical_education\na,<script>alert(1)</script>,records,entry,none\nb,B,coding,mid,none\n';
    await user.upload(screen.getByLabelText('Import data'), [
      file('roles.csv', roles),
      file('transitions.csv', 'from,to,years\na,b,1\n'),
    ]);
    expect(await screen.findByText('Imported 2 roles and 1 move from roles.csv, transitions.csv.')).toBeInTheDocument();
    expect(onimport).toHaveBeenCalledOnce();
    expect(onimport.mock.calls[0]?.[0].roles[0].title).toBe('<script>alert(1)</script>');
  });

  it('offers the restore button only for imported data', async () => {
    const { onrestore, user } = setup({ ok: false, files: [], problems: [] }, false);
    await user.click(screen.getByRole('button', { name: 'Restore the built-in data' }));
    expect(onrestore).toHaveBeenCalledOnce();
  });

  it('explains why there is no PNG without a drawn map', async () => {
    const { user } = setup({ ok: false, files: [], problems: [] });
    await user.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('WebGL is unavailable');
  });
});

describe('UpdateBanner', () => {
  it('is hidden without a waiting worker', () => {
    render(UpdateBanner, { waiting: null });
    expect(screen.queryByText(/new version/)).toBeNull();
  });

  it('hands the waiting worker to onreload', async () => {
    const waiting = { postMessage: vi.fn() } as unknown as ServiceWorker;
    const onreload = vi.fn();
    render(UpdateBanner, { waiting, onreload });
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available — Reload to update');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(onreload).toHaveBeenCalledWith(waiting);
  });
});
