/**
 * The salary series along a route, ready for a chart or its table: one point per role, at
 * the cumulative years when the person reaches it, in nominal or constant dollars.
 * Pure data in, pure data out; D3 scales and SVG shapes are made from this by the view.
 */
import type { Salary, Source, Years } from '../../data/schema';
import { roleTitle, type CareerModel } from '../model';
import { convertSalary, cpiTable, latestCpiYear } from './inflation';
import { roleHeadline, type PlotStatistic } from './pick-figure';
import { m } from '../../paraglide/messages.js';

export interface SeriesRoute {
  roles: readonly string[];
  /** Years spent before each move (roles.length - 1 entries). */
  steps: readonly Pick<Years, 'typical' | 'low' | 'high' | 'estimated'>[];
}

export interface SeriesOptions {
  dollars: 'constant' | 'nominal';
  /** Dollar year for constant dollars; defaults to the newest CPI year in the data. */
  dollarYear: number | null;
  statistic: PlotStatistic;
}

export const SERIES_DEFAULTS: SeriesOptions = { dollars: 'constant', dollarYear: null, statistic: 'median' };

export interface SeriesPoint {
  roleId: string;
  roleTitle: string;
  /** Cumulative typical years at which the role is reached. */
  x: number;
  /** True when any step before this point is an estimate. */
  xEstimated: boolean;
  /** Null when no usable figure exists (reason says why). */
  y: number | null;
  bandLow: number | null;
  bandHigh: number | null;
  bandLabel: string | null;
  figure: Salary | null;
  source: Source | null;
  shared: boolean;
  /** Titles of the other roles the figure covers (what the "shared" mark names). */
  sharedWith: string[];
  /** True when the figure is for an occupation broader than the role (shown under its name). */
  broader: boolean;
  reason: string | null;
}

/** BLS and O*NET publish annual = hourly × 2,080, so their hourly figures may be annualised. */
export function followsBlsConvention(source: Source | undefined): boolean {
  return !!source && /\bBLS\b|Bureau of Labor Statistics|O\*NET/i.test(`${source.publisher} ${source.title}`);
}

/** A step of the route that has no headline figure, and why. */
function noFigure(reason: string) {
  return {
    y: null,
    bandLow: null,
    bandHigh: null,
    bandLabel: null,
    figure: null,
    source: null,
    shared: false,
    sharedWith: [],
    broader: false,
    reason,
  };
}

export function routeSalarySeries(
  model: CareerModel,
  route: SeriesRoute,
  options: Partial<SeriesOptions> = {},
): SeriesPoint[] {
  const opts = { ...SERIES_DEFAULTS, ...options };
  if (route.steps.length !== Math.max(0, route.roles.length - 1)) {
    throw new Error(
      `graph/salary/route-series: a route of ${route.roles.length} roles needs ${route.roles.length - 1} steps, got ${route.steps.length}`,
    );
  }
  const table = cpiTable(model.dataset.cpi);
  const toYear = opts.dollarYear ?? latestCpiYear(model.dataset.cpi);
  let x = 0;
  let estimated = false;
  return route.roles.map((roleId, i) => {
    if (i > 0) {
      const step = route.steps[i - 1]!;
      x += step.typical;
      estimated ||= step.estimated;
    }
    const title = roleTitle(model, roleId);
    const base = { roleId, roleTitle: title, x, xEstimated: estimated };
    const headline = roleHeadline(model, roleId, opts.statistic);
    if (!headline.ok) return { ...base, ...noFigure(headline.reason) };
    const { picked, source } = headline;
    const bls = followsBlsConvention(source ?? undefined);
    const value = (s: Salary, end: 'value' | 'high' = 'value'): number | null => {
      if (opts.dollars === 'nominal')
        return s.period === 'annual' ? (end === 'high' ? (s.high ?? null) : s.value) : null;
      const c = convertSalary(s, toYear, table, bls);
      return c.ok ? (end === 'high' ? (c.high ?? null) : c.value) : null;
    };
    const y = value(picked.point);
    const band = picked.band;
    const bandLow = band ? ('range' in band ? value(band.range) : value(band.low)) : null;
    const bandHigh = band ? ('range' in band ? value(band.range, 'high') : value(band.high)) : null;
    return {
      ...base,
      y,
      bandLow,
      bandHigh,
      bandLabel: band?.label ?? null,
      figure: picked.point,
      source,
      shared: picked.shared,
      sharedWith: headline.sharedWith,
      broader: picked.broader,
      reason: y === null ? m.series_not_annual() : null,
    };
  });
}
