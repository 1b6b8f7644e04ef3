/**
 * A route card as a counselor reads it (issues 23 item 3 and 26): the total first, then parts that
 * add up to it with what runs alongside said so; each step's time, study (recommended preparation
 * named), exams and requirements with their strength; a move no source lists explained; and a
 * relaxed route marked with what it skips — in English and Spanish.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import RouteCard from '../../src/views/RouteCard.svelte';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { kBestRoutes, type Constraints } from '../../src/graph/routes';
import { salaryOfModel } from '../../src/graph/planner-query';
import { useLocale } from '../../src/state/locale-state.svelte';

const model = createModel(builtinDataset);
const salaryOf = salaryOfModel(model);

function setup(from: string, to: string, has: Partial<Constraints> = {}) {
  const route = kBestRoutes(model.graph, from, to, { k: 1, ...has })[0]!;
  const handlers = { onselect: vi.fn(), oncompare: vi.fn(), onplan: vi.fn() };
  render(RouteCard, { model, route, index: 0, selected: false, compared: false, salaryOf, ...handlers });
  const card = screen.getByRole('article');
  return { route, card, handlers };
}

/** The summary's total and the parts a reader adds up (before the first ";"). */
function readTotals(card: HTMLElement) {
  const text = card.querySelector('.totals')!.textContent!;
  const [, total, added] = /^≈?([\d.]+) (?:years|años): ([^;]*)/.exec(text)!;
  const parts = added!.split(' + ').map((p) => Number(/^[\d.]+/.exec(p)![0]));
  return { text, total: Number(total), sum: Math.round(parts.reduce((s, p) => s + p, 0) * 10) / 10 };
}

/** The route's steps (the outer list's items; each holds its own lists of parts and requirements). */
const steps = (card: HTMLElement) => [...card.querySelectorAll<HTMLElement>('ol.steps > li')];

describe('RouteCard', () => {
  afterEach(() => useLocale('en'));

  it('front desk → coder: the parts add up to the total, the coding course alongside, the move explained', async () => {
    const { card, handlers } = setup('patient_access', 'coder');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Route 1: Patient Access / Patient Service Representative → Medical Coder',
    );
    const { text, total, sum } = readTotals(card);
    expect(sum).toBe(total);
    expect(text).toMatch(/^≈[\d.]+ years: [\d.]+ in jobs \+ [\d.]+ more while part-time study finishes; /);
    expect(text).toMatch(
      /of these years, [\d.]+ studying part-time alongside work \(Medical coding certificate or course/,
    );
    expect(text).toMatch(/; CCA exam$/);
    expect(card).toHaveTextContent(/Range [\d.]+–[\d.]+ years \(job years include estimates\)/);
    const [step] = steps(card);
    expect(step).toHaveTextContent(
      'No source lists this move: it is open because you can meet what the Medical Coder job asks for',
    );
    expect(step).toHaveTextContent(
      /study: Medical coding certificate or course .*; recommended preparation, not required/,
    );
    expect(step).toHaveTextContent('exam: CCA (AHIMA)');
    expect(step).toHaveTextContent('○ earned on this route: CCA (usually asked for)');
    expect(card).not.toHaveTextContent('Skips');
    await userEvent.click(within(card).getByRole('button', { name: 'Make a plan from this route' }));
    expect(handlers.onplan).toHaveBeenCalledOnce();
  });

  it('a coder who stops at an associate degree: the HIT degree runs alongside, what each step needs', () => {
    const { card } = setup('coder', 'coding_manager', { heldCredentials: ['cca'], educationCeiling: 'associate' });
    const { text, total, sum } = readTotals(card);
    expect(sum).toBe(total);
    expect(text).toContain('studying part-time alongside work (Associate degree in health information technology');
    const last = steps(card).at(-1)!;
    // The degree starts during the earlier coding jobs (issue 23, item 3), and the step says so.
    expect(last).toHaveTextContent(/part-time alongside work \(about 4 yrs\); begun [\d.]+ yrs? before this step/);
    expect(last).toHaveTextContent('○ earned on this route: RHIT (usually asked for)');
    expect(card).toHaveTextContent('New credentials: CCS, RHIT');
  });

  it('a relaxed route is marked, names what it skips, and each step lists what it skips', () => {
    const has = { heldCredentials: ['cca'], educationCeiling: 'associate' as const, relaxTypical: true };
    const { card } = setup('coder', 'coding_manager', has);
    const mark = card.querySelector('.relaxed')!;
    expect(mark).toHaveTextContent(
      /^Fewer requirements than usual Skips the usual .*RHIT.*: most employers ask for this/,
    );
    const last = steps(card).at(-1)!;
    expect(last).toHaveTextContent('✕ skipped (usually asked for): RHIT');
    expect(last).toHaveTextContent('✕ skipped (usually asked for): Associate degree');
    expect(card).toHaveTextContent('New credentials: none');
    const { total, sum } = readTotals(card);
    expect(sum).toBe(total);
  });

  it('an education a job asks for reads as a floor, so a degree earned on the route covers it', () => {
    // Front desk → registrar: the HIT job asks for a postsecondary certificate, the route earns the
    // HIT associate degree; "earned: Postsecondary certificate" alone read as a second thing to get.
    const { card } = setup('patient_access', 'registrar');
    expect(card).toHaveTextContent('○ earned on this route: Postsecondary certificate or higher (usually asked for)');
    expect(card).toHaveTextContent('○ earned on this route: Associate degree in health information technology');
    expect(card).toHaveTextContent('✓ met: Associate degree or higher (usually asked for)');
  });

  it('the education floor reads in Spanish', () => {
    useLocale('es');
    const { card } = setup('patient_access', 'registrar');
    expect(card).toHaveTextContent('se obtiene en esta ruta: Certificado postsecundario o superior');
  });

  it('reads in Spanish: total, parts, the move explained and the relaxed mark', () => {
    useLocale('es');
    const { card } = setup('patient_access', 'coder');
    const { text, total, sum } = readTotals(card);
    expect(sum).toBe(total);
    expect(text).toMatch(/^≈[\d.]+ años: [\d.]+ en empleos \+ /);
    expect(text).toContain('de estudio a tiempo parcial mientras trabaja');
    expect(steps(card)[0]).toHaveTextContent(/^.*Ninguna fuente cita este cambio/);
    expect(steps(card)[0]).toHaveTextContent('preparación recomendada, no obligatoria');
  });

  it('a relaxed route reads in Spanish', () => {
    useLocale('es');
    const has = { heldCredentials: ['cca'], educationCeiling: 'associate' as const, relaxTypical: true };
    const { card } = setup('coder', 'coding_manager', has);
    expect(card.querySelector('.relaxed')).toHaveTextContent(/^Menos requisitos de lo habitual Omite lo habitual \(/);
    expect(steps(card).at(-1)).toHaveTextContent('✕ se omite (suele pedirse): RHIT');
  });
});
