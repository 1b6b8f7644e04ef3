/**
 * The role panel's sections for a real built-in role (the cancer registrar): each under its
 * heading, in order, with the content a counselor reads out — pay with its source and year,
 * education statements with their sources, the credential with its body and former name, tasks,
 * titles and outlook — in English and Spanish; and closing the panel hands focus back to the role.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import RolePanel from '../../src/views/RolePanel.svelte';
import App from '../../src/App.svelte';
import { createModel } from '../../src/graph/model';
import { builtinDataset } from '../../src/data/builtin';
import { useLocale } from '../../src/state/locale-state.svelte';
import builtinLayout from 'virtual:builtin-layout';

const model = createModel(builtinDataset);

function setup(roleId = 'registrar') {
  const onclose = vi.fn();
  render(RolePanel, {
    model,
    role: model.roles.get(roleId)!,
    focus: false,
    onselect: vi.fn(),
    onclose,
    onfocus: vi.fn(),
  });
  return { onclose };
}

/** Everything between a section's heading and the next one. */
function section(heading: string): HTMLElement {
  const h = screen.getByRole('heading', { level: 3, name: heading });
  const box = document.createElement('div');
  for (let el = h.nextElementSibling; el && el.tagName !== 'H3'; el = el.nextElementSibling)
    box.append(el.cloneNode(true));
  return box;
}

describe('RolePanel sections', () => {
  afterEach(() => useLocale('en'));

  it('has every section, in order, for the cancer registrar', () => {
    setup();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Next moves',
      'How people get here',
      'Career paths people reported (Zippia)',
      'Pay',
      'Outlook',
      'Education',
      'Credentials',
      'What the work involves',
      'Also called',
      'In Spanish-language job ads',
    ]);
    expect(screen.getByRole('region', { name: 'Cancer / Tumor Registrar' })).toHaveTextContent('SOC 29-2071, 29-9021');
  });

  // The pay table loads with the first role opened, hence findBy.
  it('shows each pay figure with its statistic, year and source', async () => {
    setup();
    const name = /salary figures for cancer \/ tumor registrar/i;
    const table = await screen.findByRole('table', { name }, { timeout: 5000 });
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('$58,250'))!;
    expect(row).toHaveTextContent('$58,250 a year');
    expect(row).toHaveTextContent('median');
    expect(row).toHaveTextContent('2022');
    expect(row).toHaveTextContent('U.S. Bureau of Labor Statistics, Occupational Outlook Handbook');
    expect(row).toHaveTextContent('Health Information Technologists and Medical Registrars');
  });

  it('says what each outlook figure counts, its period and that it is a projection, beside the source’s words and source', () => {
    setup();
    const outlook = section('Outlook');
    expect(outlook).toHaveTextContent(
      'Projected growth in the number of jobs, 2022–2032: +16% — Health Information Technologists and Medical Registrars; as printed: “Job Outlook, 2022-32 16% (Much faster than average)”; U.S. Bureau of Labor Statistics, Occupational Outlook Handbook (May 2022 wages; 2022 jobs; 2022-32 projections)',
    );
    expect(outlook).toHaveTextContent('Number of jobs in 2018: 215,500');
    // Seed 000's 2016 figure was projected in the 2008-09 edition: never a count.
    expect(outlook).toHaveTextContent('Projected number of jobs in 2016: 200,000');
  });

  it('gives the typical education and each statement with its source', () => {
    setup();
    const education = section('Education');
    expect(education).toHaveTextContent('Typical: Associate degree');
    expect(education).toHaveTextContent(
      'plus 1,950 hours of registry experience. — NCRA Council on Certification (current at access date)',
    );
    expect(education).toHaveTextContent('require cancer registrars to be licensed');
    expect(within(education).getAllByRole('listitem')).toHaveLength(4);
  });

  it('names the credential, its awarding body, its former name and its eligibility routes', () => {
    setup();
    const credentials = section('Credentials');
    expect(credentials).toHaveTextContent(
      'ODS — Oncology Data Specialist, awarded by National Cancer Registrars Association (NCRA) Council on Certification (NCRA)',
    );
    expect(credentials).toHaveTextContent('CTR');
    expect(credentials).toHaveTextContent('Route B: "1,950 hours (equal to one year full-time) experience');
    // NCRA's pay claim, said to be NCRA's own, with its source.
    expect(credentials).toHaveTextContent(
      /Pay: NCRA's own claim \(not an independent survey.*\$25,000.* — National Cancer Registrars Association \(NCRA\)/,
    );
  });

  it('lists the tasks, the titles as printed and the Spanish job-ad titles', () => {
    setup();
    expect(section('What the work involves')).toHaveTextContent(
      'Maintain facility, regional, and national databases of cancer patients',
    );
    expect(section('Also called')).toHaveTextContent('Cancer Registrar · Tumor Registrar · Cancer Registrars');
    expect(section('In Spanish-language job ads')).toHaveTextContent(
      'registrador de tumores · registradora de tumores',
    );
  });

  it('reads in Spanish, the source’s outlook words kept in English', () => {
    useLocale('es');
    setup();
    expect(section('Estudios')).toHaveTextContent('Lo típico: Título de asociado');
    expect(section('Estudios')).toHaveTextContent('más 1,950 horas de experiencia en un registro');
    const outlook = section('Perspectivas');
    const quotes = [...outlook.querySelectorAll('[lang="en"]')].map((q) => q.textContent);
    expect(quotes).toContain('Job Outlook, 2022-32 16% (Much faster than average)');
    expect(outlook).toHaveTextContent('proyecciones 2022-32');
    expect(outlook).toHaveTextContent('Crecimiento proyectado del número de empleos, 2022–2032: +16%');
    expect(outlook).toHaveTextContent(
      'Crecimiento proyectado del número de empleos, sin indicar (probablemente 2014-24, inferencia): +15%',
    );
    expect(section('En qué consiste el trabajo')).toHaveTextContent('Mantener bases de datos institucionales');
    expect(section('También se llama').querySelector('[lang="en"]')).toHaveTextContent('Cancer Registrar');
  });

  it('closes from its button', async () => {
    const { onclose } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Close role panel' }));
    expect(onclose).toHaveBeenCalledOnce();
  });
});

describe('Closing the role panel', () => {
  beforeAll(async () => {
    await Promise.all([import('../../src/views/RoleList.svelte'), import('../../src/views/RolePanel.svelte')]);
  }, 60_000);

  it('returns focus to the role in the list', async () => {
    history.replaceState(null, '', '/?view=list');
    render(App, { builtin: { dataset: builtinDataset, layout: builtinLayout } });
    await userEvent.click(await screen.findByRole('button', { name: 'Cancer / Tumor Registrar' }));
    const panel = await screen.findByRole('region', { name: 'Cancer / Tumor Registrar' }, { timeout: 5000 });
    await userEvent.click(within(panel).getByRole('button', { name: 'Close role panel' }));
    expect(screen.queryByRole('region', { name: 'Cancer / Tumor Registrar' })).toBeNull();
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancer / Tumor Registrar' })),
    );
    expect(location.search).not.toContain('role=');
  });
});
