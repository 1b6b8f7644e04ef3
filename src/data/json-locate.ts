/**
 * Finds where a JSON text stops being valid. JSON.parse's messages only sometimes carry an
 * offset ("… at position 42"; V8's "Unexpected token 'o', …" does not), so on failure this
 * small strict scanner is run to point the user at the line and column. Iterative, so a
 * deeply nested file cannot overflow the stack.
 */
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

type Expect = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after';

/** The offset of the first character a strict JSON parser rejects, or null if the text is valid JSON. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';

  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c !== 0x5c) {
        i++;
        continue;
      }
      const next = text[i + 1] ?? '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (next !== '' && '"\\/bfnrt'.includes(next)) i += 2;
      else return false;
    }
    return false;
  };

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
    if (i >= text.length) return stack.length === 0 && expect === 'after' ? null : i;
    const c = text[i];
    if ((expect === 'firstValue' && c === ']') || (expect === 'firstKey' && c === '}')) {
      i++;
      stack.pop();
      expect = 'after';
      continue;
    }
    if (expect === 'value' || expect === 'firstValue') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        expect = c === '{' ? 'firstKey' : 'firstValue';
        continue;
      }
      if (c === '"') {
        if (!string()) return i;
        expect = 'after';
        continue;
      }
      const literal = LITERALS.find((l) => text.startsWith(l, i));
      NUMBER.lastIndex = i;
      const number = literal ? null : NUMBER.exec(text);
      if (!literal && !number) return i;
      i += literal ? literal.length : (number?.[0].length ?? 0);
      expect = 'after';
      continue;
    }
    if (expect === 'key' || expect === 'firstKey') {
      if (c !== '"' || !string()) return i;
      expect = 'colon';
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i; // text after the top-level value
    if (c === ',') {
      i++;
      expect = top === '{' ? 'key' : 'value';
    } else if (c === (top === '{' ? '}' : ']')) {
      i++;
      stack.pop();
    } else return i;
  }
}

/** Line and column (1-based) of a character offset, as an editor shows them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
