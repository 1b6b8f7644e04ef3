/**
 * The job-title search for fields that take a role (the route planner's From and To): the same
 * index, query and ranking as the main search, with each credential match turned into the
 * roles that ask for it ("CTR → Cancer / Tumor Registrar"), so whatever the main search finds
 * leads somewhere. One option per role; a role's own title or alternate title wins over a
 * credential it asks for.
 */
import { search, SEARCH_DEFAULTS } from './search';
import type { SearchIndex, SearchOptions, SearchResult } from './types';

/** A role reached through a credential match: named in the search's language, the match kept. */
function viaCredential(
  index: SearchIndex,
  r: SearchResult,
  roleId: string,
  options: Partial<SearchOptions>,
): SearchResult {
  const spanish = options.locale === 'es' ? index.roleTitlesEs.get(roleId) : undefined;
  return {
    ...r,
    kind: 'role',
    roleId,
    credentialId: r.credentialId,
    title: spanish ?? index.roleTitles.get(roleId) ?? roleId,
    viaAlternate: true,
    roleIds: [roleId],
  };
}

/** Ranked role options for a query, at most `limit`: roles matched, then roles asking for a matched credential, in the search's order. */
export function searchRoles(index: SearchIndex, query: string, options: Partial<SearchOptions> = {}): SearchResult[] {
  const limit = options.limit ?? SEARCH_DEFAULTS.limit;
  // Each credential may stand for several roles and several results may name the same role:
  // ask for more than `limit` so the cut comes after the expansion.
  const results = search(index, query, { ...options, limit: limit * 2 });
  const direct = new Map(results.flatMap((r) => (r.kind === 'role' && r.roleId ? [[r.roleId, r] as const] : [])));
  const out: SearchResult[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    const roleOptions =
      r.kind === 'role' ? [r] : r.roleIds.map((id) => direct.get(id) ?? viaCredential(index, r, id, options));
    for (const o of roleOptions) {
      if (out.length >= limit) return out;
      if (!o.roleId || seen.has(o.roleId)) continue;
      seen.add(o.roleId);
      out.push(o);
    }
  }
  return out;
}
