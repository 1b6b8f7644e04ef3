/**
 * Issue 27: while the role sheet covers the page, Tab and Shift+Tab go round the sheet's own stops
 * (as in a dialog) and come in from outside at its first or last stop.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { keepTabInside, nextStop, tabStops } from '../../src/views/sheet-focus';

let sheet: HTMLElement;
const byId = (id: string) => document.getElementById(id)!;

beforeEach(() => {
  document.body.innerHTML = `
    <button id="outside">Search</button>
    <section id="sheet">
      <h2 id="title" tabindex="-1">Medical Coder</h2>
      <button id="close">Close</button>
      <button id="off" disabled>Off</button>
      <a id="move" href="#x">HIM Manager</a>
      <a id="nolink">no href</a>
      <div id="figures" tabindex="0">Salary figures</div>
      <button id="last">Make a plan</button>
    </section>
    <button id="after">Zoom in</button>`;
  sheet = byId('sheet');
});

function tab(back = false) {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: back, bubbles: true, cancelable: true });
  keepTabInside(event, sheet);
  return event;
}

describe('Tab inside the covering sheet', () => {
  it('stops only where Tab stops: not at disabled buttons, links without an address or tabindex -1', () => {
    expect(tabStops(sheet).map((el) => el.id)).toEqual(['close', 'move', 'figures', 'last']);
  });

  it('goes round: after the last stop comes the first, before the first the last', () => {
    const stops = tabStops(sheet);
    expect(nextStop(stops, byId('move'), false)?.id).toBe('figures');
    expect(nextStop(stops, byId('last'), false)?.id).toBe('close');
    expect(nextStop(stops, byId('close'), true)?.id).toBe('last');
    // From the title (focused when the sheet opens, not itself a stop) to the stop after it.
    expect(nextStop(stops, byId('title'), false)?.id).toBe('close');
  });

  it('brings focus in from outside the sheet, at its first stop (Tab) or its last (Shift+Tab)', () => {
    byId('outside').focus();
    expect(tab().defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('close');
    byId('after').focus();
    tab(true);
    expect(document.activeElement?.id).toBe('last');
  });

  it('leaves other keys, and a closed sheet, alone', () => {
    byId('last').focus();
    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    keepTabInside(enter, sheet);
    expect(enter.defaultPrevented).toBe(false);
    const event = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
    keepTabInside(event, null);
    expect(event.defaultPrevented).toBe(false);
    expect(document.activeElement?.id).toBe('last');
  });
});
