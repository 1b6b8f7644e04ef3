/**
 * Start-up: the built-in data is fetched as JSON before the app shows; a failed download
 * says so and can be retried without reloading the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Boot from '../../src/Boot.svelte';
import { builtinDataset } from '../../src/data/builtin';
import builtinLayout from 'virtual:builtin-layout';
import { builtinFileText } from '../../src/data/builtin-file';

afterEach(() => {
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('Boot', () => {
  // First: a successful download is kept for the page's life, a failed one is not.
  it('a server error is a failed download too', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('gone', { status: 404 })));
    render(Boot);
    expect(await screen.findByRole('alert')).toHaveTextContent('Check the connection, then try again.');
  });

  it('shows a loading line, then the app with the fetched data; a failed download offers to try again', async () => {
    const body = builtinFileText({ dataset: builtinDataset, layout: builtinLayout });
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    render(Boot);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the career map…');
    expect(await screen.findByRole('alert')).toHaveTextContent('The career data could not be loaded');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Career Path Explorer' })).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`— ${builtinDataset.roles.filter((r) => !r.outOfScope).length} roles and`)),
    ).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('speaks the language the address asks for before the app has started', async () => {
    history.replaceState(null, '', '/?lang=es');
    render(Boot);
    expect(screen.getByRole('status')).toHaveTextContent('Cargando el mapa de carreras…');
    expect(document.documentElement.lang).toBe('es');
    expect(await screen.findByRole('heading', { name: 'Explorador de rutas profesionales' })).toBeInTheDocument();
  });
});
