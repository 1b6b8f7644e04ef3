/**
 * Hostile imports stay cheap: a file with a problem on every one of 100,000 rows gets a
 * located, capped list (the first problems and a count of the rest), never a stack overflow.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/data/import/import';
import { formatProblem } from '../../src/data/import/problem-text';
import { miniDataset } from '../fixtures/mini-dataset';
import { sourceSchema } from '../../src/data/schema';
import { overwriteGetLocale } from '../../src/paraglide/runtime.js';
import '../../src/i18n/zod-messages';

const enc = new TextEncoder();
const file = (name: string, text: string) => ({ name, bytes: enc.encode(text) });
const ROLES = [
  'id,title,track,level,typical_education',
  'clerk,Clerk,records,entry,high school',
  'coder,Coder,coding,mid,certificate',
].join('\n');
const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i)).join('\n');

describe('CSV import with 100,000 broken rows', () => {
  it('lists the first 200 problems with their rows, then how many more', { timeout: 60_000 }, () => {
    const moves = `from,to,years\n${rows(100_000, (i) => `clerk,ghost-${i},1`)}`;
    const r = importDataset([file('roles.csv', ROLES), file('transitions.csv', moves)], { base: miniDataset() });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(201);
    expect(formatProblem(r.problems[0]!)).toBe(
      "transitions.csv row 2, column to: unknown role id 'ghost-0'; it is not in roles.csv",
    );
    expect(formatProblem(r.problems[200]!)).toBe('import: … and 99,800 more problems (fix these first)');
  });

  it('does the same for rows with too many cells', () => {
    const moves = `from,to,years\n${rows(100_000, () => 'clerk,coder,1,extra')}`;
    const r = importDataset([file('roles.csv', ROLES), file('transitions.csv', moves)], { base: miniDataset() });
    expect(!r.ok && r.problems.map(formatProblem).slice(0, 1)).toEqual([
      'transitions.csv row 2: has 4 cells but the header has 3 columns (a comma inside a cell needs "quotes")',
    ]);
    expect(!r.ok && formatProblem(r.problems.at(-1)!)).toBe('import: … and 99,800 more problems (fix these first)');
  });
});

describe('source addresses', () => {
  const source = { id: 's', kind: 'user', publisher: 'P', title: 'T', dataYear: '2024', status: 'secondary' } as const;
  it('accept only http(s) web addresses', () => {
    for (const url of ['https://www.bls.gov/ooh/', 'http://example.org/a?b=c'])
      expect(sourceSchema.safeParse({ ...source, url }).success).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://example.org/',
      'https:/example.org',
      'file:///etc/passwd',
    ]) {
      const parsed = sourceSchema.safeParse({ ...source, url });
      expect(parsed.success, url).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('must be an http:// or https:// address');
    }
  });
});

describe('well-formed JSON that is not a dataset', () => {
  const json = (text: string) => importDataset([file('data.json', text)], { base: miniDataset() });
  it('says what it is not, in one line', () => {
    for (const text of ['{"hello":"world"}', '[1,2]', '"text"', 'null']) {
      expect(json(text)).toMatchObject({
        ok: false,
        problems: [
          {
            file: 'data.json',
            message:
              'is JSON, but not a dataset for this app (it has none of its parts: version, roles, transitions, credentials, sources, salaries, cpi)',
          },
        ],
      });
    }
  });
  it('points a plan file to where plans are imported', () => {
    expect(json('{"version":1,"goals":["x"],"routes":[],"stepNotes":{}}')).toMatchObject({
      ok: false,
      problems: [{ message: 'is a saved plan, not a dataset: open it under Plans → Import a plan' }],
    });
  });
});

describe('a JSON dataset with a field left out', () => {
  // zod's own words were "Invalid input: expected string, received undefined": a type name where
  // the reader needs to hear that the field is missing.
  const withoutTitle = () => {
    const data = miniDataset();
    const { title: _, ...untitled } = data.roles[0]!;
    return JSON.stringify({ ...data, roles: [untitled, ...data.roles.slice(1)] });
  };
  it('says the field is missing, at its path', () => {
    const r = importDataset([file('data.json', withoutTitle())], { base: miniDataset() });
    expect(!r.ok && r.problems.map(formatProblem)).toContain('data.json roles[0].title: required, but missing');
  });
  it('says so in Spanish', () => {
    overwriteGetLocale(() => 'es');
    try {
      const r = importDataset([file('data.json', withoutTitle())], { base: miniDataset() });
      expect(!r.ok && r.problems.map((p) => p.message)).toContain('obligatorio, pero falta');
    } finally {
      overwriteGetLocale(() => 'en');
    }
  });
  it("keeps zod's words for a value of the wrong type", () => {
    const data = miniDataset();
    const broken = { ...data, roles: [{ ...data.roles[0]!, title: 5 }, ...data.roles.slice(1)] };
    const r = importDataset([file('data.json', JSON.stringify(broken))], { base: miniDataset() });
    expect(!r.ok && r.problems.map(formatProblem)).toContain(
      'data.json roles[0].title: Invalid input: expected string, received number',
    );
  });
});

describe('an id every JavaScript object already has', () => {
  // "constructor" fits the id pattern; before it was refused it passed validation, the import said
  // "Imported" and a library keyed by ids then failed, leaving the old data on the map.
  it('is refused in roles.csv at its cell, and wherever a move names it', () => {
    const roles = ROLES.replace('clerk,Clerk', 'constructor,Clerk');
    const r = importDataset([file('roles.csv', roles), file('transitions.csv', 'from,to,years\nconstructor,coder,1')], {
      base: miniDataset(),
    });
    expect(!r.ok && r.problems.map(formatProblem)).toEqual([
      "roles.csv row 2, column id: 'constructor' is a name every JavaScript object already has; choose another id",
      "transitions.csv row 2, column from: 'constructor' is a name every JavaScript object already has; choose another id",
    ]);
  });

  it('is refused in a JSON dataset, located by its path', () => {
    const data = miniDataset();
    const role = data.roles[0]!;
    const renamed = {
      ...data,
      roles: [{ ...role, id: 'constructor' }, ...data.roles.slice(1)],
      transitions: data.transitions.map((t) => ({
        ...t,
        from: t.from === role.id ? 'constructor' : t.from,
        to: t.to === role.id ? 'constructor' : t.to,
      })),
    };
    const r = importDataset([file('data.json', JSON.stringify(renamed))], { base: miniDataset() });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map(formatProblem)).toContain(
      'data.json roles[0].id: is a name every JavaScript object already has; choose another id',
    );
  });
});
