/**
 * One polite live region for the page (rendered by App.svelte). Components call it when something
 * changes where focus is not — new route results, a count, an import outcome — so each is spoken
 * once, instead of several role="status" regions competing or repeating. The rules for when to
 * speak live here, for every caller (issue 27):
 * - `say`: at once (an outcome that arrives once: routes found, a plan imported);
 * - `sayWhenSettled`: after the input has been still for ANNOUNCE.settleMs; a newer call replaces a
 *   waiting one, so typing "HIM director" is one announcement, not one per letter;
 * - `sayIfLasting`: a loading state, spoken only when it is still loading after ANNOUNCE.lastingMs.
 */
import { untrack } from 'svelte';

export const ANNOUNCE = {
  /** Quiet time after the last keystroke before a search's count is spoken (ms). */
  settleMs: 700,
  /** A load shorter than this is never announced (ms). */
  lastingMs: 1500,
} as const;

export class Announcer {
  text = $state('');
  #settling: ReturnType<typeof setTimeout> | undefined;

  say(message: string) {
    // The same sentence twice in a row would not change the region, so nothing would be read;
    // a trailing no-break space makes it a change without changing what is heard.
    // Read untracked: callers run in effects, which must not come to depend on the region.
    this.text = message === untrack(() => this.text) ? `${message}\u00a0` : message;
  }

  /** Speaks `message` once the calls stop for ANNOUNCE.settleMs; '' withdraws a waiting one. */
  sayWhenSettled(message: string) {
    clearTimeout(this.#settling);
    this.#settling = message ? setTimeout(() => this.say(message), ANNOUNCE.settleMs) : undefined;
  }

  /** Starts a loading state; `message` is spoken if the returned `done` is not called within ANNOUNCE.lastingMs. */
  sayIfLasting(message: string): () => void {
    const timer = setTimeout(() => this.say(message), ANNOUNCE.lastingMs);
    return () => clearTimeout(timer);
  }
}

export const announcer = new Announcer();
