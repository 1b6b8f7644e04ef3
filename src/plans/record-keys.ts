/**
 * IndexedDB keys as text. A store can hold keys of any IndexedDB type — numbers, strings,
 * dates, arrays, binary — and two different keys can look alike as `String(key)` (5 and "5",
 * ["a,b"] and "a,b"). Anything that identifies a record (the in-memory mirror, the list of
 * set-aside records, Svelte's keyed lists) uses `keyId`, which is typed and never collides for
 * keys IndexedDB itself tells apart.
 */

function bytesOf(key: ArrayBuffer | ArrayBufferView): Uint8Array {
  return key instanceof ArrayBuffer ? new Uint8Array(key) : new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
}

/** A unique, typed text form: `"5"` (string), `5` (number), `Date(…)`, `[…]`, `bytes(…)`. */
export function keyId(key: unknown, depth = 0): string {
  if (typeof key === 'string') return JSON.stringify(key);
  // IndexedDB compares numbers by value, so -0 and 0 are one key; String(-0) is "0" as well.
  if (typeof key === 'number') return String(key);
  if (key instanceof Date) return `Date(${Number.isNaN(key.getTime()) ? 'invalid' : key.toISOString()})`;
  if (Array.isArray(key)) return depth > 20 ? '[…]' : `[${key.map((k) => keyId(k, depth + 1)).join(',')}]`;
  if (key instanceof ArrayBuffer || ArrayBuffer.isView(key)) {
    return `bytes(${Array.from(bytesOf(key), (b) => b.toString(16).padStart(2, '0')).join('')})`;
  }
  // Not a valid IndexedDB key; still named, so nothing downstream throws on it.
  return `${typeof key}(${String(key)})`;
}

/** The key as the counselor sees it in a message: its typed form, shortened. */
export function keyLabel(key: unknown, max = 64): string {
  const id = keyId(key);
  return id.length > max ? `${id.slice(0, max - 1)}…` : id;
}
