/**
 * The map's zoom, fit and reset buttons (issue 26, item 5): a toolbar named for the map, buttons
 * whose names say what they do (the + and − glyphs are named "Zoom in" and "Zoom out" for screen
 * readers), each calling its own action once, from the pointer or the keyboard — in both languages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import MapControls from '../../src/views/MapControls.svelte';
import { useLocale } from '../../src/state/locale-state.svelte';

function setup() {
  const actions = { onzoomin: vi.fn(), onzoomout: vi.fn(), onfit: vi.fn(), onreset: vi.fn() };
  render(MapControls, actions);
  return actions;
}

const called = (actions: ReturnType<typeof setup>) =>
  Object.entries(actions)
    .filter(([, f]) => f.mock.calls.length)
    .map(([name, f]) => `${name}×${f.mock.calls.length}`);

describe('MapControls', () => {
  afterEach(() => useLocale('en'));

  it.each([
    ['Zoom in', 'onzoomin'],
    ['Zoom out', 'onzoomout'],
    ['Fit all', 'onfit'],
    ['Reset', 'onreset'],
  ])('“%s” calls %s and nothing else', async (name, action) => {
    const actions = setup();
    await userEvent.click(screen.getByRole('button', { name }));
    expect(called(actions)).toEqual([`${action}×1`]);
  });

  it('a toolbar named for the map, used from the keyboard', async () => {
    const actions = setup();
    const toolbar = screen.getByRole('toolbar', { name: 'Map controls' });
    expect(
      within(toolbar)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['+', '−', 'Fit all', 'Reset']);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(called(actions)).toEqual(['onzoomin×1', 'onfit×1']);
  });

  it('reads in Spanish', async () => {
    useLocale('es');
    const actions = setup();
    expect(screen.getByRole('toolbar', { name: 'Controles del mapa' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Alejar' }));
    await userEvent.click(screen.getByRole('button', { name: 'Restablecer' }));
    expect(screen.getByRole('button', { name: 'Acercar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ver todo' })).toBeInTheDocument();
    expect(called(actions)).toEqual(['onzoomout×1', 'onreset×1']);
  });
});
