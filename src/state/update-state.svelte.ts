/**
 * Reactive offline/update state for the UI: `waiting` is set when a new service worker has
 * installed and waits for the user's go-ahead (UpdateBanner reads it); `otherTab` when another
 * tab applied an update, so this one runs older code than the worker now serving it and should
 * be reloaded. One object, mutated in place, because an exported $state cannot be reassigned.
 */
export const swUpdate = $state<{
  waiting: ServiceWorker | null;
  otherTab: boolean;
}>({ waiting: null, otherTab: false });
