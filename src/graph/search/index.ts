/** The job-title search engine: build once with `buildSearchIndex`, then `search` / `suggest` per keystroke. */
export { buildSearchIndex, collectEntries, DEFAULT_FUSE_OPTIONS, BUILD_DEFAULTS } from './search-index';
export { search, scoreEntries, SEARCH_DEFAULTS } from './search';
export { suggest, correctQuery, SUGGEST_DEFAULTS } from './suggest';
export { searchRoles } from './role-search';
export { parseTitle, isAcronym } from './acronyms';
export { normalize } from './text';
export type * from './types';
export { titleSearch, type TitleSearch } from './title-search';
