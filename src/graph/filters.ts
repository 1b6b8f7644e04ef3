/**
 * Which roles pass the explorer's filters, and the neighbourhood used by "focus".
 * Returns a Set for the map's reducers (null = everything visible, the cheap common case).
 */
import { EDUCATION_LEVELS, type EducationLevel, type Level, type Track } from '../data/vocabulary';
import type { Role } from '../data/schema';
import type { CareerGraph } from './types';

export interface RoleFilters {
  tracks: Track[];
  levels: Level[];
  /** Hide roles whose typical education is above this. */
  edu: EducationLevel | null;
  /** Show only roles that hold or whose incoming moves require this credential. */
  credential: string | null;
}

export function isFiltering(f: RoleFilters): boolean {
  return f.tracks.length > 0 || f.levels.length > 0 || f.edu !== null || f.credential !== null;
}

/** Roles asking for a credential: those listing it, or reached by a move that requires it. */
export function rolesRequiringCredential(graph: CareerGraph, roles: readonly Role[], credential: string): Set<string> {
  const out = new Set(roles.filter((r) => r.credentials.includes(credential)).map((r) => r.id));
  graph.forEachEdge((_edge, attrs, _source, target) => {
    if (attrs.requiresCredentials.includes(credential)) out.add(target);
  });
  return out;
}

export function visibleRoles(graph: CareerGraph, roles: readonly Role[], f: RoleFilters): Set<string> | null {
  if (!isFiltering(f)) return null;
  const eduMax = f.edu === null ? EDUCATION_LEVELS.length : EDUCATION_LEVELS.indexOf(f.edu);
  const byCredential = f.credential ? rolesRequiringCredential(graph, roles, f.credential) : null;
  const out = new Set<string>();
  for (const r of roles) {
    if (!graph.hasNode(r.id)) continue;
    if (f.tracks.length && !f.tracks.includes(r.track)) continue;
    if (f.levels.length && !f.levels.includes(r.level)) continue;
    if (EDUCATION_LEVELS.indexOf(r.education.typical) > eduMax) continue;
    if (byCredential && !byCredential.has(r.id)) continue;
    out.add(r.id);
  }
  return out;
}

/** The role and every role within `depth` moves of it, in either direction. */
export function neighbourhood(graph: CareerGraph, roleId: string, depth = 2): Set<string> {
  const seen = new Set<string>([roleId]);
  let frontier = [roleId];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (n) => {
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

export function intersect(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  return new Set([...a].filter((x) => b.has(x)));
}
