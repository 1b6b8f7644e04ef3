/**
 * A dataset's job-title search, ready to answer: the index built once, `search` and `suggest`
 * bound to it. The page loads this module (and Fuse.js with it) after the map's first draw or
 * on the first focus of a search box, not with the first screen (AppState.prepareSearch).
 */
import { LOAD_SLICE_MS } from '../../lib/slices';
import { buildSearchIndex, buildSearchIndexInSlices } from './search-index';
import { search } from './search';
import { searchRoles } from './role-search';
import { suggest } from './suggest';
import type { SearchData, SearchIndex, SearchOptions, SearchResult, SuggestOptions, Suggestion } from './types';

export interface TitleSearch {
  search(query: string, options?: Partial<SearchOptions>): SearchResult[];
  /** Roles only, a matched credential standing for the roles that ask for it (route fields). */
  searchRoles(query: string, options?: Partial<SearchOptions>): SearchResult[];
  suggest(query: string, options?: Partial<SuggestOptions>): Suggestion[];
}

export function titleSearch(data: SearchData): TitleSearch {
  return bound(buildSearchIndex(data));
}

/** titleSearch built over short tasks, for the page (an imported dataset's index took one task of 190–900 ms). */
export async function titleSearchInSlices(data: SearchData, budgetMs = LOAD_SLICE_MS): Promise<TitleSearch> {
  return bound(await buildSearchIndexInSlices(data, undefined, budgetMs));
}

function bound(index: SearchIndex): TitleSearch {
  return {
    search: (query, options) => search(index, query, options),
    searchRoles: (query, options) => searchRoles(index, query, options),
    suggest: (query, options) => suggest(index, query, options),
  };
}
