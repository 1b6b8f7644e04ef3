/**
 * The orders the text views show roles and moves in, pure so they are tested in Node: the Roles
 * table's sortable columns, a role's moves (quickest first), the route planner's roles reachable
 * within N years (by years or by pay), and the map's reading order for the arrow keys (column by
 * column, top to bottom).
 */
import type { Role, Transition } from '../data/schema';
import { LEVELS, TRACKS } from '../data/vocabulary';
import type { CareerModel } from './model';
import type { CareerGraph } from './types';

export const ROLE_SORT_KEYS = ['title', 'track', 'level', 'pay'] as const;
export type RoleSortKey = (typeof ROLE_SORT_KEYS)[number];

export interface RoleSort {
  key: RoleSortKey;
  ascending: boolean;
  /** The title as shown (it may be translated); ties in every column fall back to it. */
  titleOf: (role: Role) => string;
  /** The pay figure the table shows, or null when the role has none. */
  payOf: (role: Role) => number | null;
  collator: Intl.Collator;
}

/** A new array: `roles` in the table's order. Roles without a pay figure sort last both ways ("unknown" is not "lowest"). */
export function sortRoles(roles: readonly Role[], sort: RoleSort): Role[] {
  const { key, ascending, titleOf, payOf, collator } = sort;
  const unknown = ascending ? Infinity : -Infinity;
  const cmp: Record<RoleSortKey, (a: Role, b: Role) => number> = {
    title: (a, b) => collator.compare(titleOf(a), titleOf(b)),
    track: (a, b) => TRACKS.indexOf(a.track) - TRACKS.indexOf(b.track),
    level: (a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level),
    pay: (a, b) => (payOf(a) ?? unknown) - (payOf(b) ?? unknown),
  };
  const sign = ascending ? 1 : -1;
  return [...roles].sort((a, b) => sign * cmp[key](a, b) || collator.compare(titleOf(a), titleOf(b)));
}

export interface RoleMove {
  edge: string;
  transition: Transition;
  /** The role at the other end: where the move leads ('out') or comes from ('in'). */
  other: string;
  title: string;
}

/** A role's moves out of it or into it, quickest first, then by the other role's title. */
export function roleMoves(
  model: CareerModel,
  roleId: string,
  direction: 'out' | 'in',
  titleOf: (roleId: string) => string,
  collator: Intl.Collator,
): RoleMove[] {
  const g = model.graph;
  if (!g.hasNode(roleId)) return [];
  const edges = direction === 'out' ? g.outEdges(roleId) : g.inEdges(roleId);
  const moves: RoleMove[] = [];
  for (const edge of edges) {
    const transition = model.transitions.get(edge);
    if (!transition) continue;
    const other = direction === 'out' ? g.target(edge) : g.source(edge);
    moves.push({ edge, transition, other, title: titleOf(other) });
  }
  return moves.sort(
    (a, b) => a.transition.years.typical - b.transition.years.typical || collator.compare(a.title, b.title),
  );
}

/** The map's dots in reading order: left column first, each column top to bottom (sigma's y points up). */
export function readingOrder(graph: CareerGraph): string[] {
  return graph
    .mapNodes((node, a) => ({ node, x: a.x, y: a.y }))
    .sort((a, b) => a.x - b.x || b.y - a.y)
    .map((n) => n.node);
}

/** The role `step` places after `current` in `order`, wrapping at both ends; the first (or last) when nothing is current. */
export function stepThrough(order: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (!order.length) return null;
  const at = current === null ? -1 : order.indexOf(current);
  const from = at === -1 && step === -1 ? 0 : at;
  return order[(from + step + order.length) % order.length] ?? null;
}

export const REACH_SORT_KEYS = ['years', 'pay'] as const;
export type ReachSortKey = (typeof REACH_SORT_KEYS)[number];

/** What the reachable-roles list knows of a role's pay: a figure in constant dollars, or none. */
export interface ReachPay {
  value: number;
  /** A wider occupation's figure: shown under its name, never ranked as the role's own. */
  broader: boolean;
}

export interface ReachSort<T> {
  key: ReachSortKey;
  /** Smallest number first (the years' usual order); pay usually comes highest first (false). */
  ascending: boolean;
  yearsOf: (item: T) => number;
  payOf: (item: T) => ReachPay | null;
  titleOf: (item: T) => string;
  collator: Intl.Collator;
}

/**
 * A new array: the roles reachable within N years in the list's order. By pay, roles with their
 * own figure come first (highest first, or lowest with `ascending`), then roles shown with a
 * wider occupation's figure (in their own order), then roles with none; ties go to fewer years,
 * then the title. By years, ties go to the higher own pay, then the title.
 */
export function sortReachable<T>(items: readonly T[], sort: ReachSort<T>): T[] {
  const { key, ascending, yearsOf, payOf, titleOf, collator } = sort;
  const group = (x: T) => {
    const p = payOf(x);
    return p === null ? 2 : p.broader ? 1 : 0;
  };
  const pay = (x: T) => payOf(x)?.value ?? 0;
  const ownPay = (x: T) => (group(x) === 0 ? pay(x) : -1);
  const byPay = (a: T, b: T) => group(a) - group(b) || (ascending ? pay(a) - pay(b) : pay(b) - pay(a));
  const byYears = (a: T, b: T) => (ascending ? yearsOf(a) - yearsOf(b) : yearsOf(b) - yearsOf(a));
  return [...items].sort((a, b) =>
    key === 'pay'
      ? byPay(a, b) || yearsOf(a) - yearsOf(b) || collator.compare(titleOf(a), titleOf(b))
      : byYears(a, b) || ownPay(b) - ownPay(a) || collator.compare(titleOf(a), titleOf(b)),
  );
}
