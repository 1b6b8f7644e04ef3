import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import LocalizedText from '../../src/views/LocalizedText.svelte';
import { roleText } from '../../src/data/localize';

const imported = { title: 'Chart Abstractor', description: 'Abstracts charts.', tasks: [] };

describe('LocalizedText', () => {
  it('shows English that stands in for Spanish as English, with lang="en" and "(en inglés)"', () => {
    const { container } = render(LocalizedText, { item: roleText(imported, 'es').title });
    expect(container.textContent).toBe('Chart Abstractor (en inglés)');
    expect(container.querySelector('[lang="en"]')?.textContent).toBe('Chart Abstractor');
  });

  it('shows Spanish plainly, marking only the source quoted in English', () => {
    const item = { text: 'Fuente 002: "with experience" (con experiencia).', lang: 'es', fellBack: false } as const;
    const { container } = render(LocalizedText, { item });
    expect(container.textContent).toBe(item.text);
    expect([...container.querySelectorAll('[lang]')].map((e) => [e.getAttribute('lang'), e.textContent])).toEqual([
      ['en', '"with experience"'],
    ]);
  });

  it('adds nothing to English in the English interface', () => {
    const { container } = render(LocalizedText, { item: roleText(imported, 'en').title });
    expect(container.textContent).toBe('Chart Abstractor');
    expect(container.querySelector('[lang]')).toBeNull();
  });
});
