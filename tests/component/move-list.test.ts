/**
 * A role's moves as the role panel lists them, on the built-in data: each a link that selects the
 * other role, quickest first, with its years (an estimate marked, with its range and method), its
 * kind, what it asks for (alternatives included) and its source — in English and Spanish — and a
 * role with many moves shown a page at a time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import MoveList from '../../src/views/MoveList.svelte';
import { createModel } from '../../src/graph/model';
import { builtinDataset } from '../../src/data/builtin';
import { useLocale } from '../../src/state/locale-state.svelte';
import { miniDataset } from '../fixtures/mini-dataset';

const builtin = createModel(builtinDataset);

function setup(roleId: string, direction: 'out' | 'in', model = builtin) {
  const onselect = vi.fn();
  const view = render(MoveList, { model, roleId, direction, onselect });
  return { onselect, view };
}

/** The list item of the move whose link is named `title`. */
const item = (title: string) => screen.getByRole('link', { name: title }).closest('li')!;

describe('MoveList', () => {
  afterEach(() => useLocale('en'));

  it('lists next moves quickest first, each link selecting the role it leads to', async () => {
    const { onselect } = setup('coder', 'out');
    // t10, t11, t33 take 2 years (ties by title), t28 and t30 2.15, t37 2.5.
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Cancer / Tumor Registrar',
      'Facility / Inpatient Coding Specialist',
      'Professional-Fee (Physician) Coder',
      'HIM / Coding Educator',
      'HIM Manager / Health Information Manager',
      'Clinical Documentation Integrity (CDI) Specialist',
    ]);
    expect(screen.getByRole('link', { name: 'Cancer / Tumor Registrar' })).toHaveAttribute('href', '?role=registrar');
    await userEvent.click(screen.getByRole('link', { name: 'HIM / Coding Educator' }));
    expect(onselect).toHaveBeenCalledWith('educator');
  });

  it('gives a sourced move its years, kind, credential and source, without an estimate badge', () => {
    setup('coder', 'out');
    const ccs = item('Facility / Inpatient Coding Specialist');
    expect(ccs).toHaveTextContent('1–2 yrs in this role first');
    expect(ccs).toHaveTextContent('advancement');
    expect(ccs).toHaveTextContent('Needs: CCS');
    expect(ccs).toHaveTextContent('Source: AHIMA (current at access date)');
    expect(ccs).not.toHaveTextContent('estimated');
    expect(ccs).not.toHaveTextContent('≈');
  });

  it('marks an estimated move with ≈, its range, the badge and the method', () => {
    setup('coder', 'out');
    const registrar = item('Cancer / Tumor Registrar');
    expect(registrar).toHaveTextContent('≈2 yrs (estimate, 1–3) in this role first');
    expect(registrar).toHaveTextContent('lateral move');
    expect(registrar).toHaveTextContent('Needs: Associate degree');
    expect(registrar).toHaveTextContent('estimated');
    expect(registrar).toHaveTextContent('about two years of coding before a registry trainee post');
    expect(registrar).toHaveTextContent(
      'Source: National Cancer Registrars Association (NCRA) (current at access date); NCRA Council on Certification',
    );
  });

  it('names every way to qualify: one of several credentials is still a requirement', () => {
    setup('coder', 'in');
    // t4 states no requirement of its own: the coder's hiring rule names it (the coding course is
    // only recommended before the CCA, and the CPC-A asks for nothing: domain-facts.md); t9: its own four.
    expect(item('Medical Scribe')).toHaveTextContent('Needs: CCA, CPC-A, RHIT, or RHIA');
    expect(item('Health Information / Medical Records Technician')).toHaveTextContent(
      'Needs: CCA, CPC-A, RHIT, or RHIA',
    );
    expect(item('Medical Scribe')).not.toHaveTextContent('No new credential required');
    expect(item('Medical Scribe')).toHaveTextContent('≈1 yr (estimate, 0.5–2) in that role first');
  });

  it('says a move asks for nothing new, and when a role has no moves', () => {
    setup('hi_clerk', 'in');
    expect(item('Medical Secretary / Unit Clerk')).toHaveTextContent('No new credential required');
    setup('cdi_manager', 'out');
    expect(screen.getByText('No further moves are recorded from this role.')).toBeInTheDocument();
    setup('scribe', 'in');
    expect(screen.getByText('No recorded moves lead into this role.')).toBeInTheDocument();
  });

  it('reads in Spanish: titles, kind, years, requirements, method and source dates', () => {
    useLocale('es');
    setup('coder', 'out');
    const registrar = item('Registrador/a de tumores (cáncer)');
    expect(registrar).toHaveTextContent('cambio lateral');
    expect(registrar).toHaveTextContent('≈2 años (estimación, 1–3) en este puesto primero');
    expect(registrar).toHaveTextContent('Requiere: Título de asociado (associate degree)');
    expect(registrar).toHaveTextContent('estimación');
    expect(registrar).toHaveTextContent('unos dos años de codificación antes de un puesto de aprendiz');
    expect(registrar).toHaveTextContent(
      'Fuente: National Cancer Registrars Association (NCRA) (vigente en la fecha de consulta)',
    );
    expect(item('Especialista en codificación hospitalaria (pacientes internados)')).toHaveTextContent('ascenso');
  });

  it('joins alternatives with the Spanish "o"', () => {
    useLocale('es');
    setup('coder', 'in');
    expect(item('Escriba médico/a (medical scribe)')).toHaveTextContent('Requiere: CCA, CPC-A, RHIT o RHIA');
  });
});

describe('MoveList on a role with many moves', () => {
  /** The mini dataset's technician with 130 more moves out, to generated roles r000…r129. */
  function hub() {
    const d = miniDataset();
    for (let i = 0; i < 130; i++) {
      const id = `r${String(i).padStart(3, '0')}`;
      d.roles.push({ ...d.roles[2]!, id, title: `Role ${id}`, titles: [] });
      const years = { typical: 2 + i / 100, low: 2, high: 4, estimated: false };
      d.transitions.push({
        id: `m${id}`,
        from: 'tech',
        to: id,
        kind: 'lateral',
        years,
        requires: { credentials: [] },
        sources: ['seed-a'],
      });
    }
    return createModel(d);
  }

  it('shows 25 at first, then 100 more a press, and starts again on another role', async () => {
    const model = hub();
    const { view } = setup('tech', 'out', model);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(25);
    await userEvent.click(screen.getByRole('button', { name: 'Show 100 more (107 not shown)' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(125);
    await userEvent.click(screen.getByRole('button', { name: 'Show 7 more (7 not shown)' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(132);
    expect(screen.queryByRole('button')).toBeNull();
    // Quickest first: the generated moves between the 1-year and the 5-year one.
    const links = within(list)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect([links[0], links[1], links[130], links[131]]).toEqual(['Coder', 'Role r000', 'Role r129', 'Manager']);
    await view.rerender({ roleId: 'coder' });
    await view.rerender({ roleId: 'tech' });
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(25);
  });
});
