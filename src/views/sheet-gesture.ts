/**
 * The role sheet's grip on a phone: drag it to any height between SHEET.minHeight and just below the
 * view switch, drag it far down to close it (as bottom sheets do), or tap it (or press it from the
 * keyboard) to switch between the default height and as tall as allowed. A drag ends with a click
 * on the grip; that click must not also toggle the height.
 */
export const SHEET = {
  /** The sheet never gets shorter than this while dragged (px). */
  minHeight: 120,
  /** Released shorter than this, the sheet closes (px). */
  closeBelow: 90,
  /** Pointer travel before a press counts as a drag, not a tap (px). */
  dragSlop: 4,
} as const;

/** The height dragged to: from `start` px tall, the pointer moved from `startY` to `y`, within the limit. */
export function draggedHeight(start: number, startY: number, y: number, limit: number): number {
  return Math.max(SHEET.minHeight, Math.min(limit, start + startY - y));
}

/** A drag released here closes the sheet. */
export function closesAt(start: number, startY: number, y: number): boolean {
  return start + startY - y < SHEET.closeBelow;
}

export interface SheetHost {
  /** The tallest the sheet may be now (px). */
  limit(): number;
  /** Its dragged height, or null for the default. */
  height(): number | null;
  setHeight(height: number | null): void;
  close(): void;
}

export class SheetGesture {
  #host: SheetHost;
  #justDragged = false;

  constructor(host: SheetHost) {
    this.#host = host;
  }

  down = (event: PointerEvent): void => {
    const grip = event.currentTarget as HTMLElement;
    const startY = event.clientY;
    const start = grip.parentElement?.getBoundingClientRect().height ?? 0;
    let moved = false;
    grip.setPointerCapture?.(event.pointerId);
    const move = (e: PointerEvent) => {
      moved ||= Math.abs(e.clientY - startY) > SHEET.dragSlop;
      if (moved) this.#host.setHeight(draggedHeight(start, startY, e.clientY, this.#host.limit()));
    };
    const up = (e: PointerEvent) => {
      this.#justDragged = moved;
      grip.removeEventListener('pointermove', move);
      grip.removeEventListener('pointerup', up);
      if (moved && closesAt(start, startY, e.clientY)) {
        this.#host.setHeight(null);
        this.#host.close();
      }
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', up);
  };

  /** Tap or keyboard: the default height, or as tall as allowed. */
  click = (): void => {
    if (this.#justDragged) {
      this.#justDragged = false;
      return;
    }
    this.#host.setHeight(this.#host.height() === null ? this.#host.limit() : null);
  };
}
