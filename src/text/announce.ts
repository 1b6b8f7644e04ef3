/**
 * The sentences a screen reader hears when results change without focus moving: a route
 * search's outcome, a search box's count, an import's result. Plain functions so the wording
 * is tested in Node; the live region that speaks them is src/state/announcer.svelte.ts.
 */
import { routeYearsLabel } from './format';
import { m } from '../paraglide/messages.js';

/** "5 routes from Medical Coder to HIM Director; the fastest takes about 9.1 years". */
export function routesSummary(
  fromTitle: string,
  toTitle: string,
  routes: readonly { estimated: boolean; totalYears: { typical: number } }[],
): string {
  if (routes.length === 0) return m.ann_no_route({ from: fromTitle, to: toTitle });
  // The total counts study and exams too (route-cost.ts), so "takes" is honest.
  const fastest = routes.reduce((a, b) => (b.totalYears.typical < a.totalYears.typical ? b : a));
  const years = routeYearsLabel(fastest).replace('≈', '');
  const about = fastest.estimated ? m.ann_about() : '';
  const ends = { n: routes.length, from: fromTitle, to: toTitle };
  return routes.length === 1
    ? m.ann_it_takes({ lead: m.ann_routes_one(ends), about, years })
    : m.ann_fastest_takes({ lead: m.ann_routes_other(ends), about, years });
}

/** The count a combobox announces as the user types; nothing while the box is empty. */
export function searchCountText(query: string, count: number): string {
  if (!query.trim()) return '';
  if (count === 0) return m.ann_search_none({ query: query.trim() });
  return count === 1 ? m.ann_search_one({ n: count }) : m.ann_search_other({ n: count });
}

/** Which plan keeps focus when one is deleted: the next one, else the one before, else none. */
export function neighbourAfterRemoval(ids: readonly string[], removed: string): string | null {
  const i = ids.indexOf(removed);
  if (i < 0) return ids[0] ?? null;
  return ids[i + 1] ?? ids[i - 1] ?? null;
}
