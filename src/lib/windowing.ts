/**
 * Windowing maths for long lists (the List view at 5,000 roles): which rows to render for a
 * scroll position, and how tall the empty space standing in for the others is. Rows vary in
 * height, so the caller passes the average height of the rows it last rendered; the window is
 * padded (overscan) so a slightly wrong average never shows a gap. Pure, so tested in Node.
 */

export interface ListWindow {
  /** First row rendered (inclusive) and last (exclusive). */
  start: number;
  end: number;
  /** Space (px) standing in for the rows before `start` and after `end`. */
  before: number;
  after: number;
}

/** Below this many rows every row is rendered (find-in-page and printing see them all). */
export const WINDOW_FROM = 300;

export function listWindow(
  count: number,
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  overscan = 15,
): ListWindow {
  if (count <= WINDOW_FROM || !(rowHeight > 0)) return { start: 0, end: count, before: 0, after: 0 };
  const span = Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + 2 * overscan;
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight) - overscan;
  const start = Math.max(0, Math.min(first, count - span));
  const end = Math.min(count, start + span);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

/** The scroll position that puts row `index` in the middle of the viewport. */
export function scrollTopFor(index: number, viewport: number, rowHeight: number): number {
  return Math.max(0, index * rowHeight - viewport / 2);
}
