/**
 * One polite live region for the page (rendered by App.svelte). Components call `say` when
 * something changes where focus is not — new route results, a count, an import outcome — so
 * each is spoken once, instead of several role="status" regions competing or repeating.
 */
import { untrack } from 'svelte';

export class Announcer {
  text = $state('');

  say(message: string) {
    // The same sentence twice in a row would not change the region, so nothing would be read;
    // a trailing no-break space makes it a change without changing what is heard.
    // Read untracked: callers run in effects, which must not come to depend on the region.
    this.text = message === untrack(() => this.text) ? `${message}\u00a0` : message;
  }
}

export const announcer = new Announcer();
