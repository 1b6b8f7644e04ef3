/**
 * Which plan is open in the editor, and whether it came from a share link (read-only).
 * Saved plans themselves live in the PlansController (IndexedDB); this is only the session.
 */
// Only the address check is loaded with the page; the decoder (lz-string, the plan schema,
// zod) and plan building load when a link or a route asks for them.
import { MAX_ENCODED_CHARS, extractPlanParam } from '../plans/link-param';
import type { Plan } from '../plans/schema';
import { revisionOf, type Revision } from '../plans/revision';
import type { Route } from '../graph/routes';
import type { UrlState } from './url-state';
import { i18n } from './locale-state.svelte';
import { m } from '../paraglide/messages.js';

/** Where unsaved edits wait out a reload ("Reload to update"): this tab's sessionStorage. */
export const DRAFT_KEY = 'career-path-explorer-draft';

export class PlanSession {
  /** The plan as opened or last saved; the editor's unsaved edits are in `draft`. */
  open = $state.raw<Plan | null>(null);
  /** The revision `open` was read at (a save replaces only that one); null: never saved. */
  base = $state<Revision>(null);
  /** The editor's current version of `open` once anything was edited; kept across view changes. */
  draft = $state.raw<Plan | null>(null);
  /** Said above the editor once, e.g. that unsaved edits came through an update. */
  notice = $state<string | null>(null);
  readonly = $state(false);
  /** A user-facing problem with a share link, shown instead of the plan. */
  linkMessage = $state<string | null>(null);

  async fromRoute(route: Route, url: UrlState): Promise<Plan> {
    const { planFromRoute } = await import('../plans/plan-routes');
    const plan = planFromRoute(route, {
      heldCredentials: url.held,
      education: url.education ?? 'high_school',
      educationCeiling: url.ceiling ?? 'doctorate',
      maxYears: url.maxYears ?? null,
      objective: url.objective,
      study: url.study,
      relaxTypical: url.relax,
      locale: i18n.locale,
    });
    this.edit(plan);
    return plan;
  }

  /** Opens `plan` for editing; `base` is the stored revision it is (null for a plan not saved yet). */
  edit(plan: Plan | null, base: Revision = null): void {
    this.open = plan;
    this.base = base;
    this.draft = null;
    this.notice = null;
    this.readonly = false;
    this.linkMessage = null;
  }

  /** Opens a plan as stored now (a save will replace exactly this version). */
  openSaved(plan: Plan | null): void {
    this.edit(plan, plan ? revisionOf(plan) : null);
  }

  /** True when the editor holds changes no store has. */
  get unsaved(): boolean {
    return !this.readonly && this.draft !== null && this.draft !== this.open;
  }

  /**
   * Before a reload (an update): puts unsaved edits where `restoreDraft` finds them after it.
   * False when there are some and this browser will not keep them (storage blocked): the caller must not reload.
   */
  keepDraftForReload(storage: Pick<Storage, 'setItem'> | null = sessionStore()): boolean {
    if (!this.unsaved) return true;
    try {
      storage!.setItem(DRAFT_KEY, JSON.stringify({ plan: this.draft, base: this.base }));
      return true;
    } catch {
      return false;
    }
  }

  /** After a reload: reopens edits kept by `keepDraftForReload`, unsaved, with a notice. Resolves true when there were some. */
  async restoreDraft(storage: Pick<Storage, 'getItem' | 'removeItem'> | null = sessionStore()): Promise<boolean> {
    let kept: { plan?: unknown; base?: unknown };
    try {
      const text = storage?.getItem(DRAFT_KEY);
      if (!text) return false;
      storage?.removeItem(DRAFT_KEY);
      kept = JSON.parse(text) as typeof kept;
    } catch {
      return false;
    }
    if (typeof kept !== 'object' || kept === null) return false;
    const { migratePlan } = await import('../plans/migrate');
    const read = migratePlan(kept.plan);
    if (!read.ok) return false;
    const base = typeof kept.base === 'string' ? kept.base : null;
    this.edit({ ...read.plan }, base);
    this.draft = read.plan;
    this.notice = m.update_kept_draft({
      label: read.plan.label || m.untitled_plan(),
    });
    return true;
  }

  /**
   * Reads a shared plan from the page address; returns true when the address carried one.
   * A refused link (damaged, too long, not a plan) is read once and taken out of the address:
   * left there, every later view change copies it along (a 1 MB hash made each take seconds).
   * Says at once whether the address names a plan; `decoding` resolves once the plan is open.
   */
  openFromLink(href: string): boolean {
    const value = extractPlanParam(href);
    if (value === null) return false;
    if (value.length > MAX_ENCODED_CHARS) {
      // Refused at once, without loading the decoder, and gone from the address before any view change copies it.
      dropLinkFromAddress();
      this.open = null;
      this.linkMessage = m.link_too_long();
      this.decoding = Promise.resolve();
      return true;
    }
    this.decoding = this.decode(href).catch(() => {
      this.linkMessage = m.ps_link_failed();
    });
    return true;
  }

  /** Settles when the last link handed to openFromLink has been read (tests, callers that wait). */
  decoding: Promise<void> = Promise.resolve();

  private async decode(href: string): Promise<void> {
    const { decodePlanLink } = await import('../plans/share-link');
    const result = decodePlanLink(href);
    if (result === null) return;
    // The address may have changed while the decoder loaded (the app sets its view): drop the hash if it still holds the link.
    if (!result.ok) dropLinkFromAddress();
    if (result.ok) {
      this.open = result.plan;
      this.base = null;
      this.draft = null;
      this.readonly = true;
      this.linkMessage = null;
    } else {
      this.open = null;
      this.linkMessage = result.message;
    }
  }
}

/** This tab's sessionStorage, or null where reading it throws (cookies blocked). */
function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Takes a shared plan out of the page address (if it still holds one), keeping the rest. */
function dropLinkFromAddress(): void {
  if (typeof history === 'undefined' || typeof location === 'undefined' || extractPlanParam(location.href) === null)
    return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}
