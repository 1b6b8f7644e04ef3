/**
 * Titles that cover two roles (issue 12, item 3): each maps to the role its job ads mean, and
 * both role texts mention the title so a job-seeker who lands on one learns about the other.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';

const owner = new Map(builtinDataset.roles.flatMap((r) => r.titles.map((t) => [t.text, r] as const)));
const role = (id: string) => builtinDataset.roles.find((r) => r.id === id)!;

const TWO_ROLE_TITLES: [title: string, mappedTo: string, alsoMentionedIn: string][] = [
  ['Historian', 'x_other', 'hi_clerk'],
  ['Library Historian', 'x_other', 'hi_clerk'],
  ['Public Health Registrar', 'hit', 'registrar'],
  ['Clinical Data Specialist', 'hit', 'data_analyst'],
  ['Medical Billing and Coding Specialist', 'coder', 'biller'],
  ['Medical Biller Coder', 'coder', 'biller'],
  ['Medical Billing Coder', 'coder', 'biller'],
];

describe('titles that cover two roles', () => {
  it.each(TWO_ROLE_TITLES)('"%s" maps to %s and is explained in both role texts', (title, mapped, other) => {
    expect(owner.get(title)?.id).toBe(mapped);
    const words = title.replace(/\s+/g, ' ');
    const mentions = (id: string) =>
      role(id).description.includes(words) ||
      (title.includes('Bill') && /billing-and-coding|billing and coding/i.test(role(id).description));
    expect(mentions(mapped), `${mapped} text`).toBe(true);
    expect(mentions(other), `${other} text`).toBe(true);
  });
});
