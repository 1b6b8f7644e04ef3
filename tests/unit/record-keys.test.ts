/**
 * How a stored record's key is named when the plans page sets the record aside: typed, so keys
 * IndexedDB tells apart never look alike, short enough for a message, and never a crash, whatever
 * a damaged store holds.
 */
import { describe, expect, it } from 'vitest';
import { keyId } from '../../src/plans/record-keys';
import { readRecord } from '../../src/plans/record-rules';

function nested(depth: number, inner: IDBValidKey): IDBValidKey {
  let key = inner;
  for (let i = 0; i < depth; i++) key = [key];
  return key;
}

describe('record keys', () => {
  it('shortens a long key in the message to the 64 characters of a plan id, marked with an ellipsis', () => {
    const read = readRecord(['a'.repeat(100)], {});
    const shown = `["${'a'.repeat(61)}…`;
    expect(shown).toHaveLength(64);
    expect(read.ok ? '' : read.message).toContain(shown);
    expect(read.ok ? '' : read.message).not.toContain('a'.repeat(62));
  });

  it('names a value IndexedDB would not take as a key by its type, without throwing', () => {
    expect([null, true, undefined, { a: 1 }].map(keyId)).toEqual([
      'object(null)',
      'boolean(true)',
      'undefined(undefined)',
      'object([object Object])',
    ]);
  });

  it('stops at a depth limit in a key nested deeper than any real one', () => {
    expect(() => keyId(nested(100_000, 'x'))).not.toThrow();
    expect(keyId(nested(3, 'x'))).not.toBe(keyId(nested(3, 'y')));
  });
});
