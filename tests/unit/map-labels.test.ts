/**
 * A language switch relabels the map in place: the same graph object, positions untouched,
 * Spanish titles where the dataset has them and English where it does not.
 */
import { describe, expect, it } from 'vitest';
import data from '../../src/data/careers.json';
import type { Dataset } from '../../src/data/schema';
import { buildGraph } from '../../src/graph/build-graph';
import { localizeLabels } from '../../src/map/map-labels';
import { createModel, roleTitle } from '../../src/graph/model';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { graphToGexf } from '../../src/graph/gexf';

const dataset = data as unknown as Dataset;

describe('localizeLabels', () => {
  it('switches labels to Spanish and back on the same graph, leaving positions alone', () => {
    const graph = buildGraph(dataset);
    const before = graph.getNodeAttributes('coder');
    expect(localizeLabels(graph, 'es')).toBe(graph.order);
    expect(graph.getNodeAttribute('coder', 'label')).toBe('Codificador/a médico/a');
    expect(graph.getNodeAttribute('coder', 'x')).toBe(before.x);
    expect(localizeLabels(graph, 'es')).toBe(0);
    localizeLabels(graph, 'en');
    expect(graph.getNodeAttribute('coder', 'label')).toBe('Medical Coder');
  });

  it('keeps the English label of a role without Spanish, and relabels a copy sigma draws', () => {
    const d = structuredClone(dataset);
    delete d.roles.find((r) => r.id === 'coder')!.es;
    const graph = buildGraph(d);
    const drawn = graph.emptyCopy();
    localizeLabels(drawn, 'es');
    expect(drawn.getNodeAttribute('coder', 'label')).toBe('Medical Coder');
    expect(drawn.getNodeAttribute('hit', 'label')).toBe('Técnico/a de registros médicos y de información de salud');
  });
});

describe('GEXF export after a switch to Spanish', () => {
  it("labels roles with the dataset's own title and carries the Spanish one as an attribute", () => {
    const graph = buildGraph(dataset);
    localizeLabels(graph, 'es');
    const back = parse(Graph, graphToGexf(graph, { dataset }));
    expect(back.getNodeAttribute('coder', 'label')).toBe('Medical Coder');
    expect(back.getNodeAttribute('coder', 'titleEs')).toBe('Codificador/a médico/a');
  });
});

describe('roleTitle (model)', () => {
  it('names a role in the language asked for, English by default', () => {
    const model = createModel(dataset);
    expect(roleTitle(model, 'registrar')).toBe('Cancer / Tumor Registrar');
    expect(roleTitle(model, 'registrar', 'es')).toBe('Registrador/a de tumores (cáncer)');
  });
});
