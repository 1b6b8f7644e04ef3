/**
 * Finds where a JSON text stops being valid. JSON.parse's messages only sometimes carry an
 * offset ("… at position 42"; V8's "Unexpected token 'o', …" does not), so on failure this
 * small strict scanner is run to point the user at the line and column. Iterative, so a
 * deeply nested file cannot overflow the stack.
 */
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

type Expect = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after';

/** Where the scanner is: the offset, the open containers, and what may come next. */
interface Scan {
  text: string;
  i: number;
  stack: ('{' | '[')[];
  expect: Expect;
}

/** Reads the string that opens at s.i; false where it breaks (s.i then points at the fault). */
function readString(s: Scan): boolean {
  const text = s.text;
  s.i++;
  while (s.i < text.length) {
    const c = text.charCodeAt(s.i);
    if (c === 0x22) {
      s.i++;
      return true;
    }
    if (c < 0x20) return false;
    if (c !== 0x5c) {
      s.i++;
      continue;
    }
    const next = text[s.i + 1] ?? '';
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(s.i + 2, s.i + 6))) s.i += 6;
    else if (next !== '' && '"\\/bfnrt'.includes(next)) s.i += 2;
    else return false;
  }
  return false;
}

/** A value: opens an object or array, or reads a whole string, literal or number. */
function readValue(s: Scan, c: string): boolean {
  if (c === '{' || c === '[') {
    s.stack.push(c);
    s.i++;
    s.expect = c === '{' ? 'firstKey' : 'firstValue';
    return true;
  }
  if (c === '"') {
    if (!readString(s)) return false;
    s.expect = 'after';
    return true;
  }
  const literal = LITERALS.find((l) => s.text.startsWith(l, s.i));
  NUMBER.lastIndex = s.i;
  const number = literal ? null : NUMBER.exec(s.text);
  if (!literal && !number) return false;
  s.i += literal ? literal.length : (number?.[0].length ?? 0);
  s.expect = 'after';
  return true;
}

/** After a value: a comma or the open container's close; nothing may follow the top-level value. */
function readAfter(s: Scan, c: string): boolean {
  const top = s.stack[s.stack.length - 1];
  if (top === undefined) return false;
  if (c === ',') {
    s.i++;
    s.expect = top === '{' ? 'key' : 'value';
  } else if (c === (top === '{' ? '}' : ']')) {
    s.i++;
    s.stack.pop();
  } else return false;
  return true;
}

/** Reads the token at s.i that the state expects; false where the text breaks. */
function step(s: Scan, c: string): boolean {
  if ((s.expect === 'firstValue' && c === ']') || (s.expect === 'firstKey' && c === '}')) {
    s.i++;
    s.stack.pop();
    s.expect = 'after';
    return true;
  }
  switch (s.expect) {
    case 'value':
    case 'firstValue':
      return readValue(s, c);
    case 'key':
    case 'firstKey':
      if (c !== '"' || !readString(s)) return false;
      s.expect = 'colon';
      return true;
    case 'colon':
      if (c !== ':') return false;
      s.i++;
      s.expect = 'value';
      return true;
    default:
      return readAfter(s, c);
  }
}

/** The offset of the first character a strict JSON parser rejects, or null if the text is valid JSON. */
export function jsonErrorOffset(text: string): number | null {
  const s: Scan = { text, i: 0, stack: [], expect: 'value' };
  for (;;) {
    while (s.i < text.length && ' \t\n\r'.includes(text[s.i] ?? '')) s.i++;
    if (s.i >= text.length) return s.stack.length === 0 && s.expect === 'after' ? null : s.i;
    if (!step(s, text[s.i] ?? '')) return s.i;
  }
}

/** Line and column (1-based) of a character offset, as an editor shows them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
