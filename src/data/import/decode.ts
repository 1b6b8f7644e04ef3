/**
 * Bytes → text, strictly. A file that is not UTF-8 is reported rather than decoded with
 * replacement characters, because mangled titles would be imported silently otherwise.
 */
import type { ImportProblem } from './types';
import { m } from '../../paraglide/messages.js';
import { formatNumber } from '../../i18n/numbers';

export type Decoded =
  | { ok: true; text: string }
  /** `notUtf8At`: the byte offset where a file stops being UTF-8, for the importer to locate (csv-encoding.ts). */
  | { ok: false; problem: ImportProblem; notUtf8At?: number };

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

/** Byte offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const tail =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (tail < 0) return i;
    for (let k = 1; k <= tail; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const next = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && next < 0xa0) ||
      (b === 0xed && next > 0x9f) ||
      (b === 0xf0 && next < 0x90) ||
      (b === 0xf4 && next > 0x8f)
    )
      return i;
    i += tail + 1;
  }
  return -1;
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
    const at = Math.max(0, firstInvalidUtf8(bytes));
    const lines = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).split(/\r\n|\n|\r/);
    // The line and column, as for a JSON file; the importer narrows a CSV file's down to a cell.
    const where = { line: lines.length, column: lines.at(-1)!.length + 1 };
    return { ok: false, problem: { file: name, ...where, message: m.di_not_utf8() }, notUtf8At: at };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) return fail(m.di_binary());
  if (text.trim() === '') return fail(m.di_blank());
  return { ok: true, text };
}
