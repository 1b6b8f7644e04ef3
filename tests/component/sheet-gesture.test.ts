/**
 * The role sheet's grip on a phone: a drag sets a height within its limits, a drag far down closes
 * it, a tap toggles between the default and the tallest height, and the click that ends a drag does
 * not also toggle.
 */
import { describe, expect, it } from 'vitest';
import { closesAt, draggedHeight, SHEET, SheetGesture } from '../../src/views/sheet-gesture';

describe('sheet geometry', () => {
  it('follows the pointer between the minimum and the limit', () => {
    expect(draggedHeight(300, 500, 400, 700)).toBe(400);
    expect(draggedHeight(300, 500, 0, 700)).toBe(700);
    expect(draggedHeight(300, 500, 780, 700)).toBe(SHEET.minHeight);
  });
  it('closes when released shorter than the close line', () => {
    expect(closesAt(300, 500, 500 + 300 - SHEET.closeBelow + 1)).toBe(true);
    expect(closesAt(300, 500, 600)).toBe(false);
  });
});

/** A grip element whose pointer events the test sends by hand. */
function grip(sheetHeight: number) {
  const parent = document.createElement('div');
  parent.getBoundingClientRect = () => ({ height: sheetHeight }) as DOMRect;
  const el = document.createElement('button');
  parent.append(el);
  const send = (type: string, clientY: number) =>
    el.dispatchEvent(Object.assign(new Event(type), { clientY, pointerId: 1 }));
  return { el, send };
}

function host(limit = 700) {
  const state = { height: null as number | null, closed: 0 };
  const gesture = new SheetGesture({
    limit: () => limit,
    height: () => state.height,
    setHeight: (h) => (state.height = h),
    close: () => state.closed++,
  });
  return { state, gesture };
}

function press(gesture: SheetGesture, el: HTMLElement, clientY: number) {
  el.addEventListener('pointerdown', gesture.down as EventListener, { once: true });
  el.dispatchEvent(Object.assign(new Event('pointerdown'), { clientY, pointerId: 1 }));
}

describe('SheetGesture', () => {
  it('a tap toggles between the default height and the tallest allowed', () => {
    const { state, gesture } = host(640);
    gesture.click();
    expect(state.height).toBe(640);
    gesture.click();
    expect(state.height).toBeNull();
  });

  it('a drag up sets the height, and the click ending it does not toggle', () => {
    const { state, gesture } = host();
    const g = grip(300);
    press(gesture, g.el, 500);
    g.send('pointermove', 420);
    g.send('pointerup', 420);
    expect(state.height).toBe(380);
    gesture.click();
    expect(state.height).toBe(380);
    gesture.click();
    expect(state.height).toBeNull();
  });

  it('a drag far down closes the sheet and forgets its height', () => {
    const { state, gesture } = host();
    const g = grip(300);
    press(gesture, g.el, 500);
    g.send('pointermove', 760);
    g.send('pointerup', 760);
    expect(state).toEqual({ height: null, closed: 1 });
  });

  it('a press that barely moves is a tap, not a drag', () => {
    const { state, gesture } = host();
    const g = grip(300);
    press(gesture, g.el, 500);
    g.send('pointermove', 502);
    g.send('pointerup', 502);
    expect(state.height).toBeNull();
    expect(state.closed).toBe(0);
  });
});
