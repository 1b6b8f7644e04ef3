/**
 * A role's credentials as a counselor reads them (issue 26, item 5): each by abbreviation, name and
 * awarding body; eligibility exactly as the sources state it, each statement with its source; a
 * renamed credential with its former name and year (the CTR became the ODS in 2024); what it does to
 * pay only where a source says, otherwise that no source does; unverified eligibility marked; and
 * an honest empty state — in English and Spanish.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import CredentialList from '../../src/views/CredentialList.svelte';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { useLocale } from '../../src/state/locale-state.svelte';
import type { Locale } from '../../src/i18n/locale';

const model = createModel(builtinDataset);
const credential = (id: string) => builtinDataset.credentials.find((c) => c.id === id)!;

function setup(ids: string[], locale: Locale = 'en') {
  useLocale(locale);
  render(CredentialList, { model, credentials: ids.map(credential), locale });
  const list = screen.queryAllByRole('list')[0];
  /** Each credential's item (the outer list's own items, not its eligibility statements). */
  const entries = list ? [...list.children].filter((el) => el.tagName === 'LI') : [];
  return entries as HTMLElement[];
}
const eligibility = (entry: HTMLElement) => within(entry).getAllByRole('listitem');

describe('CredentialList', () => {
  afterEach(() => useLocale('en'));

  it('the ODS: body, former name, post-nominal, each eligibility route with its source, the pay claim with its source', () => {
    const [ods] = setup(['ods']);
    expect(ods).toHaveTextContent(
      /^ODS — Oncology Data Specialist, awarded by National Cancer Registrars Association \(NCRA\) Council on Certification \(NCRA\)/,
    );
    expect(ods).toHaveTextContent('Called CTR (Certified Tumor Registrar) until 2024.');
    expect(ods).toHaveTextContent('Holders write ODS-C after their name.');
    expect(ods).not.toHaveTextContent("eligibility not verified on the awarding body's page");
    const routes = eligibility(ods!);
    expect(routes).toHaveLength(3);
    expect(routes[0]).toHaveTextContent(
      /^Route A: "160 hours of work practicum .* — NCRA Council on Certification \(current at access date\); National Cancer Registrars Association \(NCRA\)/,
    );
    expect(routes[2]).toHaveTextContent(/— Zippia \(not stated; captured after Aug 2016/);
    expect(ods).toHaveTextContent(
      /Pay: NCRA's own claim \(not an independent survey.*\$25,000 more.* — National Cancer Registrars Association \(NCRA\)/,
    );
  });

  it('a credential no source prices says so, and unverified eligibility is marked', () => {
    const [cca, cpc] = setup(['cca', 'cpc']);
    expect(cca).toHaveTextContent(/^CCA — Certified Coding Associate, awarded by American Health Information/);
    expect(cca).toHaveTextContent("eligibility not verified on the awarding body's page");
    expect(cca).toHaveTextContent('Pay: no source in the data gives a pay difference for holding it.');
    expect(cca).not.toHaveTextContent('Called ');
    expect(eligibility(cca!)[0]).toHaveTextContent(
      /^Required: a "high school diploma" or equivalent\. — open-exam-prep/,
    );
    expect(cpc).not.toHaveTextContent('eligibility not verified');
  });

  it('a credential known only from the seed pages (RHIT) is marked not verified too', () => {
    // It was shown unmarked, as if read on AHIMA's page; its note says it was not re-checked there.
    const [rhit] = setup(['rhit']);
    expect(rhit).toHaveTextContent("eligibility not verified on the awarding body's page");
  });

  it('with no credential, says none is typical rather than showing an empty list', () => {
    expect(setup([])).toEqual([]);
    expect(screen.getByText('No credential is typical for this role in our sources.')).toBeInTheDocument();
  });

  it('reads in Spanish: names, statements, the former name and the pay claim', () => {
    const [ods] = setup(['ods'], 'es');
    expect(ods).toHaveTextContent(/^ODS — .*, otorgada por National Cancer Registrars Association/);
    expect(ods).toHaveTextContent('Se llamaba CTR (Certified Tumor Registrar) hasta 2024.');
    expect(ods).toHaveTextContent('Quienes la tienen escriben ODS-C después de su nombre.');
    expect(eligibility(ods!)[0]).toHaveTextContent(/^Vía A: /);
    expect(ods).toHaveTextContent(/Salario: Afirmación de la propia NCRA/);
  });

  it('the empty state in Spanish', () => {
    setup([], 'es');
    expect(
      screen.getByText('Según nuestras fuentes, ninguna credencial es típica para este puesto.'),
    ).toBeInTheDocument();
  });
});
