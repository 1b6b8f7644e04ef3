/**
 * The career graph as GEXF (Gephi, Cytoscape…). The graph's nested attributes are flattened
 * to GEXF's scalar columns (years → yearsTypical/Low/High), Sigma-only attributes are left
 * out, and characters XML 1.0 cannot carry are dropped so the file always parses.
 */
import { write } from 'graphology-gexf';
import type { Dataset } from '../data/schema';
import type Graph from 'graphology';
import type { CareerGraph, MoveEdgeAttributes, RoleNodeAttributes } from './types';

export interface GexfOptions {
  /** 1.3 writes hex colours and a correct viz namespace; 1.2 is for older tools. */
  version: '1.2' | '1.3';
  /** When given, nodes also carry the role's typical education and its dataset name is written as the description. */
  dataset: Dataset | null;
}

export const GEXF_DEFAULTS: GexfOptions = { version: '1.3', dataset: null };

// Control characters (except tab, newline, return) and non-characters are not allowed in XML 1.0.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
}

export function graphToGexf(graph: CareerGraph, options: Partial<GexfOptions> = {}): string {
  const opts = { ...GEXF_DEFAULTS, ...options };
  const education = new Map(opts.dataset?.roles.map((r) => [r.id, r.education.typical]) ?? []);
  // A copy carries the file's metadata, so the app's graph is never mutated.
  // The planner's rules (programs, credential rules) are structured data GEXF has no place for.
  const copy = graph.copy() as unknown as Graph<RoleNodeAttributes, MoveEdgeAttributes>;
  copy.replaceAttributes({});
  copy.setAttribute('creator', 'Career Path Explorer');
  if (opts.dataset) copy.setAttribute('description', xmlSafe(opts.dataset.name));
  return write<RoleNodeAttributes, MoveEdgeAttributes>(copy, {
    version: opts.version,
    formatNode: (key, a) => ({
      // The dataset's own title, whatever language the map shows; the Spanish one beside it.
      label: xmlSafe(a.titles?.en ?? a.label),
      viz: { x: a.x, y: a.y, size: a.size, color: a.color },
      attributes: {
        track: a.track,
        level: a.level,
        outOfScope: a.outOfScope,
        ...(a.titles?.es ? { titleEs: xmlSafe(a.titles.es) } : {}),
        ...(education.has(key) ? { typicalEducation: education.get(key) } : {}),
      },
    }),
    formatEdge: (_key, a) => ({
      kind: a.kind,
      // Gephi's shortest paths read the weight: the typical years of the move.
      weight: a.years.typical,
      viz: { color: a.color, thickness: a.size },
      attributes: {
        yearsTypical: a.years.typical,
        yearsLow: a.years.low,
        yearsHigh: a.years.high,
        estimated: a.years.estimated,
        requiresCredentials: a.requiresCredentials.join('|'),
        ...(a.requiresEducation ? { requiresEducation: a.requiresEducation } : {}),
      },
    }),
  });
}
