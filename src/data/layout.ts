/**
 * Where the map's dots go, as plain JSON: computed at build time for the built-in data (shipped
 * beside the dataset) and in a worker for an imported one.
 */
/** A computed layout, plain JSON so it can come from a build step or a worker. */
export interface Layout {
  positions: Record<string, { x: number; y: number }>;
  /** @sigma/edge-curve curvature per move id; a move not listed is straight. */
  curvature: Record<string, number>;
}
