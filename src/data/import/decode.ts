/**
 * Bytes → text, strictly. A file that is not UTF-8 is reported rather than decoded with
 * replacement characters, because mangled titles would be imported silently otherwise.
 */
import type { ImportProblem } from './types';
import { m } from '../../paraglide/messages.js';
import { formatNumber } from '../../i18n/numbers';

export type Decoded = { ok: true; text: string } | { ok: false; problem: ImportProblem };

function toBytes(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/** Shows a value in a message, shortened so a 10,000-character cell cannot flood the problem list. */
export function quote(value: unknown, max = 40): string {
  const text = String(value);
  return `'${text.length > max ? `${text.slice(0, max)}…` : text}'`;
}

/** "12.3 MB" in the reader's number format: the size limit and a refused file's size, worded alike everywhere. */
export function megabytes(bytes: number): string {
  return `${formatNumber(bytes / 1e6, 1)} MB`;
}

export function decodeText(name: string, input: Uint8Array | ArrayBuffer, maxBytes: number): Decoded {
  const bytes = toBytes(input);
  const fail = (message: string): Decoded => ({ ok: false, problem: { file: name, message } });
  if (bytes.length === 0) return fail(m.di_empty());
  if (bytes.length > maxBytes) {
    return fail(m.di_too_large({ size: megabytes(bytes.length), max: megabytes(maxBytes) }));
  }
  // UTF-16 files start with a byte-order mark; naming the encoding helps the user re-save it.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(m.di_utf16());
  }
  let text: string;
  try {
    // ignoreBOM: false makes the decoder drop a leading UTF-8 BOM (Excel's "CSV UTF-8" writes one).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(m.di_not_utf8());
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) return fail(m.di_binary());
  if (text.trim() === '') return fail(m.di_blank());
  return { ok: true, text };
}
