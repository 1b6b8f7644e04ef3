/**
 * Property tests for the importer: generated valid datasets import and export back
 * losslessly (JSON and GEXF); random single mutations of them are rejected with at least one
 * located problem, and nothing ever throws.
 */
import fc from 'fast-check';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, LEVELS, TRACKS, type Dataset, type Role, type Transition } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { importDataset } from '../../src/data/import/import';
import { datasetToJson } from '../../src/data/export/json';
import { graphToGexf } from '../../src/graph/gexf';
import { buildGraph } from '../../src/graph/build-graph';
import type { ImportFile, ImportResult } from '../../src/data/import/types';
import { miniDataset } from '../fixtures/mini-dataset';

const base = miniDataset();
const enc = new TextEncoder();
const jsonFile = (value: unknown): ImportFile => ({ name: 'data.json', bytes: enc.encode(JSON.stringify(value)) });
// The mutation pass (scripts/mutation/stryker.config.mjs) caps the runs with IMPORT_PROPERTY_RUNS and fixes
// the seed with IMPORT_PROPERTY_SEED, so every mutant meets the same few datasets; the suite itself is random.
const runs = (numRuns: number) => ({
  numRuns: Math.min(numRuns, Number(process.env.IMPORT_PROPERTY_RUNS ?? numRuns)),
  ...(process.env.IMPORT_PROPERTY_SEED ? { seed: Number(process.env.IMPORT_PROPERTY_SEED) } : {}),
});
const RUNS = runs(120);

const idArb = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/);
const nasty = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'A & B "quoted" \'single\' </gexf>',
  ']]> <!-- x -->',
);
const textArb = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0),
    nasty,
  );
const yearsArb = fc
  .tuple(fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 3, maxLength: 3 }), fc.boolean())
  .map(([v, estimated]) => {
    const [low = 0, typical = 0, high = 0] = [...v].sort((a, b) => a - b);
    return { typical, low, high, estimated, ...(estimated ? { method: 'generated' } : {}) };
  });

const roleArb = (id: string, index: number) =>
  fc
    .record({
      title: textArb(120),
      track: fc.constantFrom(...TRACKS),
      level: fc.constantFrom(...LEVELS),
      edu: fc.constantFrom(...EDUCATION_LEVELS),
      cca: fc.boolean(),
      alt: fc.array(textArb(30), { maxLength: 2 }),
      out: fc.boolean(),
    })
    .map((r): Role => ({
      id,
      title: r.title,
      track: r.track,
      level: r.level,
      soc: [],
      description: 'generated',
      tasks: [],
      education: { typical: r.edu, statements: [{ text: 'generated', sources: ['seed-a'] }] },
      credentials: r.cca ? ['cca'] : [],
      // The id prefix keeps alternate titles unique across roles; index keeps them unique within one.
      titles: r.alt.map((t, j) => ({ text: `${id} ${j}: ${t.replaceAll('|', '/')}`, sources: ['seed-a'] })),
      ...(index > 0 && r.out ? { outOfScope: true } : {}),
      sources: ['seed-a'],
    }));

const datasetArb: fc.Arbitrary<Dataset> = fc.uniqueArray(idArb, { minLength: 1, maxLength: 7 }).chain((ids) =>
  fc
    .tuple(
      fc.tuple(...ids.map((id, i) => roleArb(id, i))),
      fc.uniqueArray(fc.tuple(fc.nat(ids.length - 1), fc.nat(ids.length - 1)), {
        maxLength: 12,
        selector: ([a, b]) => `${a}-${b}`,
      }),
      fc.array(
        fc.record({
          kind: fc.constantFrom('advancement' as const, 'lateral' as const),
          years: yearsArb,
          cca: fc.boolean(),
        }),
        { minLength: 12, maxLength: 12 },
      ),
      fc.double({ min: 1, max: 500_000, noNaN: true }),
    )
    .map(([roles, pairs, moves, salary]) => {
      const transitions: Transition[] = pairs
        .filter(([a, b]) => a !== b)
        .map(([a, b], i) => ({
          id: `t${i}`,
          from: ids[a] ?? '',
          to: ids[b] ?? '',
          kind: moves[i]?.kind ?? 'lateral',
          years: moves[i]?.years ?? { typical: 1, low: 1, high: 1, estimated: false },
          requires: { credentials: moves[i]?.cca ? ['cca'] : [] },
          sources: ['seed-a'],
        }));
      return {
        ...base,
        name: 'generated',
        roles: [...roles],
        transitions,
        salaries: [{ ...base.salaries[0]!, roles: [ids[0]!], value: salary }],
      };
    }),
);

function imported(result: ImportResult): Dataset {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.dataset;
}

describe('valid datasets round-trip', () => {
  it('import → JSON export → import gives the same dataset', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const first = imported(importDataset([jsonFile(ds)]));
        expect(first).toEqual(
          imported({
            ok: true,
            dataset: (validateDataset(ds) as { dataset: Dataset }).dataset,
            warnings: [],
            files: [],
          }),
        );
        const text = datasetToJson(first);
        const second = imported(importDataset([{ name: 'export.json', bytes: enc.encode(text) }]));
        expect(second).toEqual(first);
        expect(datasetToJson(second)).toBe(text);
      }),
      RUNS,
    );
  });

  it('GEXF export parses back to the same nodes, edges and attributes', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const dataset = imported(importDataset([jsonFile(ds)]));
        const graph = buildGraph(dataset);
        const back = parse(Graph, graphToGexf(graph, { dataset }));
        expect(back.order).toBe(graph.order);
        expect(back.size).toBe(graph.size);
        graph.forEachNode((key, a) => {
          const b = back.getNodeAttributes(key);
          expect({ label: b.label, track: b.track, level: b.level, outOfScope: b.outOfScope, x: b.x, y: b.y }).toEqual({
            label: a.label,
            track: a.track,
            level: a.level,
            outOfScope: a.outOfScope,
            x: a.x + 0,
            y: a.y + 0,
          }); // + 0: GEXF has no -0
        });
        graph.forEachEdge((key, a, source, target) => {
          expect([back.source(key), back.target(key)]).toEqual([source, target]);
          const b = back.getEdgeAttributes(key);
          expect([
            b.moveKind,
            b.yearsTypical,
            b.yearsLow,
            b.yearsHigh,
            b.estimated,
            b.requiresCredentials ?? '',
          ]).toEqual([
            a.kind,
            a.years.typical,
            a.years.low,
            a.years.high,
            a.years.estimated,
            a.requiresCredentials.join('|'),
          ]);
        });
      }),
      runs(60),
    );
  });
});

type Mutation = (d: Record<string, unknown> & Dataset, pick: number) => unknown;
const at = <T>(list: T[], pick: number): T | undefined => list[pick % Math.max(1, list.length)];
const firstMove = (d: Dataset): Transition =>
  d.transitions[0] ?? (d.transitions[0] = { ...base.transitions[0]!, from: d.roles[0]!.id, to: `${d.roles[0]!.id}x` });

const JSON_MUTATIONS: Record<string, Mutation> = {
  'title becomes a number': (d, p) => ((at(d.roles, p) as unknown as Record<string, unknown>).title = 42),
  'roles becomes an object': (d) => ((d as Record<string, unknown>).roles = { a: 1 }),
  'a required field is missing': (d, p) => delete (at(d.roles, p) as Partial<Role>).level,
  '10,000-character title': (d, p) => (at(d.roles, p)!.title = 'x'.repeat(10_000)),
  '10,000-character name': (d) => (d.name = 'n'.repeat(10_000)),
  'NaN years (null in JSON)': (d) => (firstMove(d).years.typical = NaN),
  'negative years': (d) => (firstMove(d).years.low = -1),
  'negative salary': (d) => (d.salaries[0]!.value = -5),
  'unknown role id': (d) => (firstMove(d).to = 'no_such_role'),
  'duplicate role id': (d) => d.roles.push({ ...d.roles[0]!, titles: [] }),
  'self-loop': (d) => (firstMove(d).to = firstMove(d).from),
  'unknown credential': (d, p) => at(d.roles, p)!.credentials.push('no_such_credential'),
  'unknown level': (d, p) => ((at(d.roles, p) as unknown as Record<string, unknown>).level = 'boss'),
  'wrong version': (d) => ((d as Record<string, unknown>).version = 2),
};

describe('malformed datasets are rejected with located problems, never thrown', () => {
  it('JSON mutations', () => {
    fc.assert(
      fc.property(datasetArb, fc.constantFrom(...Object.keys(JSON_MUTATIONS)), fc.nat(), (ds, name, pick) => {
        const d = structuredClone(ds) as Record<string, unknown> & Dataset;
        JSON_MUTATIONS[name]!(d, pick);
        const r = importDataset([jsonFile(d)]);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.problems.length).toBeGreaterThan(0);
        expect(r.problems.every((p) => p.file === 'data.json' && p.message.length > 0)).toBe(true);
        expect(r.problems.some((p) => p.path !== undefined)).toBe(true);
      }),
      RUNS,
    );
  });

  it('a NaN literal in the JSON text is a located syntax error', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const text = JSON.stringify({ ...ds, cpi: { ...ds.cpi, values: [{ year: 2010, value: 1 }] } }).replace(
          '"value":1}',
          '"value":NaN}',
        );
        const r = importDataset([{ name: 'data.json', bytes: enc.encode(text) }]);
        expect(!r.ok && r.problems[0]?.line).toBe(1);
        expect(!r.ok && r.problems[0]?.message).toBe("not valid JSON: unexpected 'N'");
      }),
      runs(20),
    );
  });

  it('arbitrary bytes never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('x.json', 'roles.csv', 'x'), (bytes, name) => {
        const r = importDataset([{ name, bytes }], { base });
        expect(r.ok ? r.dataset.roles.length : r.problems.length).toBeGreaterThan(0);
      }),
      runs(300),
    );
  });

  const toCsv = (d: Dataset) => ({
    roles: Papa.unparse([
      ['id', 'title', 'track', 'level', 'typical_education', 'alternate_titles', 'credentials'],
      ...d.roles.map((r) => [
        r.id,
        r.title,
        r.track,
        r.level,
        r.education.typical,
        r.titles.map((t) => t.text).join('|'),
        r.credentials.join('|'),
      ]),
    ]),
    moves: Papa.unparse([
      ['id', 'from', 'to', 'kind', 'years', 'years_low', 'years_high'],
      ...d.transitions.map((t) => [
        t.id,
        t.from,
        t.to,
        t.kind,
        String(t.years.typical),
        String(t.years.low),
        String(t.years.high),
      ]),
    ]),
  });
  const CSV_MUTATIONS: [string, 'roles' | 'moves', number, string][] = [
    ['level', 'roles', 3, 'boss'],
    ['title', 'roles', 1, 'x'.repeat(10_000)],
    ['id', 'roles', 0, 'Not An Id'],
    ['credentials', 'roles', 6, 'cca|nope'],
    ['years', 'moves', 4, '-1'],
    ['years', 'moves', 4, 'NaN'],
    ['from', 'moves', 1, 'no_such_role'],
    ['kind', 'moves', 3, 'sideways'],
  ];

  it('CSV mutations are reported on the mutated spreadsheet row', () => {
    const valid = datasetArb.map((d) => ({
      ...d,
      roles: d.roles.map((r) => ({ ...r, title: r.title.replaceAll('\r', ' ').trim() || 'x' })),
    }));
    fc.assert(
      fc.property(valid, fc.constantFrom(...CSV_MUTATIONS), fc.nat(), (ds, [, file, col, value], pick) => {
        const csv = toCsv(ds);
        const rows = Papa.parse<string[]>(csv[file]).data;
        const n = file === 'roles' ? ds.roles.length : ds.transitions.length;
        if (n === 0) return;
        const index = 1 + (pick % n);
        rows[index]![col] = value;
        csv[file] = Papa.unparse(rows);
        const r = importDataset(
          [
            { name: 'roles.csv', bytes: enc.encode(csv.roles) },
            { name: 'transitions.csv', bytes: enc.encode(csv.moves) },
          ],
          { base },
        );
        expect(r.ok).toBe(false);
        const expectedFile = file === 'roles' ? 'roles.csv' : 'transitions.csv';
        expect(!r.ok && r.problems.some((p) => p.file === expectedFile && p.row === index + 1)).toBe(true);
      }),
      RUNS,
    );
  });
});
