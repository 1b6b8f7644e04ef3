/**
 * Share a plan by link: the whole plan rides in the URL hash as `#plan=<value>`, so no server
 * ever sees it (the hash is not sent with the request). The value is
 * lz-string compressToEncodedURIComponent(<8 hex digits: FNV-1a 32 of the JSON> + <plan JSON>):
 * the checksum turns a mangled character that still decompresses to well-formed JSON into a
 * "damaged link" instead of a silently different plan, and only the canonical encoding is
 * accepted (a cut-off last character can still decompress). Detects accidents, not forgery.
 * Links pass through chat apps and e-mail that cut and mangle them, so decoding never throws:
 * every failure is a sentence the counselor can act on.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { decompressBounded } from './bounded-lz';
import { migratePlan } from './migrate';
import type { Plan } from './schema';
import { MAX_ENCODED_CHARS, PLAN_PARAM, extractPlanParam, readings } from './link-param';
import { formatCount } from '../i18n/numbers';
import { m } from '../paraglide/messages.js';

export { MAX_ENCODED_CHARS, PLAN_PARAM, extractPlanParam };

/**
 * Limits, from the worst case the plan schema allows (tests/unit/share-link-size.test.ts):
 * every note at its longest comes to ≈ 194,000 characters of JSON in characters JSON must
 * escape (6 characters each), and ≈ 125,000 encoded in random CJK, which lz-string cannot
 * compress (ordinary English prose: ≈ 7,500). Every plan the
 * app can make therefore encodes under these limits, and the decoder accepts whatever the
 * encoder can produce; anything larger was not made by this app and is refused unread.
 */
export const MAX_DECODED_CHARS = 250_000;

/**
 * Longer links open in a browser but are often cut off by e-mail and chat apps (and QR codes
 * stop at ~4,000), so past this the app offers the plan's JSON file before copying the link.
 */
export const LONG_LINK_CHARS = 8000;

/** In the interface language, read when shown. */
export const LINK_MESSAGES = {
  get missing() {
    return m.link_missing();
  },
  get tooLongToShare() {
    return m.link_too_long_to_share();
  },
  get tooLong() {
    return m.link_too_long();
  },
  get damaged() {
    return m.link_damaged();
  },
  get invalid() {
    return m.link_invalid();
  },
  get foreign() {
    return m.link_foreign();
  },
  long: (chars: number) => m.link_long({ chars: formatCount(chars) }),
};

export type LinkResult = { ok: true; plan: Plan } | { ok: false; message: string };
export type EncodeResult = { ok: true; value: string } | { ok: false; message: string };

/** FNV-1a, 32 bits, over UTF-16 code units, as 8 hex digits. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The `plan=` value for a plan, or why it cannot be shared that way. */
export function encodePlan(plan: Plan): EncodeResult {
  const json = JSON.stringify(plan);
  const text = checksum(json) + json;
  if (text.length > MAX_DECODED_CHARS) return { ok: false, message: LINK_MESSAGES.tooLongToShare };
  const value = compressToEncodedURIComponent(text);
  return value.length > MAX_ENCODED_CHARS ? { ok: false, message: LINK_MESSAGES.tooLongToShare } : { ok: true, value };
}

/** A full link: `base` (the app's address, without hash) + `#plan=…`. */
export function planLink(plan: Plan, base: string): EncodeResult {
  const encoded = encodePlan(plan);
  if (!encoded.ok) return encoded;
  // A plan made in a language opens the app in it (?lang=), so the recipient reads what the sender saw.
  const address = base.split('#')[0]!;
  const withLang =
    plan.locale && !/[?&]lang=/.test(address)
      ? `${address}${address.includes('?') ? '&' : '?'}lang=${plan.locale}`
      : address;
  return { ok: true, value: `${withLang}#${PLAN_PARAM}=${encoded.value}` };
}

/** Encoded value → plan, validated. Never throws. */
export function decodePlan(value: string): LinkResult {
  try {
    if (typeof value !== 'string' || value.length === 0) return { ok: false, message: LINK_MESSAGES.missing };
    if (value.length > MAX_ENCODED_CHARS) return { ok: false, message: LINK_MESSAGES.tooLong };
    // Some mail and chat apps percent-encode "$" and "+"; undo that before checking the alphabet.
    if (value.includes('%')) value = decodeURIComponent(value);
    // Only the alphabet compressToEncodedURIComponent produces ("+" may arrive as a space).
    if (!/^[A-Za-z0-9+\-$ ]+$/.test(value)) return { ok: false, message: LINK_MESSAGES.damaged };
    // Stops as soon as the text passes the limit: lz-string's own decompression has no limit.
    const decoded = decompressBounded(value, MAX_DECODED_CHARS);
    if (!decoded.ok)
      return { ok: false, message: decoded.reason === 'tooLong' ? LINK_MESSAGES.tooLong : LINK_MESSAGES.damaged };
    const text = decoded.text;
    if (text.length <= 8) return { ok: false, message: LINK_MESSAGES.damaged };
    const json = text.slice(8);
    if (checksum(json) !== text.slice(0, 8)) return { ok: false, message: LINK_MESSAGES.damaged };
    // Compression is deterministic, so a link that is not the canonical encoding of what it
    // decodes to was altered — e.g. its last character cut, which can still decode.
    if (compressToEncodedURIComponent(text) !== value.replace(/ /g, '+'))
      return { ok: false, message: LINK_MESSAGES.damaged };
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      return { ok: false, message: LINK_MESSAGES.damaged };
    }
    const read = migratePlan(raw);
    if (read.ok) return { ok: true, plan: read.plan };
    return { ok: false, message: read.foreign ? LINK_MESSAGES.foreign : `${LINK_MESSAGES.invalid} (${read.message}).` };
  } catch {
    return { ok: false, message: LINK_MESSAGES.damaged };
  }
}

/**
 * A URL (or hash, or bare value) → plan; null when it carries no plan at all. A link mangled on
 * its way (link-param.ts) is read each way it can mean; the first reading that passes every
 * check is the plan, else the most telling refusal ("damaged" only when nothing says more).
 */
export function decodePlanLink(input: string): LinkResult | null {
  if (typeof input !== 'string') return { ok: false, message: LINK_MESSAGES.damaged };
  const value = extractPlanParam(input);
  if (value === null) return null;
  let refusal: LinkResult | null = null;
  for (const reading of readings(value)) {
    const result = decodePlan(reading);
    if (result.ok) return result;
    if (!refusal || (refusal.message === LINK_MESSAGES.damaged && result.message !== LINK_MESSAGES.damaged))
      refusal = result;
  }
  return refusal ?? decodePlan(value);
}
