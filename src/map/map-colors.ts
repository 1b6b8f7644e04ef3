/**
 * The colours the map draws with. On a normal screen: each track's colour from the data (palette.ts)
 * and the greys below. In forced-colours mode (Windows high contrast, light or dark) the page's
 * CSS colours are replaced by the reader's system colours, but a WebGL canvas is not: there the
 * map takes the same system colours (read from CSS keywords), so roles, moves, a highlighted route
 * and labels stay visible on a black or a white Canvas (issue 27). GraphCanvas hands the current
 * set to the one Sigma instance through its reducers and label drawers; nothing is rebuilt.
 */

export interface MapColors {
  /** Every role's dot; null keeps its track's colour. */
  node: string | null;
  /** Moves by kind; null keeps the data's colours (EDGE_COLORS). */
  edges: { advancement: string; lateral: string } | null;
  /** Roles and moves out of the filters or away from the focus. */
  dimmedNode: string;
  dimmedEdge: string;
  /** The focused role's moves and a highlighted route. */
  emphasisEdge: string;
  emphasisLateral: string;
  /** The focused role or a route's roles, where node is set (else they keep their track's colour, drawn larger). */
  emphasisNode: string | null;
  /** Label text, the halo that keeps it readable over arrows, and the hovered role's card. */
  label: string;
  halo: string;
  card: string;
}

export const SCREEN_COLORS: MapColors = {
  node: null,
  edges: null,
  dimmedNode: '#E5E7EB',
  dimmedEdge: '#F0F0F0',
  emphasisEdge: '#111827',
  emphasisLateral: '#B45309',
  emphasisNode: null,
  label: '#111827',
  halo: 'rgba(255, 255, 255, 0.9)',
  card: '#fff',
};

/** CSS system colour keywords forced-colours mode maps to the reader's theme. */
export type SystemColor = 'Canvas' | 'CanvasText' | 'GrayText' | 'LinkText' | 'Highlight';

/** The map in the reader's system colours; `system` turns a keyword into the colour it is now. */
export function forcedMapColors(system: (name: SystemColor) => string): MapColors {
  const text = system('CanvasText');
  const highlight = system('Highlight');
  return {
    node: text,
    edges: { advancement: text, lateral: system('LinkText') },
    dimmedNode: system('GrayText'),
    dimmedEdge: system('GrayText'),
    emphasisEdge: highlight,
    emphasisLateral: highlight,
    emphasisNode: highlight,
    label: text,
    halo: system('Canvas'),
    card: system('Canvas'),
  };
}

/** What a CSS colour keyword resolves to in this document now (e.g. CanvasText → rgb(255, 255, 255)). */
export function readSystemColor(name: SystemColor): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  probe.style.display = 'none';
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
