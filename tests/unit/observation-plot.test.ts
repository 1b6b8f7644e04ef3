/**
 * The role panel's dot plot of published figures: year labels that can be read at every panel
 * width (none printed into the next, none over the undated column).
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { TICK_GAP, observationPlot } from '../../src/graph/salary/observation-plot';

const model = createModel(builtinDataset);
const size = (width: number) => ({ width, height: 170, left: 58, right: 10, top: 8, bottom: 24 });

describe('observationPlot year labels', () => {
  it.each([300, 340, 400, 700])('in a panel %s px wide, are apart from each other and from "undated"', (width) => {
    for (const [role, salaries] of model.salariesByRole) {
      const plot = observationPlot(salaries, size(width));
      const xs = plot.xTicks.map((t) => t.pos);
      for (let i = 1; i < xs.length; i++)
        expect(xs[i]! - xs[i - 1]!, `${role} at ${width} px`).toBeGreaterThanOrEqual(TICK_GAP);
      if (plot.undatedX !== null && plot.xTicks.length > 1) expect(xs.at(-1), role).toBe(plot.undatedX);
    }
  });

  it('still labels the years of a wide span in a narrow panel (the registrar’s 2006–2022)', () => {
    const plot = observationPlot(model.salariesByRole.get('registrar')!, size(340));
    const years = plot.xTicks.map((t) => t.label).filter((l) => /^\d{4}$/.test(l));
    expect(years.length).toBeGreaterThanOrEqual(2);
  });
});
