/**
 * The headline-pay rule (src/graph/salary/pick-figure.ts, docs/data.md) on the built-in data:
 * every figure shown names its source, year and occupation; a figure for a wider occupation
 * is never shown or ranked as the role's own pay; a primary source wins where one exists.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import type { Salary } from '../../src/data/schema';
import { createModel } from '../../src/graph/model';
import {
  PLOT_STATISTICS,
  figureFit,
  isBroaderFigure,
  pickFigure,
  roleHeadline,
} from '../../src/graph/salary/pick-figure';
import {
  figureLabel,
  figureWhen,
  occupationLabel,
  rolePayLabel,
  sourceShortName,
  wholeOccupation,
} from '../../src/graph/salary/figure-label';
import { constantDollarSalaryOf } from '../../src/graph/salary/role-salary';
import { routeSalarySeries } from '../../src/graph/salary/route-series';
import { headlineSalary } from '../../src/text/salary-summary';
import { chartGeometry, SERIES_STYLES } from '../../src/graph/salary/chart-geometry';

const model = createModel(builtinDataset);
const roles = builtinDataset.roles;

describe('headline pay on the built-in data', () => {
  it('every headline figure names its source, year and occupation, in the label a card shows', () => {
    let withFigure = 0;
    for (const role of roles) {
      for (const statistic of PLOT_STATISTICS) {
        const h = roleHeadline(model, role.id, statistic);
        if (!h.ok) continue;
        withFigure++;
        const { point } = h.picked;
        expect(h.source, `${role.id}: source ${point.source}`).not.toBeNull();
        expect(point.year, role.id).not.toBeNull();
        const label = rolePayLabel(model, role.id, statistic).text;
        expect(label).toContain(sourceShortName(h.source));
        expect(label).toContain(String(point.year));
        expect(label).toContain(point.occupation);
        if (point.soc) expect(label).toContain(`(${point.soc})`);
      }
    }
    expect(withFigure).toBeGreaterThan(10);
  });

  it('no headline comes from an occupation marked broader than the role without saying so', () => {
    const marked = roles.filter((r) => r.broaderSoc?.length);
    expect(marked.length).toBeGreaterThan(0);
    for (const role of roles) {
      const h = roleHeadline(model, role.id);
      if (!h.ok) continue;
      const broader = isBroaderFigure(h.picked.point, role.broaderSoc);
      expect(h.picked.broader, role.id).toBe(broader);
      const label = rolePayLabel(model, role.id);
      expect(label.broader).toBe(broader);
      if (broader) {
        expect(label.text.toLowerCase().startsWith(wholeOccupation(h.picked.point))).toBe(true);
        expect(label.text).toContain(`not ${role.title}’s own pay`);
      } else {
        expect(label.text.toLowerCase()).not.toContain('own pay');
      }
    }
  });

  it('an occupation-wide figure ranks routes by pay only when the user allows it', () => {
    const strict = constantDollarSalaryOf(model);
    const loose = constantDollarSalaryOf(model, { allowBroader: true });
    for (const role of roles) {
      const h = roleHeadline(model, role.id);
      if (!h.ok) {
        expect(strict(role.id)).toBeUndefined();
        continue;
      }
      expect(loose(role.id), role.id).toBeGreaterThan(0);
      if (h.picked.broader) expect(strict(role.id), role.id).toBeUndefined();
      else expect(strict(role.id)).toBe(loose(role.id));
    }
  });

  it('prefers a primary (bls.gov) figure for the role’s own occupation today over a newer secondary one', () => {
    const status = (s: Salary) => model.sources.get(s.source)?.status;
    let checked = 0;
    for (const role of roles) {
      const h = roleHeadline(model, role.id);
      if (!h.ok || h.picked.broader) continue;
      const own = (model.salariesByRole.get(role.id) ?? []).filter(
        (s) => s.scope === 'national' && s.year !== null && s.statistic === 'median' && figureFit(s, role) === 0,
      );
      if (own.some((s) => status(s) === 'verified')) {
        checked++;
        expect(status(h.picked.point), role.id).toBe('verified');
        const newestVerified = Math.max(...own.filter((s) => status(s) === 'verified').map((s) => s.year!));
        expect(h.picked.point.year).toBe(newestVerified);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('the list’s headline and the chart’s point are the same figure (one rule, one place)', () => {
    for (const role of roles) {
      const listed = headlineSalary(model, role.id);
      const point = routeSalarySeries(model, { roles: [role.id], steps: [] }, { dollars: 'nominal' })[0]!;
      if (listed) expect(point.figure?.id, role.id).toBe(listed.id);
    }
  });

  it('the chart draws no line into a wider occupation’s figure (it would show a raise no source shows)', () => {
    const broaderHeadline = (id: string) => {
      const h = roleHeadline(model, id);
      return h.ok ? h.picked.broader : null;
    };
    const broaderRole = roles.find((r) => broaderHeadline(r.id) === true)!;
    const ownRoles = roles.filter((r) => broaderHeadline(r.id) === false).slice(0, 2);
    const ids = [...ownRoles.map((r) => r.id), broaderRole.id];
    const step = { typical: 1, low: 1, high: 1, estimated: false };
    const points = routeSalarySeries(model, { roles: ids, steps: [step, step] });
    expect(points.map((p) => p.broader)).toEqual([false, false, true]);
    const geo = chartGeometry([{ id: 'r', label: 'Route 1', ...SERIES_STYLES[0], points }], {
      width: 600,
      height: 300,
      margin: { top: 10, right: 10, bottom: 30, left: 60 },
    });
    const s = geo.series[0]!;
    expect(s.dots).toHaveLength(3);
    expect(s.path.match(/L/g) ?? []).toHaveLength(1);
  });

  it('the shared mark names the other roles the figure covers', () => {
    for (const role of roles) {
      const h = roleHeadline(model, role.id);
      if (!h.ok) continue;
      const label = rolePayLabel(model, role.id);
      const others = h.picked.point.roles.filter((r) => r !== role.id);
      if (others.length === 0) expect(label.shared).toBeNull();
      else for (const r of others) expect(label.shared).toContain(model.roles.get(r)!.title);
    }
  });

  it('every salary keeps its occupation, and a figure without a SOC code says so', () => {
    for (const s of builtinDataset.salaries) {
      expect(s.occupation.trim().length).toBeGreaterThan(0);
      expect(occupationLabel(s)).toMatch(s.soc ? new RegExp(`\\(${s.soc}\\)$`) : /no SOC code given/);
    }
  });

  it('a pseudo-role with no job (a student) has no pay and a reason, not an error', () => {
    const [point] = routeSalarySeries(model, { roles: ['_no_job'], steps: [] });
    expect(point!.y).toBeNull();
    expect(point!.reason).toMatch(/no job yet/i);
    expect(rolePayLabel(model, '_no_job').text).toMatch(/no job yet/i);
    expect(constantDollarSalaryOf(model)('_no_job')).toBeUndefined();
  });
});

describe('pickFigure ranking', () => {
  const fig = (id: string, over: Partial<Salary>): Salary => ({
    id,
    roles: ['a'],
    occupation: 'Occ',
    statistic: 'median',
    period: 'annual',
    value: 1000,
    year: 2020,
    scope: 'national',
    quote: 'q',
    source: 'v',
    ...over,
  });
  const sources = new Map([
    ['v', { status: 'verified' as const }],
    ['s', { status: 'secondary' as const }],
    ['d', { status: 'seed' as const }],
  ]);

  it('a verified figure beats a newer secondary one, and a seed one beats secondary', () => {
    expect(
      pickFigure([fig('new', { source: 's', year: 2024 }), fig('old', { year: 2020 })], 'median', { sources })!.point
        .id,
    ).toBe('old');
    expect(
      pickFigure([fig('sec', { source: 's', year: 2024 }), fig('seed', { source: 'd', year: 2010 })], 'median', {
        sources,
      })!.point.id,
    ).toBe('seed');
  });

  it('a figure for a broader occupation loses to the role’s own, and is flagged when it is all there is', () => {
    const wide = fig('wide', { soc: '11-9111', year: 2023 });
    const own = fig('own', { soc: '29-2072', year: 2019, source: 's' });
    expect(pickFigure([wide, own], 'median', { sources, broaderSoc: ['11-9111'] })!.point.id).toBe('own');
    const only = pickFigure([wide], 'median', { sources, broaderSoc: ['11-9111'] })!;
    expect(only.broader).toBe(true);
    expect(pickFigure([wide], 'median', { sources })!.broader).toBe(false);
  });

  it('labels a figure with amount, statistic, source, month and occupation', () => {
    const s = fig('x', { soc: '29-2072', occupation: 'Medical Records Specialists', value: 48780, year: 2023 });
    const source = {
      id: 'v',
      kind: 'public' as const,
      publisher: 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics',
      title: 't',
      dataYear: 'May 2023',
      status: 'verified' as const,
    };
    expect(figureWhen(s, source)).toBe('May 2023');
    expect(figureLabel(s, source)).toBe('$48,780 median · BLS OEWS May 2023 · Medical Records Specialists (29-2072)');
    expect(sourceShortName({ ...source, status: 'secondary', publisher: 'Career sites citing BLS' })).toBe(
      'Career sites citing BLS (secondary)',
    );
  });
});
