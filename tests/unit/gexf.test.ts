/**
 * The GEXF export, read by code the app did not write: libxml2 (xmllint-wasm) against the
 * official GEXF schemas (tests/fixtures/gexf, with their two known faults handled as its README
 * says), and graphology-gexf's parser. networkx 2.8 and 3.6 were tried by hand
 * (docs/data-format.md); Python is not part of the suite.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { validateXML } from 'xmllint-wasm';
import data from '../../src/data/careers.json';
import type { Dataset } from '../../src/data/schema';
import { buildGraph } from '../../src/graph/build-graph';
import { GEXF_DEFAULTS, graphToGexf, rgb, type GexfVersion } from '../../src/graph/gexf';

const dataset = data as unknown as Dataset;
const FIXTURES = fileURLToPath(new URL('../fixtures/gexf/', import.meta.url));
const FOLDER: Record<GexfVersion, string> = { '1.2': '1.2draft', '1.3': '1.3' };
const VIZ_1_2 = 'http://www.gexf.net/1.2draft/viz';

/** The schema files of one version and kind, the main one first, with the 1.2 grammar's namespace erratum. */
function schema(version: GexfVersion, kind: 'xsd' | 'rng') {
  const dir = `${FIXTURES}${FOLDER[version]}/`;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(`.${kind}`))
    .map((fileName) => ({ fileName, contents: readFileSync(dir + fileName, 'utf8') }));
  if (version === '1.2' && kind === 'rng') {
    const main = files.find((f) => f.fileName === 'gexf.rng')!;
    const fixed = main.contents.replace('<include href="viz.rng"/>', `<include href="viz.rng" ns="${VIZ_1_2}"/>`);
    expect(fixed).not.toBe(main.contents);
    main.contents = fixed;
  }
  const main = `gexf.${kind}`;
  return { schema: files.filter((f) => f.fileName === main), preload: files.filter((f) => f.fileName !== main) };
}

async function problems(xml: string, version: GexfVersion, kind: 'xsd' | 'rng'): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.gexf', contents: xml }],
    ...schema(version, kind),
    extension: kind === 'rng' ? 'relaxng' : 'schema',
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

const withoutViz = (xml: string) => xml.replace(/^\s*<viz:[^>]*\/>\n/gm, '');
const graph = buildGraph(dataset);

describe('GEXF export against the official schemas', () => {
  it.each(['1.2', '1.3'] as const)(
    'GEXF %s of the built-in map is valid against the official RELAX NG grammar',
    async (version) => {
      expect(await problems(graphToGexf(graph, { dataset, version }), version, 'rng')).toEqual([]);
    },
  );

  it.each(['1.2', '1.3'] as const)(
    'GEXF %s of the built-in map is valid against the official XML Schema (viz elements aside)',
    async (version) => {
      const xml = graphToGexf(graph, { dataset, version });
      expect(xml).toContain('<viz:color r=');
      expect(await problems(withoutViz(xml), version, 'xsd')).toEqual([]);
    },
  );

  it('the check has teeth: a hex-only colour, an edge kind in 1.2 and a position without z are refused', async () => {
    const xml = graphToGexf(graph, { dataset, version: '1.2' });
    const broken = xml
      .replace(/<viz:color r="\d+" g="\d+" b="\d+"\/>/, '<viz:color hex="#123456"/>')
      .replace(/(<edge [^>]*)>/, '$1 kind="advancement">')
      .replace(/ z="0"/, '');
    const found = await problems(broken, '1.2', 'rng');
    expect(found.length).toBeGreaterThan(0);
    expect(await problems(withoutViz(broken), '1.2', 'xsd')).toEqual([expect.stringContaining("attribute 'kind'")]);
  });
});

describe('GEXF export read back by graphology-gexf', () => {
  it.each(['1.2', '1.3'] as const)(
    'GEXF %s: every role and move, their attributes, and colours as r/g/b',
    (version) => {
      const back = parse(Graph, graphToGexf(graph, { dataset, version }));
      expect([back.order, back.size]).toEqual([graph.order, graph.size]);
      const education = new Map(dataset.roles.map((r) => [r.id, r.education.typical]));
      graph.forEachNode((key, a) => {
        const b = back.getNodeAttributes(key);
        const c = rgb(a.color)!;
        expect(b).toMatchObject({
          label: a.titles?.en ?? a.label,
          track: a.track,
          level: a.level,
          outOfScope: a.outOfScope,
          typicalEducation: education.get(key),
          x: a.x + 0,
          y: a.y + 0,
          size: a.size,
          color: `rgb(${c.r},${c.g},${c.b})`,
        });
      });
      graph.forEachEdge((key, a, source, target) => {
        expect([back.source(key), back.target(key)]).toEqual([source, target]);
        const b = back.getEdgeAttributes(key);
        expect(b).toMatchObject({
          moveKind: a.kind,
          weight: a.years.typical,
          yearsTypical: a.years.typical,
          yearsLow: a.years.low,
          yearsHigh: a.years.high,
          estimated: a.years.estimated,
        });
        // GEXF 1.3 also has the edge's own kind; 1.2 has none (the data column carries it).
        expect(b.kind).toBe(version === '1.3' ? a.kind : undefined);
      });
    },
  );
});

describe('GEXF options and colours', () => {
  it('writes GEXF 1.2 unless asked for 1.3, in the namespaces Gephi and networkx read', () => {
    expect(GEXF_DEFAULTS.version).toBe('1.2');
    expect(graphToGexf(graph)).toContain(
      '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    );
    expect(graphToGexf(graph, { version: '1.3' })).toContain(
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    );
    expect(() => graphToGexf(graph, { version: '1.4' as GexfVersion })).toThrow(/1\.2 or 1\.3/);
  });

  it('turns #rgb and #rrggbb into r/g/b and leaves anything else out', () => {
    expect(rgb('#1F3A5F')).toEqual({ r: 31, g: 58, b: 95 });
    expect(rgb('#abc')).toEqual({ r: 170, g: 187, b: 204 });
    expect(rgb('teal')).toBeNull();
    const g = buildGraph(dataset);
    g.setNodeAttribute('coder', 'color', 'teal');
    const back = parse(Graph, graphToGexf(g, { dataset }));
    expect(back.getNodeAttribute('coder', 'color')).toBeUndefined();
  });
});
