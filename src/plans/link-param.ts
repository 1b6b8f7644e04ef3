/**
 * Where a shared plan sits in an address (`#plan=<value>`), without the decoder: the page
 * checks every address it opens, but loads lz-string and the plan schema only when one names a plan.
 *
 * Links travel through mail and chat apps, which mangle them in a few ordinary ways: the `=`
 * or the whole link percent-encoded (once or twice), `&` written as `&amp;`, a sentence's
 * "." or ")" glued to the end, line breaks (and "> " reply markers) from wrapping, a `+` turned
 * into a space. The finder sees through those, so a mangled link is still recognised as a
 * plan: it is then either recovered (share-link.ts tries the readings below) or refused with
 * a sentence, never ignored.
 */
export const PLAN_PARAM = 'plan';

/**
 * The longest `plan=` value read: inside every current browser's URL limit (Chromium's is 2 MB)
 * and above any link the app makes (share-link.ts). Checked here, with the page, so a longer
 * one is refused and taken out of the address before anything else reads or copies it.
 */
export const MAX_ENCODED_CHARS = 200_000;

/**
 * Decodes %XX escapes of ASCII characters, a few rounds for links encoded more than once; an
 * escape a wrap split ("%2\n> 4", "%2=\n4") is joined first. Never throws.
 */
export function decodeAsciiEscapes(text: string, rounds = 6): string {
  let out = text;
  for (let i = 0; i < rounds && /%[=\s>]*[0-7][=\s>]*[0-9a-f]/i.test(out); i++) {
    out = out.replace(/%[=\s>]*([0-7])[=\s>]*([0-9a-f])/gi, (_m, a: string, b: string) =>
      String.fromCharCode(parseInt(a + b, 16)),
    );
  }
  return out;
}

/** `&amp;` (a link copied out of HTML) and percent-encoded separators, undone. */
export function unmangleAddress(text: string): string {
  return decodeAsciiEscapes(text).replace(/&amp;/gi, '&');
}

/**
 * Finds the encoded value in a full URL, a hash, a query string or the bare value. Returns
 * null when the input names no plan at all (an ordinary app URL). The value is returned as
 * found, mangling and all: readings() makes what can be made of it. A "#plan" whose value was
 * lost still names a plan (the decoder then says the link is incomplete).
 */
export function extractPlanParam(input: string): string | null {
  const text = unmangleAddress(input.trim());
  const marker =
    /[#?&]plan(=|(?![\w-]))/.exec(text) ?? (text.startsWith(`${PLAN_PARAM}=`) ? /^plan(=)/.exec(text) : null);
  if (marker) {
    if (marker[1] !== '=') return '';
    // The value's alphabet never contains '&' or '#', so either ends it (another parameter follows).
    return text.slice(marker.index + marker[0].length).split(/[&#]/)[0] ?? '';
  }
  if (/^https?:|[#?]/.test(text) || text === '') return null;
  return text;
}

const ALPHABET = 'A-Za-z0-9+\\-$';

/**
 * The ways a mangled value may be read, most literal first. Line breaks (with the spaces and
 * "> " markers a mail app adds around them) and quoted-printable soft breaks ("=" at a line's
 * end) are wrapping. The value ends at the first character its alphabet (A–Z a–z 0–9 + - $)
 * cannot hold, which drops a trailing ".", ",", ")", ">" or "]"; failing that, every such
 * character is dropped (a browser keeps the "> " and "=" of a wrap but not the line break). A
 * space left inside is either a "+" a form decoder turned into a space, or a wrap joined with a
 * space: both are tried. The decoder's checksum and canonical-encoding checks decide which
 * reading, if any, is the plan.
 */
export function readings(value: string): string[] {
  const softBreaks = value.replace(/=\r?\n/g, '');
  // Strictly a wrap is the line break and a reply's "> "; loosely, spaces around it too. In a
  // browser's address the line break is gone but the "> " and a soft break's "=" stay.
  const unwrapped = [
    softBreaks.replace(/[\r\n]+(> ?)?/g, ''),
    softBreaks.replace(/[ \t]*[\r\n]+[ \t>]*/g, ''),
    softBreaks.replace(/[\r\n]+/g, '').replace(/> ?|=/g, ''),
  ].map((v) => v.trim());
  const cut = (v: string) => new RegExp(`^[${ALPHABET} \\t]*`).exec(v)![0].trim();
  const kept = (v: string) =>
    v
      .replace(new RegExp(`[^${ALPHABET}\\s]+$`), '')
      .replace(new RegExp(`[^${ALPHABET} ]`, 'g'), '')
      .trim();
  const bases = unwrapped.flatMap((v) => [cut(v), kept(v)]);
  const out = [value, ...bases.flatMap((v) => [v.replace(/[ \t]/g, '+'), v.replace(/[ \t]/g, '')])];
  return [...new Set(out.filter((v) => v !== ''))];
}
