/**
 * When the map's Sigma starts (issue 29). Its preview (map-preview.ts) is on screen from the
 * start, so Sigma — hundreds of milliseconds of WebGL set-up on a phone — waits until the page is
 * idle, or until the reader reaches for the map (a pointer over it, a key, a wheel, focus),
 * whichever comes first, and starts once.
 */

/** Events on the map that mean the reader is about to use it. */
export const START_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'focusin', 'touchstart'] as const;

/** Longest wait for an idle moment (ms). */
export const IDLE_TIMEOUT_MS = 1500;
/** Where the browser has no requestIdleCallback: a short wait, so the preview is painted first (ms). */
const NO_IDLE_WAIT_MS = 200;

/** Calls back when the page is idle; returns a cancel. */
export type Idle = (callback: () => void, timeout: number) => () => void;

export const browserIdle: Idle = (callback, timeout) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, NO_IDLE_WAIT_MS);
  return () => clearTimeout(id);
};

export interface Start {
  /** Starts now if not started (a control of the map was used). */
  now(): void;
  /** Never starts (the map was unmounted). */
  cancel(): void;
}

export function startWhenIdleOrUsed(target: EventTarget, start: () => void, idle: Idle = browserIdle): Start {
  let pending = true;
  const stop = () => {
    pending = false;
    cancelIdle();
    for (const type of START_EVENTS) target.removeEventListener(type, now);
  };
  const now = () => {
    if (!pending) return;
    stop();
    start();
  };
  const cancelIdle = idle(now, IDLE_TIMEOUT_MS);
  for (const type of START_EVENTS) target.addEventListener(type, now, { passive: true });
  return { now, cancel: stop };
}
