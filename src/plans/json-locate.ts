/**
 * Where a JSON text first goes wrong, as "line 3, column 7". JSON.parse says *that* a file is
 * broken, but current engines no longer say *where*, and a counselor who hand-edited a file
 * needs the place. A small recursive-descent scanner (RFC 8259 grammar), run only after
 * JSON.parse has failed, so it never decides validity on its own.
 */

export interface JsonLocation {
  offset: number;
  line: number;
  column: number;
}

class Stop extends Error {
  constructor(readonly offset: number) {
    super('json-locate');
  }
}

/** The offset of the first syntax error, or null when the text is valid JSON (or too deep to scan). */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (s: string) => {
    for (const c of s) {
      if (text[i] !== c) throw new Stop(i);
      i++;
    }
  };
  const string = () => {
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) throw new Stop(i);
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) throw new Stop(i);
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i]!)) i++;
        else throw new Stop(i);
      } else i++;
    }
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        string();
        ws();
        expect(':');
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    }
    if (c === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) throw new Stop(i);
    i += literal[0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : null;
  } catch (err) {
    // Anything else (a stack overflow on absurd nesting) means the place cannot be named.
    return err instanceof Stop ? err.offset : null;
  }
}

export function locate(text: string, offset: number): JsonLocation {
  const before = text.slice(0, offset).split('\n');
  return { offset, line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** " (line 2, column 9)", " (it ends too early)" or "" when no place can be named. */
export function jsonErrorPlace(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset === null) return '';
  if (offset >= text.length) return ' (it ends too early)';
  const at = locate(text, offset);
  return ` (line ${at.line}, column ${at.column})`;
}
