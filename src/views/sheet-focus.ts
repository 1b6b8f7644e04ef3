/**
 * Tab and Shift+Tab stay inside the role sheet while it covers part of the page (phones, tablets,
 * 200 % zoom), as they would in a dialog, so focus is never on something hidden behind it
 * (WCAG 2.4.11). Only the keyboard is held: a pointer can still reach the map above the sheet.
 * Esc (RolePanel) or the close button leaves the sheet, and focus returns to the role.
 */

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'details > summary:first-of-type',
  '[tabindex]',
].join(',');

function shown(el: HTMLElement): boolean {
  // checkVisibility also says no for what sits in a closed <details>; jsdom lacks it.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}

/** `a` comes after `b` in the document (or inside it). */
const follows = (a: Node, b: Node) => (b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** What Tab stops at inside `root`, in document order (sorted: jsdom lists a selector list's matches by selector). */
export function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)]
    .filter((el) => el.tabIndex >= 0 && !el.closest('[inert]') && shown(el))
    .sort((a, b) => (follows(b, a) ? -1 : 1));
}

/**
 * Where Tab (or Shift+Tab with `back`) goes from `from`, kept inside `stops`: the next stop after it
 * in document order, wrapping round at the ends; from outside the sheet, its first (or last) stop.
 */
export function nextStop(stops: readonly HTMLElement[], from: Element | null, back: boolean): HTMLElement | null {
  if (stops.length === 0) return null;
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  if (!from) return back ? last : first;
  if (back) return stops.findLast((el) => follows(from, el)) ?? last;
  return stops.find((el) => follows(el, from)) ?? first;
}

/** A window keydown handler's work: moves focus for Tab when `sheet` is open and covering. */
export function keepTabInside(event: KeyboardEvent, sheet: HTMLElement | null | undefined): void {
  if (!sheet || event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const active = document.activeElement;
  const from = active && sheet.contains(active) ? active : null;
  const target = nextStop(tabStops(sheet), from, event.shiftKey);
  if (!target) return;
  event.preventDefault();
  target.focus();
}
