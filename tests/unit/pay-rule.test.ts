/**
 * Whose pay a role shows (docs/data.md, "Headline pay"): the most specific occupation that
 * describes the role today, even when only a secondary site reports it; older and combined
 * occupations are its history; a broader occupation is never the role's own. A route that
 * earns a credential says what a source claims about its pay, or that no source does.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import type { Salary } from '../../src/data/schema';
import { createModel } from '../../src/graph/model';
import { pickFigure, roleHeadline } from '../../src/graph/salary/pick-figure';
import { constantDollarSalaryOf } from '../../src/graph/salary/role-salary';
import { credentialPayLines, sameFigureAtBothEnds } from '../../src/text/credential-pay';

const model = createModel(builtinDataset);
const headline = (roleId: string) => {
  const h = roleHeadline(model, roleId);
  if (!h.ok) throw new Error(h.reason);
  return h.picked;
};

describe('headline pay on the built-in data', () => {
  it.each(['hi_clerk', 'hit', 'roi_specialist', 'coder', 'coder_facility', 'coder_pro'])(
    '%s shows the medical records specialists figure (29-2072), not the combined 2020 profile',
    (roleId) => {
      const picked = headline(roleId);
      expect(picked.point).toMatchObject({ soc: '29-2072', value: 50250, year: 2024 });
      expect(picked.broader).toBe(false);
      // The combined 2020 median and the old-code figures stay in the role's figures, as history.
      const ids = (model.salariesByRole.get(roleId) ?? []).map((s) => s.id);
      expect(ids).toEqual(expect.arrayContaining(['bls-mrhis-2020-median', 's9', 'bls-29-2071-2018-median']));
    },
  );

  it('the registrar shows its own occupation today (29-9021), not the pre-2018 code', () => {
    expect(headline('registrar').point).toMatchObject({ soc: '29-9021', value: 58250 });
  });

  it('the informatics manager shows all medical and health services managers as broader, never ranked as its own', () => {
    expect(headline('informatics_manager')).toMatchObject({ broader: true, point: { soc: '11-9111' } });
    expect(constantDollarSalaryOf(model)('informatics_manager')).toBeUndefined();
    expect(headline('him_manager').broader).toBe(false);
  });
});

describe('the rule on figures of every kind', () => {
  const fig = (id: string, extra: Partial<Salary>): Salary => ({
    id,
    roles: ['r'],
    occupation: id,
    statistic: 'median',
    period: 'annual',
    value: 1,
    year: 2020,
    scope: 'national',
    quote: '1',
    source: 'primary',
    ...extra,
  });
  const sources = new Map([
    ['primary', { status: 'verified' as const }],
    ['secondary', { status: 'secondary' as const }],
  ]);
  const context = { sources, formerSoc: ['29-2071'], broaderSoc: ['11-9111'] };
  const own = fig('own', { soc: '29-2072', source: 'secondary', year: 2024 });
  const former = fig('former', { soc: '29-2071', year: 2018 });
  const combined = fig('combined', { year: 2020 });
  const wide = fig('wide', { soc: '11-9111', year: 2024 });

  it('own occupation today, then history (former code or no code), then broader', () => {
    expect(pickFigure([wide, combined, former, own], 'median', context)!.point.id).toBe('own');
    const history = pickFigure([wide, combined, former], 'median', context)!;
    expect([history.point.id, history.history, history.broader]).toEqual(['combined', true, false]);
    const broader = pickFigure([wide], 'median', context)!;
    expect([broader.broader, broader.history]).toEqual([true, false]);
  });
});

describe('credentials and pay on a route', () => {
  it('says no source gives a pay difference for the CCS, and that coder and facility coder share one figure', () => {
    expect(credentialPayLines(model, { newCredentials: ['ccs'] }, 'en')).toEqual([
      'CCS and pay: no source in the data gives a pay difference for holding it.',
    ]);
    expect(sameFigureAtBothEnds(model, { roles: ['coder', 'coder_facility'] })).toBe(true);
    expect(sameFigureAtBothEnds(model, { roles: ['hit', 'registrar'] })).toBe(false);
  });

  it('gives NCRA’s own claim for the ODS, said to be the credential body’s, in both languages', () => {
    const [en] = credentialPayLines(model, { newCredentials: ['ods'] }, 'en');
    expect(en).toMatch(/^ODS and pay: NCRA's own claim \(not an independent survey/);
    expect(en).toContain('$25,000');
    expect(en).toMatch(/ — National Cancer Registrars Association \(NCRA\) \(current at access date\)$/);
    const [es] = credentialPayLines(model, { newCredentials: ['ods'] }, 'es');
    expect(es).toMatch(/^ODS y salario: Afirmación de la propia NCRA/);
    expect(es).toMatch(/ — National Cancer Registrars Association \(NCRA\) \(vigente en la fecha de consulta\)$/);
  });
});
