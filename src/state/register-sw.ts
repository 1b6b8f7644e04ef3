/**
 * Registers the build's service worker (production builds only: in dev, Vite serves modules
 * that a precache would freeze) and reports a waiting update instead of applying it, so an
 * open page never mixes assets from two builds. `applyUpdate` is the user's go-ahead.
 */
import { swUpdate } from './update-state.svelte';

export interface RegisterOptions {
  enabled: boolean;
  url: string;
  /** Called with the waiting worker when a new version has installed behind a running one. */
  onupdate: (waiting: ServiceWorker) => void;
}

export const REGISTER_DEFAULTS: RegisterOptions = {
  enabled: import.meta.env.PROD,
  url: `${import.meta.env.BASE_URL}sw.js`,
  onupdate: (waiting) => {
    swUpdate.waiting = waiting;
  },
};

async function register(opts: RegisterOptions): Promise<void> {
  const container = navigator.serviceWorker;
  try {
    const registration = await container.register(opts.url);
    // Only an update when some worker already controls the page; the first install just caches.
    const offer = (worker: ServiceWorker | null) => {
      if (worker && container.controller) opts.onupdate(worker);
    };
    offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer(worker);
      });
    });
    // Another tab said "Reload to update": the new worker now serves this page too, whose code is
    // older (its lazy parts may be gone from the server): say so, instead of failing later.
    const hadController = container.controller !== null;
    container.addEventListener('controllerchange', () => {
      if (hadController && !updatingHere) swUpdate.otherTab = true;
    });
    // A tab left open for days still learns about new builds when the user comes back to it.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  } catch (error) {
    console.warn('offline: the service worker could not be registered; the app works online only', error);
  }
}

export function registerServiceWorker(options: Partial<RegisterOptions> = {}): void {
  const opts = { ...REGISTER_DEFAULTS, ...options };
  if (!opts.enabled || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // After load, so precaching does not compete with the first render for bandwidth.
  if (document.readyState === 'complete') void register(opts);
  else window.addEventListener('load', () => void register(opts), { once: true });
}

/** Set while this tab applies an update, so its own controller change is not taken for another tab's. */
let updatingHere = false;

/**
 * Activates the waiting worker and reloads once it controls the page. When another tab already
 * activated it (its state is past "installed"), there is nothing to wait for: reload at once.
 */
export function applyUpdate(waiting: ServiceWorker): void {
  updatingHere = true;
  if (
    swUpdate.otherTab ||
    waiting.state === 'activating' ||
    waiting.state === 'activated' ||
    waiting.state === 'redundant'
  ) {
    window.location.reload();
    return;
  }
  const reload = () => window.location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', reload, {
    once: true,
  });
  // Activated by another tab between the banner showing and this click: no controller change comes.
  waiting.addEventListener('statechange', () => waiting.state === 'activated' && reload());
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
