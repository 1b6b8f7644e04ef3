/**
 * The career graph as GEXF, written so that the common readers all get everything: networkx
 * (2.8 reads only GEXF 1.2; 3.x fails on colours given only as hex), Gephi and graphology.
 * So: GEXF 1.2 by default, in the `1.2draft` namespaces those readers look for, or 1.3 on
 * request; colours always as viz r/g/b; the move's kind as a data column (`moveKind`) as well
 * as GEXF 1.3's own edge `kind`, which 1.2 lacks and most readers drop. The graph's nested
 * attributes are flattened to scalar columns (years → yearsTypical/Low/High), sigma-only
 * attributes are left out, and characters XML 1.0 cannot carry are dropped so the file always
 * parses. Checked against the official schemas in tests/unit/gexf.test.ts.
 */
import type { Dataset } from '../data/schema';
import type { CareerGraph, MoveEdgeAttributes, RoleNodeAttributes } from './types';

export const GEXF_VERSIONS = ['1.2', '1.3'] as const;
export type GexfVersion = (typeof GEXF_VERSIONS)[number];

export interface GexfOptions {
  /** 1.2 (the default) is read by every tool tried; 1.3 by Gephi 0.10, networkx 3 and graphology. */
  version: GexfVersion;
  /** When given, nodes also carry the role's typical education and its dataset name is written as the description. */
  dataset: Dataset | null;
}

export const GEXF_DEFAULTS: GexfOptions = { version: '1.2', dataset: null };

/** The namespaces each version's readers and schemas expect (1.2 files say "1.2draft", as Gephi writes them). */
const NAMESPACES: Record<GexfVersion, { gexf: string; viz: string }> = {
  '1.2': { gexf: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz' },
  '1.3': { gexf: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz' },
};

type Value = string | number | boolean | undefined;
interface Column<A> {
  id: string;
  type: 'string' | 'double' | 'boolean';
  value: (attributes: A, key: string) => Value;
}

// Control characters (except tab, newline, return) and non-characters are not allowed in XML 1.0.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** An attribute value or element text: escaped, and tabs and line breaks kept as references (attributes would fold them). */
function xml(value: string | number | boolean): string {
  return xmlSafe(String(value)).replace(/[&<>"\t\n\r]/g, (c) => ENTITIES[c]!);
}

function attrs(pairs: Record<string, Value>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xml(v!)}"`)
    .join('');
}

/** "#1f3a5f" or "#abc" → r/g/b; anything else is left out rather than guessed. */
export function rgb(color: string): { r: number; g: number; b: number } | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16) };
}

/** A finite number as XML Schema writes it ("-0" would be read as 0 anyway). */
const num = (n: number) => (Number.isFinite(n) ? String(n + 0) : '0');

function columns(dataset: Dataset | null) {
  const education = new Map(dataset?.roles.map((r) => [r.id, r.education.typical]) ?? []);
  const node: Column<RoleNodeAttributes>[] = [
    { id: 'track', type: 'string', value: (a) => a.track },
    { id: 'level', type: 'string', value: (a) => a.level },
    { id: 'outOfScope', type: 'boolean', value: (a) => a.outOfScope },
    // The dataset's own title is the label whatever language the map shows; the Spanish one beside it.
    { id: 'titleEs', type: 'string', value: (a) => a.titles?.es },
    { id: 'typicalEducation', type: 'string', value: (_a, key) => education.get(key) },
  ];
  const edge: Column<MoveEdgeAttributes>[] = [
    { id: 'moveKind', type: 'string', value: (a) => a.kind },
    { id: 'yearsTypical', type: 'double', value: (a) => a.years.typical },
    { id: 'yearsLow', type: 'double', value: (a) => a.years.low },
    { id: 'yearsHigh', type: 'double', value: (a) => a.years.high },
    { id: 'estimated', type: 'boolean', value: (a) => a.years.estimated },
    { id: 'requiresCredentials', type: 'string', value: (a) => a.requiresCredentials.join('|') || undefined },
    { id: 'requiresEducation', type: 'string', value: (a) => a.requiresEducation },
  ];
  return { node, edge };
}

function declare<A>(kind: 'node' | 'edge', cols: Column<A>[]): string {
  const lines = cols.map((c) => `      <attribute${attrs({ id: c.id, title: c.id, type: c.type })}/>`);
  return `    <attributes class="${kind}">\n${lines.join('\n')}\n    </attributes>`;
}

function attvalues<A>(cols: Column<A>[], a: A, key: string): string {
  const lines = cols.flatMap((c) => {
    const v = c.value(a, key);
    return v === undefined || v === ''
      ? []
      : [`          <attvalue${attrs({ for: c.id, value: typeof v === 'number' ? num(v) : v })}/>`];
  });
  return lines.length ? `        <attvalues>\n${lines.join('\n')}\n        </attvalues>\n` : '';
}

function color(value: string): string {
  const c = rgb(value);
  return c ? `        <viz:color${attrs({ r: c.r, g: c.g, b: c.b })}/>\n` : '';
}

/** The whole file at once (tests, small graphs); the app writes it in pieces with `gexfPieces`. */
export function graphToGexf(graph: CareerGraph, options: Partial<GexfOptions> = {}): string {
  return [...gexfPieces(graph, options)].join('');
}

/** Nodes or edges per piece: a few milliseconds of work each. */
const PIECE = 500;

/**
 * The file in pieces of a few hundred nodes or edges, so `blobInSlices` can spread it over short
 * tasks: 5,000 roles and 50,000 moves written in one go held the page for seconds (issue 28).
 */
export function* gexfPieces(graph: CareerGraph, options: Partial<GexfOptions> = {}): Generator<string, void> {
  const opts = { ...GEXF_DEFAULTS, ...options };
  if (!(GEXF_VERSIONS as readonly string[]).includes(opts.version))
    throw new Error(`graph/gexf: version must be 1.2 or 1.3, got '${String(opts.version)}'`);
  const ns = NAMESPACES[opts.version];
  const cols = columns(opts.dataset);
  yield lines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf${attrs({ xmlns: ns.gexf, 'xmlns:viz': ns.viz, version: opts.version })}>`,
    `  <meta>\n    <creator>Career Path Explorer</creator>${opts.dataset ? `\n    <description>${xml(opts.dataset.name)}</description>` : ''}\n  </meta>`,
    '  <graph mode="static" defaultedgetype="directed">',
    declare('node', cols.node),
    declare('edge', cols.edge),
    '    <nodes>',
  ]);
  let batch: string[] = [];
  for (const { node: key, attributes: a } of graph.nodeEntries()) {
    batch.push(
      `      <node${attrs({ id: key, label: a.titles?.en ?? a.label })}>\n${attvalues(cols.node, a, key)}${color(a.color)}        <viz:position${attrs({ x: num(a.x), y: num(a.y), z: 0 })}/>\n        <viz:size value="${num(a.size)}"/>\n      </node>`,
    );
    if (batch.length < PIECE) continue;
    yield lines(batch);
    batch = [];
  }
  yield lines([...batch, '    </nodes>', '    <edges>']);
  batch = [];
  for (const { edge: key, attributes: a, source, target } of graph.edgeEntries()) {
    // Gephi's shortest paths read the weight: the typical years of the move. GEXF 1.2 has no edge kind.
    const head = attrs({
      id: key,
      source,
      target,
      weight: num(a.years.typical),
      kind: opts.version === '1.3' ? a.kind : undefined,
    });
    batch.push(
      `      <edge${head}>\n${attvalues(cols.edge, a, key)}${color(a.color)}        <viz:thickness value="${num(a.size)}"/>\n      </edge>`,
    );
    if (batch.length < PIECE) continue;
    yield lines(batch);
    batch = [];
  }
  yield lines([...batch, '    </edges>', '  </graph>', '</gexf>']);
}

/** Each line with its line break: pieces join into the file with nothing between them. */
const lines = (list: string[]) => (list.length ? `${list.join('\n')}\n` : '');
