/**
 * When the map's Sigma starts (issue 29). Its preview (map-preview.ts) is on screen from the
 * start and answers a click on a role, shows filters, routes and the selected role; what only
 * Sigma does is pan, zoom and hover. So Sigma — hundreds of milliseconds of WebGL set-up on a
 * phone, which used to land in the page's load — starts when the reader first uses the map (the
 * mouse over it, a finished touch, a wheel, a key, focus) or one of its controls, or when a route or
 * a role is shown on it (the preview draws neither's cards nor a route's years), and once.
 * A use starts it after the next frame, so what that use changed (a role's panel opened by a
 * tap) is painted before the set-up blocks the page.
 */

/** Events on the map that mean the reader is using it (pointermove: a mouse or pen hovering, not a finger). */
export const START_EVENTS = ['pointermove', 'pointerup', 'wheel', 'keydown', 'focusin'] as const;

/** A finger's pointermove is a touch in progress (a tap's jitter): its pointerup will start the map. */
const isUse = (event: Event) => !(event.type === 'pointermove' && (event as PointerEvent).pointerType === 'touch');

/** Calls back once the browser has painted the next frame; returns a cancel. */
export type AfterPaint = (callback: () => void) => () => void;

export const browserAfterPaint: AfterPaint = (callback) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(callback, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

export interface Start {
  /** Starts now if not started (a control of the map was used). */
  now(): void;
  /** Never starts (the map was unmounted). */
  cancel(): void;
}

export function startWhenUsed(
  target: EventTarget,
  start: () => void,
  afterPaint: AfterPaint = browserAfterPaint,
): Start {
  let pending = true;
  let cancelSoon = () => {};
  const stop = () => {
    pending = false;
    cancelSoon();
    for (const type of START_EVENTS) target.removeEventListener(type, used);
  };
  const now = () => {
    if (!pending) return;
    stop();
    start();
  };
  const used = (event: Event) => {
    if (!isUse(event)) return;
    for (const type of START_EVENTS) target.removeEventListener(type, used);
    cancelSoon = afterPaint(now);
  };
  for (const type of START_EVENTS) target.addEventListener(type, used, { passive: true });
  return { now, cancel: stop };
}
