/**
 * The app's one reactive store. The URL is the source of truth for shareable state (role,
 * filters, view, search, route planner); everything else is derived from it. The model
 * (dataset + graph) is held raw: it is large and replaced whole, never mutated reactively.
 */
import type { Dataset, Role } from '../data/schema';
import { intersect, neighbourhood, visibleRoles } from '../graph/filters';
import type { MapEmphasis } from '../map/emphasis';
import type { CareerModel } from '../graph/model';
import { currentCredentialId, currentCredentialIds } from '../data/credential-ids';
import type { TitleSearch } from '../graph/search/title-search';
import { EMPTY_STATE, parseUrlState, serializeUrlState, type UrlState } from './url-state';

export type HistoryMode = 'push' | 'replace';

export class AppState {
  model = $state.raw<CareerModel>() as CareerModel;
  url = $state.raw<UrlState>(EMPTY_STATE);
  /** False while a user's imported dataset replaces the built-in one. */
  isBuiltin = $state(true);

  /**
   * The dataset's title search once its code (Fuse.js and the engine, not on the first screen)
   * has loaded and its index is built: null until then (see prepareSearch).
   */
  titleSearch = $state.raw<TitleSearch | null>(null);
  /** The search code could not be fetched (offline before the service worker had it). */
  titleSearchFailed = $state(false);
  #searchFor: Dataset | null = null;

  /** Roles shown in lists and on the map (out-of-scope roles only exist for seed titles). */
  roles: Role[] = $derived(this.model.dataset.roles.filter((r) => !r.outOfScope));
  selectedRole: Role | null = $derived((this.url.role && this.model.roles.get(this.url.role)) || null);
  /** Set when the URL names a role this dataset does not have. */
  unknownRoleId: string | null = $derived(this.url.role && !this.model.roles.has(this.url.role) ? this.url.role : null);

  visible: Set<string> | null = $derived.by(() => {
    const filtered = visibleRoles(this.model.graph, this.roles, this.url);
    const focused =
      this.url.focus && this.selectedRole ? neighbourhood(this.model.graph, this.selectedRole.id, 2) : null;
    return intersect(filtered, focused);
  });
  visibleCount: number = $derived(this.visible ? this.visible.size : this.roles.length);
  /** What the map emphasises; the route planner adds its highlighted route on top. */
  emphasis: MapEmphasis = $derived({ selected: this.selectedRole?.id ?? null, visible: this.visible, route: null });

  constructor(model: CareerModel, search = '') {
    this.model = model;
    this.url = this.#read(search);
  }

  /** The URL's state, with a renamed credential's old id (a link naming "ctr") read as its current id. */
  #read(search: string): UrlState {
    const url = parseUrlState(search);
    const credentials = this.model.dataset.credentials;
    return {
      ...url,
      credential: url.credential && currentCredentialId(credentials, url.credential),
      held: currentCredentialIds(credentials, url.held),
    };
  }

  /** Applies a partial change and records it in the browser history. */
  update(change: Partial<UrlState>, mode: HistoryMode = 'push'): void {
    this.url = { ...this.url, ...change };
    if (typeof history === 'undefined') return;
    const target = `${location.pathname}${serializeUrlState(this.url)}${location.hash}`;
    if (target === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(null, '', target);
    else history.replaceState(null, '', target);
  }

  select(roleId: string | null): void {
    this.update({ role: roleId, focus: roleId ? this.url.focus : false });
  }

  /**
   * Loads the search code and builds the current dataset's index, once per dataset: when the
   * page is idle after the map's first draw, on the first focus of a search box, after an import.
   */
  prepareSearch(): void {
    const dataset = this.model.dataset;
    if (this.#searchFor === dataset) return;
    this.#searchFor = dataset;
    this.titleSearchFailed = false;
    import('../graph/search/title-search').then(
      async ({ titleSearchInSlices }) => {
        if (this.model.dataset !== dataset) return;
        const search = await titleSearchInSlices(dataset);
        if (this.model.dataset === dataset) this.titleSearch = search;
      },
      () => {
        if (this.#searchFor !== dataset) return;
        this.#searchFor = null; // the next focus tries again
        this.titleSearchFailed = true;
      },
    );
  }

  /** Called on popstate: the URL changed under us (back/forward). */
  syncFromLocation(search: string): void {
    this.url = this.#read(search);
  }

  replaceModel(model: CareerModel, builtin: boolean): void {
    this.model = model;
    this.isBuiltin = builtin;
    // Build the new dataset's search index while the page is idle, not on the first keystroke
    // after an import (about half a second at 20,000 titles).
    this.titleSearch = null;
    whenIdle(() => this.prepareSearch());
    // Ids from the old data mean nothing in the new one.
    this.update(
      { role: null, focus: false, credential: null, from: null, to: null, held: [], routeIndex: 0, compare: [] },
      'replace',
    );
  }
}

/** Runs a task when the browser is idle (soon in any case); in Node, after the current task. */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}
