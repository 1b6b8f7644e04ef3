/**
 * Geometry for a role's salary observations plotted by year: one mark per figure as
 * published (nominal, annual), ranges as vertical bars, undated figures in their own column
 * at the right. It exists to make the sources' disagreements visible side by side.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Salary } from '../../data/schema';
import { m as msg } from '../../paraglide/messages.js';

export interface ObservationMark {
  salary: Salary;
  x: number;
  /** Point figure's y, or the range's midpoint. */
  y: number;
  /** For ranges: top and bottom of the bar. */
  y1: number | null;
  y2: number | null;
  /** Index of the figure's source in `sources`, for colour and shape. */
  sourceIndex: number;
}

export interface ObservationPlot {
  marks: ObservationMark[];
  sources: string[];
  xTicks: { label: string; pos: number }[];
  yTicks: { value: number; pos: number }[];
  undatedX: number | null;
  excludedHourly: number;
}

/** Room a year label needs beside the next one (four digits at the chart's 0.7rem, and a gap). */
export const TICK_GAP = 40;

/**
 * Whole years as ticks, none closer than TICK_GAP to the one before it or to the undated
 * column: in a phone-wide panel d3's "about six" ticks were nine, printed into each other.
 */
function spacedTicks(x: ScaleLinear<number, number>, count: number, undatedX: number | null): number[] {
  const out: number[] = [];
  for (const t of x.ticks(count)) {
    if (!Number.isInteger(t)) continue;
    if (out.length && x(t) - x(out[out.length - 1]!) < TICK_GAP) continue;
    if (undatedX !== null && undatedX - x(t) < TICK_GAP) continue;
    out.push(t);
  }
  return out;
}

export function observationPlot(
  salaries: readonly Salary[],
  size: { width: number; height: number; left: number; right: number; top: number; bottom: number },
): ObservationPlot {
  // Hourly figures are left out: annualising them needs a convention the chart cannot show.
  const annual = salaries.filter((s) => s.period === 'annual');
  const dated = annual.filter((s) => s.year !== null);
  const years = dated.map((s) => s.year as number);
  const hasUndated = annual.length > dated.length;
  const minYear = years.length ? Math.min(...years) : 2006;
  const maxYear = years.length ? Math.max(...years) : 2024;
  const undatedSlot = hasUndated ? 1 : 0;
  const plotRight = size.width - size.right - (hasUndated ? 56 : 0);
  const x = scaleLinear()
    .domain([minYear - 0.5, maxYear + 0.5])
    .range([size.left, plotRight]);
  const values = annual.flatMap((s) => [s.value, s.high ?? s.value]);
  const y = scaleLinear()
    .domain([0, Math.max(10_000, ...values) * 1.08])
    .range([size.height - size.bottom, size.top])
    .nice();
  const undatedX = hasUndated ? size.width - size.right - 24 : null;
  const sources = [...new Set(annual.map((s) => s.source))];

  const marks = annual.map((s) => {
    const ranged = s.high !== undefined;
    return {
      salary: s,
      x: s.year === null ? (undatedX ?? 0) : x(s.year),
      y: y(ranged ? (s.value + (s.high ?? s.value)) / 2 : s.value),
      y1: ranged ? y(s.high ?? s.value) : null,
      y2: ranged ? y(s.value) : null,
      sourceIndex: sources.indexOf(s.source),
    };
  });
  // Figures at the same year and value would hide each other: nudge them apart sideways.
  const seen = new Map<string, number>();
  for (const m of marks) {
    const key = `${Math.round(m.x)}|${Math.round(m.y / 4)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    m.x += n * 7;
  }
  const tickYears = years.length ? spacedTicks(x, Math.min(6, maxYear - minYear + 1), undatedX) : [];
  return {
    marks,
    sources,
    xTicks: [
      ...tickYears.map((t) => ({ label: String(t), pos: x(t) })),
      ...(undatedX !== null && undatedSlot ? [{ label: msg.dots_undated(), pos: undatedX }] : []),
    ],
    yTicks: y.ticks(4).map((v) => ({ value: v, pos: y(v) })),
    undatedX,
    excludedHourly: salaries.length - annual.length,
  };
}
