/** Typing mistakes for the search benchmarks, from a seeded random source. */

/** One or two typos a person makes: drop, double, swap or substitute a letter (never the first). */
export function misspell(text: string, rand: () => number): string {
  let s = text;
  const edits = text.length > 15 ? 2 : 1;
  for (let n = 0; n < edits; n += 1) {
    const letters = [...s].map((c, i) => (i > 0 && /[a-z]/i.test(c) ? i : -1)).filter((i) => i > 0);
    const i = letters[Math.floor(rand() * letters.length)] ?? 1;
    const op = Math.floor(rand() * 4);
    if (op === 0) s = s.slice(0, i) + s.slice(i + 1);
    else if (op === 1) s = s.slice(0, i) + s[i] + s.slice(i);
    else if (op === 2 && i + 1 < s.length && s[i + 1] !== ' ') s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    else s = s.slice(0, i) + 'aeiou'[Math.floor(rand() * 5)] + s.slice(i + 1);
  }
  return s.toLowerCase();
}
