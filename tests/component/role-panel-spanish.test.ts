/**
 * The role panel in Spanish: the dataset's Spanish where it has it, English marked as English
 * (lang="en", "(en inglés)") where an imported dataset has none, and source quotes kept in English.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import RolePanel from '../../src/views/RolePanel.svelte';
import { createModel } from '../../src/graph/model';
import { builtinDataset } from '../../src/data/builtin';
import { useLocale } from '../../src/state/locale-state.svelte';
import { miniDataset } from '../fixtures/mini-dataset';
import type { Dataset } from '../../src/data/schema';

function setup(dataset: Dataset, roleId: string) {
  const model = createModel(dataset);
  return render(RolePanel, {
    model,
    role: model.roles.get(roleId)!,
    focus: false,
    onselect: vi.fn(),
    onclose: vi.fn(),
    onfocus: vi.fn(),
  });
}

describe('RolePanel in Spanish', () => {
  afterEach(() => useLocale('en'));

  it('reads the built-in role in Spanish, quotes from sources kept in English', () => {
    useLocale('es');
    const { container } = setup(builtinDataset, 'coder');
    expect(screen.getByRole('region', { name: 'Codificador/a médico/a' })).toBeInTheDocument();
    expect(container.querySelector('.tags')).toHaveTextContent('Codificación médica · Inicial');
    expect(screen.getByText(/Codificar la información médica del paciente/)).toBeInTheDocument();
    const quoted = [...container.querySelectorAll('[lang="en"]')].map((e) => e.textContent);
    expect(quoted).toContain('"known as medical coders or clinical coding specialists"');
    // Moves: the other role's title, the estimate's method and the move's note in Spanish.
    expect(screen.getByRole('link', { name: 'Registrador/a de tumores (cáncer)' })).toBeInTheDocument();
    expect(screen.getByText(/unos dos años de codificación antes de un puesto de aprendiz/)).toBeInTheDocument();
    expect(screen.getByText(/los codificadores pasan a menudo a registros de cáncer/)).toBeInTheDocument();
    // Credentials: the abbreviation stays, the name and the eligibility are in Spanish.
    expect(screen.getByText(/Asociado\/a certificado\/a en codificación/)).toBeInTheDocument();
    expect(screen.getByText(/Obligatorio: un/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'En anuncios en español' })).toBeInTheDocument();
    expect(screen.getByText(/codificador médico · codificadora médica/)).toBeInTheDocument();
  });

  it('shows an imported role without Spanish in English, marked as such', () => {
    useLocale('es');
    const { container } = setup(miniDataset(), 'coder');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Coder (en inglés)');
    expect(heading.querySelector('[lang="en"]')?.textContent).toBe('Coder');
    expect(container.querySelectorAll('.fallback').length).toBeGreaterThan(1);
  });
});
