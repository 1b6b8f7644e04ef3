/**
 * The validator is the one place the dataset's rules live (shape and references); these feed it
 * broken variants of a small valid dataset, one fault at a time, and expect it to name the fault.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import type { Dataset } from '../../src/data/schema';
import { miniDataset } from '../fixtures/mini-dataset';

function problemsOf(edit: (d: Dataset) => void): string[] {
  const d = miniDataset();
  edit(d);
  const r = validateDataset(JSON.parse(JSON.stringify(d)));
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}

const withRules = (d: Dataset) => {
  d.programs = [
    {
      id: 'course',
      name: 'Course',
      entry: 'high_school',
      years: { typical: 1, low: 0.5, high: 1 },
      basis: 'IPEDS',
      sources: ['seed-a'],
    },
  ];
  d.entries = [
    { id: 'start-tech', role: 'tech', requires: { credentials: [], programs: ['course'] }, sources: ['seed-a'] },
  ];
  d.credentials[0]!.rules = [{ programs: ['course'] }];
};

describe('validateDataset', () => {
  it('rejects a non-object with a message at the root', () => {
    const r = validateDataset(42);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.path).toBe('(root)');
  });

  it('accepts the mini dataset, with and without eligibility rules', () => {
    expect(problemsOf(() => {})).toEqual([]);
    expect(problemsOf(withRules)).toEqual([]);
  });

  const faults: [string, (d: Dataset) => void, RegExp][] = [
    [
      'a role citing an unknown source',
      (d) => (d.roles[0]!.sources = ['ghost']),
      /^roles\[tech\]\.sources: unknown source 'ghost'$/,
    ],
    [
      'a move citing an unknown source',
      (d) => (d.transitions[0]!.sources = ['ghost']),
      /^transitions\[t1\]\.sources: unknown source 'ghost'$/,
    ],
    [
      'an estimated move without its method',
      (d) => (d.transitions[0]!.years = { typical: 1, low: 0.5, high: 2, estimated: true }),
      /^transitions\[0\]\.years\.method: is required for an estimate$/,
    ],
    [
      'a range with typical above high',
      (d) => (d.transitions[0]!.years = { typical: 3, low: 1, high: 2, estimated: false }),
      /^transitions\[0\]\.years: must satisfy low ≤ typical ≤ high$/,
    ],
    [
      'a title claimed by two roles',
      (d) => d.roles[1]!.titles.push({ text: 'records  TECH', sources: ['seed-a'] }),
      /title 'records {2}TECH' is mapped to both 'tech' and 'coder'/,
    ],
    [
      'a credential rule naming an unknown program',
      (d) => {
        withRules(d);
        d.credentials[0]!.rules = [{ programs: ['nope'] }];
      },
      /^credentials\[cca\]\.rules\[0\]\.programs: unknown program 'nope'$/,
    ],
    [
      'a move alternative naming an unknown credential',
      (d) => (d.transitions[0]!.requires = { credentials: [], anyOf: [{ credentials: ['zzz'] }] }),
      /^transitions\[t1\]\.requires\.anyOf\[0\]\.credentials: unknown credential 'zzz'$/,
    ],
    [
      'a first job in an unknown role',
      (d) => {
        withRules(d);
        d.entries![0]!.role = 'ghost';
      },
      /^entries\[start-tech\]\.role: unknown role 'ghost'$/,
    ],
    [
      'a program counting as an unknown program',
      (d) => {
        withRules(d);
        d.programs![0]!.countsAs = ['nope'];
      },
      /^programs\[course\]\.countsAs: unknown program 'nope'$/,
    ],
    [
      'experience of an unknown kind',
      (d) => (d.transitions[0]!.requires = { credentials: [], experience: [{ kind: 'juggling' as never, years: 1 }] }),
      /^transitions\[0\]\.requires\.experience\[0\]\.kind: /,
    ],
    [
      'two programs with one id',
      (d) => {
        withRules(d);
        d.programs!.push({ ...d.programs![0]! });
      },
      /^programs\[1\]\.id: duplicate id 'course'$/,
    ],
  ];
  it.each(faults)('names %s', (_name, edit, expected) => {
    const problems = problemsOf(edit);
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
});
