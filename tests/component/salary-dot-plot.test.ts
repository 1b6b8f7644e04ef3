/**
 * A role's salary figures as published, plotted by year and source: every annual figure is a
 * mark named by its statistic, amount, year, occupation and source, so two sources that disagree
 * stand side by side; the legend names each source with its data year, in the reader's language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import SalaryDotPlot from '../../src/views/SalaryDotPlot.svelte';
import type { Salary, Source } from '../../src/data/schema';
import { useLocale } from '../../src/state/locale-state.svelte';
import { oewsSource } from '../fixtures/mini-dataset';

const sources = new Map<string, Source>([
  ['oews', oewsSource()],
  ['portal', { id: 'portal', kind: 'seed', publisher: 'Career portal', title: 'P', dataYear: '2016', status: 'seed' }],
]);

const figure = (over: Partial<Salary> & Pick<Salary, 'id' | 'value' | 'source'>): Salary => ({
  roles: ['coder'],
  occupation: 'Medical Records Specialists',
  soc: '29-2072',
  statistic: 'median',
  period: 'annual',
  year: 2021,
  scope: 'national',
  quote: 'q',
  ...over,
});

/** BLS says $46,660 in 2021; a career portal printed $38,000 (mean) for 2016 and a range. */
const disagreeing: Salary[] = [
  figure({ id: 'bls', value: 46660, source: 'oews' }),
  figure({ id: 'portal-mean', value: 38000, statistic: 'mean', year: 2016, source: 'portal' }),
  figure({ id: 'portal-range', value: 30000, high: 52000, statistic: 'range', year: 2016, source: 'portal' }),
];

function plot(salaries: readonly Salary[]) {
  render(SalaryDotPlot, { salaries, sources, roleTitle: 'Medical Coder' });
}
const marks = () => [...screen.getByRole('img').querySelectorAll('g > title')].map((t) => t.textContent);

describe('SalaryDotPlot', () => {
  afterEach(() => useLocale('en'));

  it('shows both sources where they disagree, each figure with its statistic, year, occupation and source', () => {
    plot(disagreeing);
    expect(
      screen.getByRole('figure', {
        name: 'Pay of Medical Coder as published: median, average (mean), typical range, by year and source',
      }),
    ).toBeInTheDocument();
    expect(marks()).toEqual([
      'median $46,660 a year, 2021, Medical Records Specialists (29-2072), U.S. Bureau of Labor Statistics (OEWS) (May 2021)',
      'average (mean) $38,000 a year, 2016, Medical Records Specialists (29-2072), Career portal (2016)',
      'typical range $30,000–$52,000 a year, 2016, Medical Records Specialists (29-2072), Career portal (2016)',
    ]);
    // The range is a bar; the two point figures are not.
    expect(screen.getByRole('img').querySelectorAll('line.range')).toHaveLength(1);
    const legend = screen.getByRole('list');
    expect(legend).toHaveTextContent('U.S. Bureau of Labor Statistics (May 2021)');
    expect(legend).toHaveTextContent('Career portal (2016)');
    expect(screen.getByRole('img')).toHaveTextContent('2016');
    expect(screen.getByRole('img')).toHaveTextContent('2021');
  });

  it('draws nothing for a single figure: the table beside it says all there is', () => {
    plot(disagreeing.slice(0, 1));
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('keeps hourly figures out of the plot and counts them in the caption', () => {
    const hourly = (id: string) => figure({ id, value: 22.43, period: 'hourly', source: 'oews' });
    plot([...disagreeing, hourly('h1'), hourly('h2')]);
    expect(marks()).toHaveLength(3);
    expect(screen.getByRole('figure')).toHaveTextContent('; 2 hourly figures only in the table.');
  });

  it('marks an undated figure in its own column and an employer’s figure hollow', () => {
    plot([
      ...disagreeing,
      figure({ id: 'undated', value: 41000, year: null, yearNote: 'not stated', source: 'portal' }),
      figure({ id: 'employer', value: 44000, scope: 'company', company: 'A clinic', source: 'portal' }),
    ]);
    expect(screen.getByRole('img')).toHaveTextContent('undated');
    expect(marks()).toContain(
      'median $41,000 a year, year not stated, Medical Records Specialists (29-2072), Career portal (2016)',
    );
    expect(screen.getByRole('img').querySelectorAll('path.mark.hollow')).toHaveLength(1);
  });

  it('reads in Spanish: the names, the statistics and each source’s data year', () => {
    useLocale('es');
    plot(disagreeing);
    expect(
      screen.getByRole('figure', {
        name: /^Salario de Medical Coder tal como se publicó: mediana, promedio \(media\), rango típico, por año y fuente$/,
      }),
    ).toBeInTheDocument();
    expect(marks()[0]).toBe(
      'mediana $46,660 al año, 2021, Medical Records Specialists (29-2072), U.S. Bureau of Labor Statistics (OEWS) (mayo de 2021)',
    );
    // The legend gives the data year as the citation does, not the English "May 2021".
    expect(screen.getByRole('list')).toHaveTextContent('U.S. Bureau of Labor Statistics (mayo de 2021)');
  });
});
