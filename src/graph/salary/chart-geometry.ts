/**
 * Scales, ticks and SVG path strings for the salary chart. D3 computes, Svelte renders:
 * this module returns plain numbers and strings, so it is tested in Node and the
 * component never touches d3-selection.
 */
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { SeriesPoint } from './route-series';
import { dodgeDots } from './dodge';

export interface ChartSeries {
  id: string;
  label: string;
  color: string;
  /** SVG stroke-dasharray, so series differ by more than colour. */
  dash: string;
  marker: 'circle' | 'square' | 'diamond';
  points: readonly SeriesPoint[];
}

export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const SERIES_STYLES = [
  { color: '#0072B2', dash: '', marker: 'circle' },
  { color: '#D55E00', dash: '7 4', marker: 'square' },
  { color: '#009E73', dash: '2 3', marker: 'diamond' },
] as const;

type Plotted = SeriesPoint & { y: number };

export function chartGeometry(series: readonly ChartSeries[], size: ChartSize) {
  const { width, height, margin } = size;
  const plotted = series.flatMap((s) => s.points.filter((p): p is Plotted => p.y !== null));
  const maxX = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.x)));
  const ys = plotted.flatMap((p) => [p.y, p.bandLow ?? p.y, p.bandHigh ?? p.y]);
  const x = scaleLinear()
    .domain([0, maxX])
    .range([margin.left, width - margin.right])
    .nice();
  const y = scaleLinear()
    .domain([0, Math.max(10_000, ...ys) * 1.05])
    .range([height - margin.bottom, margin.top])
    .nice();
  const pathOf = line<Plotted>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  const bandOf = area<Plotted & { bandLow: number; bandHigh: number }>()
    .x((p) => x(p.x))
    .y0((p) => y(p.bandLow))
    .y1((p) => y(p.bandHigh));

  const drawn = series.map((s) => {
    const pts = s.points.filter((p): p is Plotted => p.y !== null);
    const banded = pts.filter(
      (p): p is Plotted & { bandLow: number; bandHigh: number } => p.bandLow !== null && p.bandHigh !== null,
    );
    return {
      ...s,
      // No line runs into a wider occupation's figure: it is not the role's pay, so a line to it would draw a raise no source shows.
      path: pts.filter((p) => !p.broader).length > 1 ? (pathOf(pts.filter((p) => !p.broader)) ?? '') : '',
      // A band is drawn per point (a whisker) plus an area where consecutive points both have one.
      bandPath: banded.length > 1 && banded.length === pts.length ? (bandOf(banded) ?? '') : '',
      whiskers: banded.map((p) => ({ roleId: p.roleId, x: x(p.x), y1: y(p.bandLow), y2: y(p.bandHigh) })),
      dots: pts.map((p) => ({ point: p, cx: x(p.x), cy: y(p.y) })),
    };
  });
  // No marker hidden under another route's: coincident ones are set side by side.
  const dodged = dodgeDots(drawn.map((s) => s.dots));
  return {
    xTicks: x.ticks(Math.min(10, Math.ceil(maxX))).map((v) => ({ value: v, pos: x(v) })),
    yTicks: y.ticks(5).map((v) => ({ value: v, pos: y(v) })),
    series: drawn.map((s, i) => ({ ...s, dots: dodged[i] ?? s.dots })),
    plotLeft: margin.left,
    plotRight: width - margin.right,
    plotTop: margin.top,
    plotBottom: height - margin.bottom,
  };
}
