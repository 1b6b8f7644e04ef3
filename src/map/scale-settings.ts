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
 * How sigma draws a role: its default disc program (one instanced triangle a role), or on a large
 * map its point program (gl.POINTS: one vertex a role, the same antialiased disc). A
 * software-WebGL browser (SwiftShader) spends tens of microseconds on each instance: a 2,000-role
 * frame cost ≈ 55 ms of GPU time as discs against ≈ 10 ms as points, and panning stayed below
 * 20 frames/s. Points have a GPU-dependent largest size (at least 64 px in practice; a large map's
 * dots are 18 px) and leave the view whole once their centre does, which small dots can afford.
 */
export interface NodePrograms<P> {
  disc: P;
  point: P;
}

/**
 * For a renderer whose graph is replaced: switches the large-map settings on or back off, in
 * one call (each setSettings re-processes the whole graph: ≈25 ms at 50,000 moves), with the node
 * program for the size once the point program has loaded (it is not on the first screen).
 */
export function applyScaleSettings<P>(
  renderer: { setSettings: (settings: ScaleSettings & { nodeProgramClasses?: { circle: P } }) => unknown },
  roles: number,
  moves: number,
  programs: NodePrograms<P> | null = null,
): void {
  const large = isLargeMap(roles, moves);
  const nodes = programs ? { nodeProgramClasses: { circle: large ? programs.point : programs.disc } } : {};
  renderer.setSettings({ hideEdgesOnMove: large, hideLabelsOnMove: large, renderEdgeLabels: !large, ...nodes });
}
