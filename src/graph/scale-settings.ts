/**
 * Sigma settings for large maps (an imported dataset of thousands of roles). At the built-in
 * size every edge label and every label during a drag is affordable; at 5,000 roles and
 * 50,000 moves, drawing them on each frame of a zoom or pan takes seconds in a software-WebGL
 * browser. Above the threshold, edges and labels are hidden while the camera moves and edge
 * labels are not drawn (a move's years are in the role panel and the list).
 */

export const LARGE_MAP = { roles: 1000, moves: 5000 } as const;

export interface ScaleSettings {
  hideEdgesOnMove: boolean;
  hideLabelsOnMove: boolean;
  renderEdgeLabels: boolean;
}

export function isLargeMap(roles: number, moves: number): boolean {
  return roles > LARGE_MAP.roles || moves > LARGE_MAP.moves;
}

export function scaleSettings(roles: number, moves: number): Partial<ScaleSettings> {
  // Small maps keep whatever the canvas chose (edge labels on).
  return isLargeMap(roles, moves) ? { hideEdgesOnMove: true, hideLabelsOnMove: true, renderEdgeLabels: false } : {};
}

/**
 * For a renderer whose graph was replaced: switches the large-map settings on or back off, in
 * one call (each separate setSetting re-processes the whole graph: ≈25 ms each at 50,000 moves).
 */
export function applyScaleSettings(renderer: { setSettings: (settings: ScaleSettings) => unknown }, roles: number, moves: number): void {
  const large = isLargeMap(roles, moves);
  renderer.setSettings({ hideEdgesOnMove: large, hideLabelsOnMove: large, renderEdgeLabels: !large });
}
