/**
 * The map's key (issue 26, item 5): a group named for the map, the two kinds of arrow each beside
 * a sample in the colour the map draws it, how to read years, and the levels in the order the map
 * lays them out left to right — in English and Spanish.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import Legend from '../../src/views/Legend.svelte';
import { EDGE_COLORS } from '../../src/data/palette';
import { useLocale } from '../../src/state/locale-state.svelte';

/** Each key item's words and the colour of its sample line. */
function items(legend: HTMLElement) {
  return within(legend)
    .getAllByRole('listitem')
    .map((li) => [li.textContent, li.querySelector<HTMLElement>('.line')?.style.getPropertyValue('--sample') ?? null]);
}

describe('Legend', () => {
  afterEach(() => useLocale('en'));

  it('names each kind of move beside the colour the map draws it in, then the levels left to right', () => {
    render(Legend);
    const legend = screen.getByRole('group', { name: 'Map legend' });
    // jsdom has no colour-scheme queries: the light screen, where the map keeps the data's colours.
    expect(items(legend)).toEqual([
      ['Advancement', EDGE_COLORS.advancement],
      ['Lateral move', EDGE_COLORS.lateral],
      [expect.stringMatching(/^Thicker arrows take longer; .*≈ marks an estimate/), null],
    ]);
    expect(legend).toHaveTextContent(/^How to read the map/);
    expect(legend).toHaveTextContent(/Entry → Mid-career → Senior → Leadership$/);
  });

  it('reads in Spanish', () => {
    useLocale('es');
    render(Legend);
    const legend = screen.getByRole('group', { name: 'Leyenda del mapa' });
    expect(items(legend).map(([text]) => text)).toEqual([
      'Ascenso',
      'Cambio lateral',
      expect.stringMatching(/^Las flechas más gruesas tardan más/),
    ]);
    expect(legend).toHaveTextContent(/^Cómo leer el mapa/);
    expect(legend).toHaveTextContent(/Inicial → Intermedio → Avanzado → Dirección$/);
  });
});
