/**
 * Where the map's dots go. The real layout is the layered one (src/graph/layered), computed
 * at build time for the built-in data and in a worker for an imported dataset, and handed
 * to buildGraph as a plain `Layout` (src/data/layout.ts). This file keeps only a cheap stand-in —
 * the old swim lanes — for a graph built before its layout arrives (and for tests), so the
 * first-screen bundle never carries the layout code.
 */
import { LEVELS, TRACKS } from '../data/vocabulary';
import type { Role } from '../data/schema';

export const COLUMN_WIDTH = 260;
export const LANE_HEIGHT = 46;
const ROW_GAP = 24;

/** Swim lanes: levels left → right, one horizontal lane per track. */
export function swimLanePositions(
  roles: readonly Pick<Role, 'id' | 'track' | 'level'>[],
): Map<string, { x: number; y: number }> {
  const lanes = TRACKS.filter((t) => roles.some((r) => r.track === t));
  // Lanes grow with their busiest column so roles in the same cell never overlap.
  const cellCount = new Map<string, number>();
  for (const r of roles) cellCount.set(`${r.track}|${r.level}`, (cellCount.get(`${r.track}|${r.level}`) ?? 0) + 1);
  const laneRows = lanes.map((t) => Math.max(1, ...LEVELS.map((l) => cellCount.get(`${t}|${l}`) ?? 0)));
  const laneTop: number[] = [];
  let top = 0;
  laneRows.forEach((rows, i) => {
    laneTop[i] = top;
    top += LANE_HEIGHT + (rows - 1) * ROW_GAP;
  });

  const placed = new Map<string, number>();
  const positions = new Map<string, { x: number; y: number }>();
  // One collator for the sort: the same order as localeCompare, several times faster.
  const { compare } = new Intl.Collator();
  const sorted = [...roles].sort((a, b) => compare(a.id, b.id));
  for (const r of sorted) {
    const cell = `${r.track}|${r.level}`;
    const row = placed.get(cell) ?? 0;
    placed.set(cell, row + 1);
    const lane = lanes.indexOf(r.track);
    const x = LEVELS.indexOf(r.level) * COLUMN_WIDTH;
    // Sigma's y axis points up; negate so the first lane is drawn at the top.
    const y = -((laneTop[lane] ?? 0) + row * ROW_GAP);
    positions.set(r.id, { x, y });
  }
  return positions;
}
