/**
 * Two small views the others lean on: Highlighted marks the matched letters of a search result
 * (as text, never as HTML), and Lazy stands in for a part of the page while it loads, then says
 * so plainly if it cannot be fetched instead of leaving a blank.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import Highlighted from '../../src/views/Highlighted.svelte';
import Lazy from '../../src/views/Lazy.svelte';
import { swUpdate } from '../../src/state/update-state.svelte';

describe('Highlighted', () => {
  const marks = (container: HTMLElement) => [...container.querySelectorAll('mark')].map((m) => m.textContent);

  it('marks each matched range, ends included, in order whatever order they come in', () => {
    const { container } = render(Highlighted, {
      text: 'Medical Coder',
      ranges: [
        [8, 10],
        [0, 2],
      ],
    });
    expect(container).toHaveTextContent('Medical Coder');
    expect(marks(container)).toEqual(['Med', 'Cod']);
  });

  it('skips a range overlapping the one before it or starting past the end', () => {
    const { container } = render(Highlighted, {
      text: 'RHIT',
      ranges: [
        [0, 2],
        [1, 3],
        [9, 12],
      ],
    });
    expect(container).toHaveTextContent('RHIT');
    expect(marks(container)).toEqual(['RHI']);
  });

  it('shows the text as text: a title with markup characters is not HTML', () => {
    const { container } = render(Highlighted, { text: '<b>CTR</b> & ODS', ranges: [[3, 5]] });
    expect(container).toHaveTextContent('<b>CTR</b> & ODS');
    expect(container.querySelector('b')).toBeNull();
    expect(marks(container)).toEqual(['CTR']);
  });
});

describe('Lazy', () => {
  afterEach(() => {
    swUpdate.otherTab = false;
  });
  const shown = createRawSnippet((name: () => unknown) => ({ render: () => `<p>Loaded ${String(name())}</p>` }));

  it('says it is loading, then shows the part', async () => {
    let resolve!: (m: { default: string }) => void;
    render(Lazy, { load: () => new Promise((r) => (resolve = r)), children: shown });
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    resolve({ default: 'the planner' });
    expect(await screen.findByText('Loaded the planner')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('says the part could not be loaded, as an alert, instead of staying blank', async () => {
    render(Lazy, { load: () => Promise.reject(new Error('offline')), children: shown });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This part of the app could not be loaded. Check the connection and reload the page.',
    );
  });

  it('after another tab updated the app, says that rather than blaming the connection', async () => {
    swUpdate.otherTab = true;
    render(Lazy, { load: () => Promise.reject(new Error('404')), children: shown });
    expect(await screen.findByRole('alert')).toHaveTextContent('The app was updated in another tab. Reload this tab');
  });
});
