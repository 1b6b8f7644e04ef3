/**
 * The download buttons: each offers its format, and what it hands to the download is the data on
 * screen — the dataset as JSON, the map's graph as GEXF in the version chosen, the drawn map as
 * PNG — under the right file name and type; a failed download says so, in the reader's language.
 * The download itself (a Blob URL, which jsdom lacks) and the PNG encoder are stand-ins.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DataExport from '../../src/views/DataExport.svelte';
import { createModel } from '../../src/graph/model';
import { builtinDataset } from '../../src/data/builtin';
import { useLocale } from '../../src/state/locale-state.svelte';
import type { CareerRenderer } from '../../src/graph/types';

const download = vi.hoisted(() => ({ downloadBlob: vi.fn((_blob: Blob, _name: string) => true) }));
vi.mock('../../src/lib/download', () => download);
const png = vi.hoisted(() => new Blob(['png'], { type: 'image/png' }));
const rendererToPng = vi.hoisted(() => vi.fn(async () => png));
vi.mock('../../src/map/png', () => ({ rendererToPng }));

const model = createModel(builtinDataset);

function setup(renderer: CareerRenderer | null = null) {
  render(DataExport, { dataset: builtinDataset, graph: model.graph, getRenderer: () => Promise.resolve(renderer) });
  return within(screen.getByRole('group', { name: /Download|Descargar/ }));
}

/** The last file handed to the download: its text, name and type. */
async function lastFile(): Promise<[string, string, string]> {
  const [blob, name] = download.downloadBlob.mock.lastCall!;
  return [await blob.text(), name, blob.type];
}

describe('DataExport', () => {
  beforeEach(() => vi.clearAllMocks());
  afterEach(() => useLocale('en'));

  it('offers GEXF in two versions, PNG and JSON', () => {
    const group = setup();
    expect(group.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Download GEXF',
      'Download PNG',
      'Download JSON',
    ]);
    const version = group.getByRole('combobox', { name: 'GEXF version' });
    expect(version).toHaveValue('1.2');
    expect(
      within(version)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['1.2 — read by most tools', '1.3 — Gephi 0.10+, networkx 3, graphology']);
  });

  it('downloads the whole dataset as JSON that reads back to the same data', async () => {
    const group = setup();
    await userEvent.click(group.getByRole('button', { name: 'Download JSON' }));
    await vi.waitFor(() => expect(download.downloadBlob).toHaveBeenCalledOnce());
    const [text, name, type] = await lastFile();
    expect(name).toBe('career-paths.json');
    expect(type).toBe('application/json;charset=utf-8');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(builtinDataset)));
    expect(await screen.findByRole('status')).toHaveTextContent('career-paths.json downloaded.');
  });

  it('downloads the graph as GEXF 1.2, or 1.3 when chosen, with every role and move', async () => {
    const group = setup();
    await userEvent.click(group.getByRole('button', { name: 'Download GEXF' }));
    // The GEXF writer loads on first use.
    await vi.waitFor(() => expect(download.downloadBlob).toHaveBeenCalledOnce());
    const [gexf12, name, type] = await lastFile();
    expect([name, type]).toEqual(['career-paths.gexf', 'application/gexf+xml;charset=utf-8']);
    expect(gexf12).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(gexf12.match(/<node /g)).toHaveLength(model.graph.order);
    expect(gexf12.match(/<edge /g)).toHaveLength(model.graph.size);
    expect(gexf12).toContain('label="Medical Coder"');

    await userEvent.selectOptions(group.getByRole('combobox', { name: 'GEXF version' }), '1.3');
    await userEvent.click(group.getByRole('button', { name: 'Download GEXF' }));
    await vi.waitFor(() => expect(download.downloadBlob).toHaveBeenCalledTimes(2));
    expect((await lastFile())[0]).toContain('xmlns="http://gexf.net/1.3"');
  });

  it('saves the drawn map as PNG', async () => {
    const renderer = {} as CareerRenderer;
    const group = setup(renderer);
    await userEvent.click(group.getByRole('button', { name: 'Download PNG' }));
    expect(await screen.findByRole('status')).toHaveTextContent('career-paths.png downloaded.');
    expect(rendererToPng).toHaveBeenCalledWith(renderer);
    expect(download.downloadBlob).toHaveBeenCalledWith(png, 'career-paths.png');
  });

  it('says why there is no PNG without a drawn map, and saves nothing', async () => {
    const group = setup(null);
    await userEvent.click(group.getByRole('button', { name: 'Download PNG' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The PNG download failed: the map is not drawn in this browser (WebGL is unavailable)',
    );
    expect(download.downloadBlob).not.toHaveBeenCalled();
  });

  it('does not claim a download the browser could not make', async () => {
    download.downloadBlob.mockReturnValueOnce(false);
    const group = setup();
    await userEvent.click(group.getByRole('button', { name: 'Download JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The JSON download failed: This browser cannot download files from the page.',
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('speaks Spanish, the failure included', async () => {
    useLocale('es');
    const group = setup(null);
    expect(group.getByRole('combobox', { name: 'Versión de GEXF' })).toBeInTheDocument();
    await userEvent.click(group.getByRole('button', { name: 'Descargar PNG' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Falló la descarga de PNG: el mapa no se dibuja en este navegador (no hay WebGL)',
    );
    await userEvent.click(group.getByRole('button', { name: 'Descargar JSON' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Se descargó career-paths.json.');
  });
});
