/**
 * The Sigma settings that decide where the map's items land and how large they are drawn. The
 * map's one Sigma instance is made with them (GraphCanvas) and its preview (map-preview.ts), drawn
 * before Sigma starts, reads the same, so the two pictures match.
 */
export const MAP_SETTINGS = {
  /** Room (px) Sigma keeps around the framed box. */
  stagePadding: 24,
  labelFont: 'system-ui, sans-serif',
  labelSize: 12,
  labelWeight: 'normal',
  /** Sigma's default, fixed here because the preview draws moves at least this thick too. */
  minEdgeThickness: 1.7,
  /** Dots keep their size when zooming in (labels keep room) and shrink when zooming out. */
  zoomToSizeRatioFunction: (ratio: number) => Math.max(1, Math.sqrt(ratio)),
};

/**
 * Sigma's arrow heads (its arrow and curved-arrow programs' defaults): as long as 2.5 and as wide
 * as 2 times the move's thickness, the tip on the target dot's edge.
 */
export const ARROW_HEAD = { length: 2.5, width: 2 } as const;
