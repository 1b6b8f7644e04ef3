/**
 * The built-in dataset validates, and broken variants of it are rejected with a problem
 * that names the offending field or id.
 */
import { describe, expect, it } from 'vitest';
import data from '../../src/data/careers.json';
import type { Dataset } from '../../src/data/schema';
import type { Problem } from '../../src/data/problems';
import { validateDataset } from '../../src/data/validate';

/** A fresh, mutable copy of the built-in dataset for each variant. */
const copy = (): Dataset => structuredClone(data) as unknown as Dataset;

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`dataset-schema.test: no ${what} in the dataset`);
  return value;
}

function problemsOf(d: Dataset): Problem[] {
  const r = validateDataset(d);
  return r.ok ? [] : r.problems;
}

describe('validateDataset: the built-in dataset', () => {
  it('is valid', () => {
    const r = validateDataset(data);
    if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(r.ok).toBe(true);
  });
});

interface BrokenCase {
  name: string;
  /** Breaks a copy of the dataset in place. */
  breakIt: (d: Dataset) => void;
  /** Expected substring of the problem's path. */
  path: string;
  /** Expected substring of the problem's message. */
  message: string;
}

const firstRangeSalary = (d: Dataset) =>
  must(
    d.salaries.find((s) => s.statistic === 'range'),
    'range salary',
  );
const firstDatedSalary = (d: Dataset) =>
  must(
    d.salaries.find((s) => s.year !== null),
    'dated salary',
  );

const CASES: BrokenCase[] = [
  {
    name: 'a role with an empty title',
    breakIt: (d) => void (must(d.roles[0], 'role').title = ''),
    path: 'roles[0].title',
    message: 'must not be empty',
  },
  {
    name: 'a salary with a negative value',
    breakIt: (d) => void (must(d.salaries[0], 'salary').value = -1),
    path: 'salaries[0].value',
    message: '≥ 0',
  },
  {
    name: 'a range statistic without high',
    breakIt: (d) => void delete firstRangeSalary(d).high,
    path: '.high',
    message: 'is required for statistic "range"',
  },
  {
    name: 'an unknown role in a transition',
    breakIt: (d) => void (must(d.transitions[0], 'transition').to = 'no_such_role'),
    path: 'transitions[t1].to',
    message: "unknown role 'no_such_role'",
  },
  {
    name: 'a transition to itself',
    breakIt: (d) => {
      const t = must(d.transitions[0], 'transition');
      t.to = t.from;
    },
    path: 'transitions[t1].to',
    message: 'to itself',
  },
  {
    name: 'a duplicate role id',
    breakIt: (d) => void d.roles.push({ ...structuredClone(must(d.roles[1], 'role')), titles: [] }),
    path: 'roles[',
    message: "duplicate id 'hit'",
  },
  {
    name: 'a title mapped to two roles (case-insensitively)',
    breakIt: (d) =>
      void must(d.roles[1], 'role').titles.push({ text: 'HEALTH INFORMATION CLERK', sources: ['seed-002'] }),
    path: 'roles[1].titles',
    message: "mapped to both 'hi_clerk' and 'hit'",
  },
  {
    name: 'an unknown credential in a transition',
    breakIt: (d) => void (must(d.transitions[0], 'transition').requires.credentials = ['xyz']),
    path: 'transitions[t1].requires.credentials',
    message: "unknown credential 'xyz'",
  },
  {
    name: 'an unknown source',
    breakIt: (d) => void (must(d.roles[0], 'role').sources = ['seed-999']),
    path: 'roles[hi_clerk].sources',
    message: "unknown source 'seed-999'",
  },
  {
    name: 'a null year without yearNote',
    breakIt: (d) => {
      const s = firstDatedSalary(d);
      s.year = null;
      delete s.yearNote;
    },
    path: '.yearNote',
    message: 'is required when year is null',
  },
];

describe('validateDataset: broken variants of the built-in dataset', () => {
  it.each(CASES)('rejects $name', ({ breakIt, path, message }) => {
    const d = copy();
    breakIt(d);
    const problems = problemsOf(d);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual(
      expect.objectContaining({ path: expect.stringContaining(path), message: expect.stringContaining(message) }),
    );
  });

  it('names the salary index for a range without high', () => {
    const d = copy();
    const i = d.salaries.indexOf(firstRangeSalary(d));
    delete must(d.salaries[i], 'salary').high;
    expect(problemsOf(d)).toContainEqual(expect.objectContaining({ path: `salaries[${i}].high` }));
  });
});
