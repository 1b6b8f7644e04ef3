/**
 * Which plan is open in the editor, and whether it came from a share link (read-only).
 * Saved plans themselves live in the PlansController (IndexedDB); this is only the session.
 */
// Only the address check is loaded with the page; the decoder (lz-string, the plan schema,
// zod) and plan building load when a link or a route asks for them.
import { extractPlanParam } from '../plans/link-param';
import type { Plan } from '../plans/schema';
import type { Route } from '../graph/routes';
import type { UrlState } from './url-state';
import { i18n } from './locale-state.svelte';
import { m } from '../paraglide/messages.js';

export class PlanSession {
  open = $state.raw<Plan | null>(null);
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
      locale: i18n.locale,
    });
    this.edit(plan);
    return plan;
  }

  edit(plan: Plan | null): void {
    this.open = plan;
    this.readonly = false;
    this.linkMessage = null;
  }

  /**
   * Reads a shared plan from the page address; returns true when the address carried one.
   * A refused link (damaged, too long, not a plan) is read once and taken out of the address:
   * left there, every later view change copies it along (a 1 MB hash made each take seconds).
   * Says at once whether the address names a plan; `decoding` resolves once the plan is open.
   */
  openFromLink(href: string): boolean {
    if (extractPlanParam(href) === null) return false;
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
    if (
      !result.ok &&
      typeof history !== 'undefined' &&
      typeof location !== 'undefined' &&
      extractPlanParam(location.href) !== null
    ) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    }
    if (result.ok) {
      this.open = result.plan;
      this.readonly = true;
      this.linkMessage = null;
    } else {
      this.open = null;
      this.linkMessage = result.message;
    }
  }
}
