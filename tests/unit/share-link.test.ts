/**
 * Share links as they arrive from mail and chat apps, and the ways a link that passes the
 * alphabet check can still be wrong: each is refused with the message for its case.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { LINK_MESSAGES, checksum, decodePlan, decodePlanLink, encodePlan } from '../../src/plans/share-link';
import { planFromRoute } from '../../src/plans/plan-routes';

const plan = planFromRoute(
  { roles: ['hit', 'him_manager'] },
  { now: new Date('2026-01-01T00:00:00Z'), id: 'p-1', label: 'Ana $ + notes' },
);
const encoded = (() => {
  const e = encodePlan(plan);
  if (!e.ok) throw new Error(e.message);
  return e.value;
})();

describe('share links', () => {
  it('checksums with FNV-1a over the whole text', () => {
    expect(checksum('')).toBe('811c9dc5');
    expect(checksum('a')).toBe('e40c292c');
    expect(checksum('foobar')).toBe('bf9cf968');
  });

  it('opens a link whose "$" and "+" a mail app percent-encoded, or whose "+" became a space', () => {
    expect(encoded).toMatch(/[$+]/);
    const percent = encoded.replace(/\$/g, '%24').replace(/\+/g, '%2B');
    expect(decodePlan(percent)).toEqual({ ok: true, plan });
    expect(decodePlan(encoded.replace(/\+/g, ' '))).toEqual({ ok: true, plan });
  });

  it('refuses text that decompresses to almost nothing, or to a checksum over text that is not JSON', () => {
    expect(decodePlan(compressToEncodedURIComponent('12345678'))).toEqual({
      ok: false,
      message: LINK_MESSAGES.damaged,
    });
    const notJson = '{"version": 1, oops';
    expect(decodePlan(compressToEncodedURIComponent(checksum(notJson) + notJson))).toEqual({
      ok: false,
      message: LINK_MESSAGES.damaged,
    });
  });

  it('refuses an address without a plan value, and anything that is not text', () => {
    expect(decodePlan('')).toEqual({ ok: false, message: LINK_MESSAGES.missing });
    expect(decodePlanLink(42 as unknown as string)).toEqual({ ok: false, message: LINK_MESSAGES.damaged });
  });
});
