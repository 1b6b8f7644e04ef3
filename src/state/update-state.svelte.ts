/**
 * Reactive offline/update state for the UI: `waiting` is set when a new service worker has
 * installed and waits for the user's go-ahead (UpdateBanner reads it). One object, mutated
 * in place, because an exported $state cannot be reassigned.
 */
export const swUpdate = $state<{ waiting: ServiceWorker | null }>({ waiting: null });
