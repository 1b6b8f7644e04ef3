import { describe, expect, it } from 'vitest';
import { applyScaleSettings, scaleSettings } from '../../src/map/scale-settings';

describe('map settings by size', () => {
  it('leave the built-in map as it is, and lighten a 5,000-role map', () => {
    expect(scaleSettings(60, 200)).toEqual({});
    expect(scaleSettings(5000, 50_000)).toEqual({
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      renderEdgeLabels: false,
    });
    expect(scaleSettings(500, 6000)).toMatchObject({ hideEdgesOnMove: true });
  });

  it('switch back when a small dataset replaces a large one', () => {
    const set: Record<string, unknown> = {};
    let calls = 0;
    const renderer = { setSettings: (values: object) => (calls++, Object.assign(set, values)) };
    applyScaleSettings(renderer, 5000, 50_000);
    expect(set).toEqual({ hideEdgesOnMove: true, hideLabelsOnMove: true, renderEdgeLabels: false });
    applyScaleSettings(renderer, 60, 200);
    expect(set).toEqual({ hideEdgesOnMove: false, hideLabelsOnMove: false, renderEdgeLabels: true });
    expect(calls).toBe(2);
  });

  it("draw a large map's roles as points once that program is there, and a small map's as discs", () => {
    const set: Record<string, unknown> = {};
    const renderer = { setSettings: (values: object) => Object.assign(set, values) };
    const programs = { disc: 'disc', point: 'point' };
    applyScaleSettings(renderer, 2000, 20_000, programs);
    expect(set).toMatchObject({ hideEdgesOnMove: true, nodeProgramClasses: { circle: 'point' } });
    applyScaleSettings(renderer, 60, 200, programs);
    expect(set).toMatchObject({ hideEdgesOnMove: false, nodeProgramClasses: { circle: 'disc' } });
  });
});
