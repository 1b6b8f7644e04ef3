/**
 * "Download record" for a set-aside record. IndexedDB keeps anything the structured clone
 * can copy — BigInt, Map, Set, Date, binary, cycles — and JSON.stringify throws on some of
 * these and silently drops others. A record that is plain JSON is downloaded as it is (so it
 * can be repaired and imported); anything else as a readable JSON description, with each
 * non-JSON value tagged ("$bigint", "$map", "$circular"…), so the download always works and
 * nothing is silently lost.
 */
import { keyId } from './record-keys';

/** Enough for any real plan; a larger record is described up to here and says so. */
const MAX_NODES = 50_000;

/** Deeper than any plan; also stops a cycle that identity cannot catch (proxies). */
const MAX_DEPTH = 100;

interface Walk {
  exact: boolean;
  nodes: number;
  stack: unknown[];
}

function tagged(walk: Walk, tag: string, value: unknown): Record<string, unknown> {
  walk.exact = false;
  return { [`$${tag}`]: value };
}

function describe(value: unknown, walk: Walk): unknown {
  if (++walk.nodes > MAX_NODES)
    return tagged(walk, 'truncated', `the record has more than ${MAX_NODES} values; the rest is left out`);
  if (typeof value !== 'object' || value === null) return describeScalar(value, walk);
  if (walk.stack.length >= MAX_DEPTH)
    return tagged(walk, 'truncated', `nested more than ${MAX_DEPTH} levels deep; the rest is left out`);
  if (walk.stack.includes(value))
    return tagged(
      walk,
      'circular',
      `refers back to an enclosing value (${walk.stack.length - walk.stack.indexOf(value)} level(s) up)`,
    );
  return describeLeaf(value, walk) ?? describeContainer(value, walk);
}

function describeScalar(value: unknown, walk: Walk): unknown {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : tagged(walk, 'number', String(value));
    case 'bigint':
      return tagged(walk, 'bigint', value.toString());
    case 'undefined':
      return tagged(walk, 'undefined', true);
    case 'symbol':
    case 'function':
      return tagged(walk, typeof value, String(value));
    default:
      return value; // a string, a boolean or null
  }
}

/** Objects JSON would flatten or lose, as a tag; undefined for the ones walked into. */
function describeLeaf(obj: object, walk: Walk): unknown {
  if (obj instanceof Date)
    return tagged(walk, 'date', Number.isNaN(obj.getTime()) ? 'invalid date' : obj.toISOString());
  if (obj instanceof RegExp) return tagged(walk, 'regexp', String(obj));
  if (obj instanceof ArrayBuffer || ArrayBuffer.isView(obj)) return tagged(walk, 'bytes', keyId(obj).slice(6, -1));
  if (typeof Blob !== 'undefined' && obj instanceof Blob)
    return tagged(walk, 'blob', `${obj.size} bytes of ${obj.type || 'unknown type'}`);
  if (obj instanceof Error) return tagged(walk, 'error', `${obj.name}: ${obj.message}`);
  return undefined;
}

function describeContainer(obj: object, walk: Walk): unknown {
  walk.stack.push(obj);
  try {
    if (obj instanceof Map)
      return tagged(
        walk,
        'map',
        [...obj].map(([k, v]) => [describe(k, walk), describe(v, walk)]),
      );
    if (obj instanceof Set)
      return tagged(
        walk,
        'set',
        [...obj].map((v) => describe(v, walk)),
      );
    if (Array.isArray(obj)) {
      const out: unknown[] = [];
      // A sparse array's holes would become null in JSON; Array.from visits them as undefined.
      for (let i = 0; i < obj.length; i++) out.push(i in obj ? describe(obj[i], walk) : tagged(walk, 'hole', true));
      return out;
    }
    const out: Record<string, unknown> = {};
    const proto = Object.getPrototypeOf(obj) as object | null;
    if (proto !== Object.prototype && proto !== null) walk.exact = false;
    for (const k of Object.keys(obj)) out[k] = describe((obj as Record<string, unknown>)[k], walk);
    return out;
  } finally {
    walk.stack.pop();
  }
}

export interface RecordFile {
  fileName: string;
  text: string;
  /** True when the file is the record itself; false when it is a description of it. */
  exact: boolean;
}

/** The file "Download record" offers for the record stored under `key`. Never throws. */
export function recordFile(key: unknown, raw: unknown): RecordFile {
  const safeKey =
    keyId(key)
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'record';
  const fileName = `damaged-plan-record-${safeKey}.json`;
  try {
    const walk: Walk = { exact: true, nodes: 0, stack: [] };
    const described = describe(raw, walk);
    if (walk.exact) return { fileName, text: `${JSON.stringify(raw, null, 2)}\n`, exact: true };
    const text = JSON.stringify(
      {
        note: 'This saved record holds values plain JSON cannot; each is written as {"$kind": …} below.',
        key: keyId(key),
        record: described,
      },
      null,
      2,
    );
    return { fileName, text: `${text}\n`, exact: false };
  } catch (err) {
    // A getter that throws, a revoked proxy: still a file, saying what happened.
    const why = err instanceof Error ? err.message : String(err);
    return {
      fileName,
      text: `${JSON.stringify({ note: `This saved record could not be read: ${why}`, key: keyId(key) }, null, 2)}\n`,
      exact: false,
    };
  }
}
