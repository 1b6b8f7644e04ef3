/**
 * The map's preview (issue 29): the picture painted before Sigma starts must be Sigma's first
 * frame — dots where Sigma's camera puts them, its colours and sizes, the labels its label plan
 * shows — so that Sigma can take over without a visible jump.
 */
import { describe, expect, it } from 'vitest';
import { createNormalizationFunction, matrixFromCamera, multiplyVec2 } from 'sigma/utils';
import data from '../../src/data/careers.json';
import type { Dataset } from '../../src/data/schema';
import { buildGraph } from '../../src/graph/build-graph';
import { layoutOfFile } from '../../scripts/vite-plugin-layout';
import { EDGE_COLORS, TRACK_COLORS } from '../../src/data/palette';
import { defaultCamera, mapFrame, MIN_DOT_GAP_PX } from '../../src/map/camera';
import { edgeAppearance, nodeAppearance, type MapEmphasis } from '../../src/map/emphasis';
import { planLabels } from '../../src/map/label-plan';
import { boxesOverlap, labelBox } from '../../src/map/labels';
import { MAP_SETTINGS } from '../../src/map/map-settings';
import { forcedMapColors, SCREEN_COLORS, type MapColors } from '../../src/map/map-colors';
import { closestDistance } from '../../src/map/map-view';
import { dotAt, previewPicture, type PreviewOptions } from '../../src/map/map-preview';
import { PreviewView } from '../../src/map/preview-view';
import type { CareerGraph } from '../../src/graph/types';

const graph: CareerGraph = buildGraph(data as unknown as Dataset, { layout: layoutOfFile('src/data/careers.json') });
const NOTHING: MapEmphasis = { selected: null, visible: null, route: null };
/** A stand-in for canvas text widths: 6.5 px a character (system-ui at 12 px is about that). */
const measureIn = () => (s: string) => s.length * 6.5;

function options(width: number, height: number, emphasis = NOTHING, colors: MapColors = SCREEN_COLORS): PreviewOptions {
  return {
    width,
    height,
    nodeLook: (node, attrs) => nodeAppearance(graph, node, attrs, emphasis, null, colors),
    edgeLook: (edge, attrs) => edgeAppearance(graph, edge, attrs, emphasis, null, colors),
    measureIn,
  };
}

/** Sigma's own arithmetic (sigma/utils): framed graph → viewport, as its framedGraphToViewport does. */
function sigmaViewport(
  view: PreviewView,
  width: number,
  height: number,
  box: NonNullable<ReturnType<typeof mapFrame>>,
) {
  const normalise = createNormalizationFunction(box);
  const graphDims = { width: box.x[1] - box.x[0], height: box.y[1] - box.y[0] };
  const matrix = matrixFromCamera(view.camera, { width, height }, graphDims, MAP_SETTINGS.stagePadding);
  return (p: { x: number; y: number }) => {
    const v = multiplyVec2(matrix, normalise(p));
    return { x: ((1 + v.x) * width) / 2, y: ((1 - v.y) * height) / 2 };
  };
}

describe('PreviewView', () => {
  for (const [width, height] of [
    [1280, 800],
    [375, 740],
    [900, 420],
  ] as const)
    it(`puts every role where Sigma's camera does (${width}×${height}, default camera)`, () => {
      const box = mapFrame(graph, width, height)!;
      const view = new PreviewView(graph, width, height, box);
      view.camera = defaultCamera(view, graph);
      const sigma = sigmaViewport(view, width, height, box);
      graph.forEachNode((_node, attrs) => {
        const ours = view.graphToViewport(attrs);
        const theirs = sigma(attrs);
        expect(ours.x).toBeCloseTo(theirs.x, 3);
        expect(ours.y).toBeCloseTo(theirs.y, 3);
        // and back, as Sigma's viewportToFramedGraph
        const back = view.viewportToFramedGraph(ours);
        const framed = createNormalizationFunction(box)(attrs);
        expect(back.x).toBeCloseTo(framed.x, 6);
        expect(back.y).toBeCloseTo(framed.y, 6);
      });
    });
});

describe('previewPicture', () => {
  it('draws every role in its track colour at its size and every move in its kind colour (wide screen)', () => {
    const picture = previewPicture(graph, options(1280, 800));
    expect(picture.dots).toHaveLength(graph.order);
    expect(picture.moves).toHaveLength(graph.size);
    const colours = new Set(Object.values(TRACK_COLORS));
    for (const dot of picture.dots) {
      expect(colours.has(dot.color)).toBe(true);
      expect(dot.r).toBe(9); // size 9, camera ratio 1: 9 px, as sigma's scaleSize
      expect(dot.x).toBeGreaterThan(0);
      expect(dot.x).toBeLessThan(1280);
      expect(dot.y).toBeGreaterThan(0);
      expect(dot.y).toBeLessThan(800);
    }
    for (const move of picture.moves) expect(Object.values(EDGE_COLORS)).toContain(move.color);
    // Curved moves (the layout bends them round dots) keep their bend: a control point off the chord.
    const curved = picture.moves.filter((m) => m.control);
    expect(curved.length).toBe(graph.filterEdges((_e, a) => a.type === 'curved').length);
    // Sigma draws the arrow program's moves first, then the curved ones.
    const firstCurved = picture.moves.findIndex((m) => m.control);
    expect(picture.moves.slice(firstCurved).every((m) => m.control)).toBe(true);
  });

  it('moves start at their source dot and end at their target dot, arrow tip on its edge', () => {
    const picture = previewPicture(graph, options(1280, 800));
    const at = new Map(picture.dots.map((d) => [`${Math.round(d.x)},${Math.round(d.y)}`, d]));
    for (const move of picture.moves) {
      expect(at.has(`${Math.round(move.from.x)},${Math.round(move.from.y)}`)).toBe(true);
      const target = at.get(`${Math.round(move.to.x)},${Math.round(move.to.y)}`);
      expect(target?.r).toBe(move.targetR);
      expect(move.thickness).toBeGreaterThanOrEqual(MAP_SETTINGS.minEdgeThickness);
    }
  });

  it('shows the labels the label plan places for the same camera, with their lines and spot, none overlapping', () => {
    for (const [width, height] of [
      [1280, 800],
      [375, 740],
    ] as const) {
      const picture = previewPicture(graph, options(width, height));
      const view = new PreviewView(graph, width, height, mapFrame(graph, width, height));
      view.camera = defaultCamera(view, graph);
      const plan = planLabels(view, graph, (n, a) => nodeAppearance(graph, n, a, NOTHING, null), measureIn);
      expect(plan.size).toBeGreaterThan(5);
      expect(new Set(picture.labels.map((l) => l.key))).toEqual(new Set(plan.keys()));
      const boxes = picture.labels.map((l) => {
        const p = plan.get(l.key!)!;
        expect(l.labelLines).toEqual(p.lines);
        expect(l.labelPlacement).toBe(p.placement);
        expect(l.label).toBe(graph.getNodeAttribute(l.key!, 'label'));
        const lineWidths = p.lines.map((s) => s.length * 6.5);
        return labelBox({ x: l.x, y: l.y, r: l.size, lineWidths, lineHeight: 12 * 1.2 }, p.placement);
      });
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it('on a phone, zooms in as the Sigma map does: dots far enough apart, the entry column in view', () => {
    const picture = previewPicture(graph, options(375, 740));
    expect(closestDistance(picture.dots)).toBeGreaterThanOrEqual(MIN_DOT_GAP_PX - 0.01);
    expect(picture.dots.some((d) => d.x > 375)).toBe(true); // zoomed in: part of the map is off to the right
    const left = Math.min(...picture.dots.map((d) => d.x));
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(100);
    expect(picture.heads.length).toBeGreaterThan(0);
    expect(picture.heads.every((h) => h.x > -40 && h.x < 415)).toBe(true);
  });

  it('draws a highlighted route as the reducers say: its roles larger, the rest dimmed, moves not on it dimmed', () => {
    const edge = graph.edges()[0]!;
    const route = { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
    const picture = previewPicture(graph, options(1280, 800, { ...NOTHING, route }));
    const large = picture.dots.filter((d) => d.r > 9);
    expect(large).toHaveLength(2);
    // Raised roles come last (drawn on top), as sigma's zIndex ordering does.
    expect(picture.dots.slice(-2)).toEqual(large);
    expect(picture.dots.filter((d) => d.color === SCREEN_COLORS.dimmedNode)).toHaveLength(graph.order - 2);
    expect(picture.moves.filter((m) => m.color === SCREEN_COLORS.emphasisEdge)).toHaveLength(1);
    expect(picture.labels.map((l) => l.key).sort()).toEqual([...route.nodes].sort());
  });

  it('leaves out roles out of the filters’ moves (hidden) and draws those roles dimmed without labels', () => {
    const visible = new Set(graph.nodes().slice(0, 10));
    const picture = previewPicture(graph, options(1280, 800, { ...NOTHING, visible }));
    const kept = graph.filterEdges((_e, _a, s, t) => visible.has(s) && visible.has(t));
    expect(picture.moves).toHaveLength(kept.length);
    expect(picture.labels.every((l) => visible.has(l.key!))).toBe(true);
  });

  it('in forced colours draws with the reader’s system colours, as the Sigma map does', () => {
    const system = { CanvasText: 'rgb(255, 255, 255)', LinkText: 'rgb(255, 255, 0)' } as Record<string, string>;
    const colors = forcedMapColors((name) => system[name] ?? 'rgb(0, 0, 0)');
    const picture = previewPicture(graph, options(1280, 800, NOTHING, colors));
    expect(new Set(picture.dots.map((d) => d.color))).toEqual(new Set(['rgb(255, 255, 255)']));
    expect(new Set(picture.moves.map((m) => m.color))).toEqual(new Set(['rgb(255, 255, 255)', 'rgb(255, 255, 0)']));
  });

  it('finds the role under a point as Sigma’s picking does: inside a dot, the top one, none between dots', () => {
    const edge = graph.edges()[0]!;
    const route = { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
    const picture = previewPicture(graph, options(1280, 800, { ...NOTHING, route }));
    for (const dot of picture.dots) {
      expect(dotAt(picture, dot.x + dot.r * 0.7, dot.y)).toBe(dot.id);
    }
    expect(dotAt(picture, 2, 2)).toBeNull();
    // Overlapping dots: the one drawn last (a route's, raised) wins.
    const top = picture.dots[picture.dots.length - 1]!;
    expect(dotAt({ ...picture, dots: [{ ...top, id: 'under' }, top] }, top.x, top.y)).toBe(top.id);
  });
});
