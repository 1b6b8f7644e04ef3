/**
 * Eligibility rules as a route meets them (graph/routes/rules.ts), on the mini ladder (tech → coder
 * → manager) with two degree programs: a requirement's own education against an alternative's,
 * a credential's required and recommended gates, what a relaxed route may skip (never the
 * experience, never a required rule), and an item two rules ask for.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, HiringRule, Requires } from '../../src/data/schema';
import { createModel } from '../../src/graph/model';
import { kBestRoutes, type Constraints, type Route } from '../../src/graph/routes';
import { miniDataset } from '../fixtures/mini-dataset';

const src = ['seed-a'];
const span = (typical: number) => ({ typical, low: typical, high: typical });

/** tech → coder → manager (no lateral move), both lower roles coding work, coder → manager in one year. */
function ladder(into: { coder?: Requires; manager?: Requires; hiring?: HiringRule[] } = {}): Dataset {
  const d = miniDataset();
  d.roles = d.roles.map((r) =>
    r.id === 'manager' ? { ...r, ...(into.hiring ? { hiring: into.hiring } : {}) } : { ...r, experience: ['coding'] },
  );
  d.programs = [
    {
      id: 'hit',
      name: 'HIT associate',
      entry: 'high_school',
      grants: 'associate',
      years: span(2),
      basis: 'test',
      sources: src,
    },
    {
      id: 'him',
      name: 'HIM bachelor',
      entry: 'associate',
      grants: 'bachelor',
      years: span(2),
      basis: 'test',
      sources: src,
    },
  ];
  d.credentials.push({
    ...d.credentials[0]!,
    id: 'x',
    abbr: 'X',
    name: 'Coding specialist',
    rules: [{ education: 'associate' }, { strength: 'recommended', experience: [{ kind: 'coding', years: 2 }] }],
  });
  d.transitions = d.transitions.filter((t) => t.id !== 't3');
  d.transitions[0] = { ...d.transitions[0]!, requires: into.coder ?? { credentials: [] } };
  d.transitions[1] = {
    ...d.transitions[1]!,
    years: { ...span(1), estimated: false },
    requires: into.manager ?? { credentials: [] },
  };
  return d;
}

const route = (d: Dataset, from: string, to: string, has: Partial<Constraints>): Route => {
  const [top] = kBestRoutes(createModel(d).graph, from, to, { k: 1, ...has });
  expect(top?.roles).toEqual([from, to]);
  return top!;
};

describe('route rules: a requirement with alternatives', () => {
  // Tech → coder asks for an associate degree and either a bachelor's or the CCA.
  const d = ladder({
    coder: { credentials: [], education: 'associate', anyOf: [{ education: 'bachelor' }, { credentials: ['cca'] }] },
  });

  it("takes the higher of the requirement's own education and an alternative's", () => {
    // A bachelor's meets the first alternative: nothing to do.
    const bachelor = route(d, 'tech', 'coder', { education: 'bachelor' });
    expect(bachelor.newCredentials).toEqual([]);
    expect(bachelor.moves[0]!.requirements).toEqual([
      { kind: 'education', id: 'bachelor', met: true, strength: 'typical' },
    ]);
    // An associate degree meets the requirement's own education, not the bachelor's alternative: the CCA.
    const associate = route(d, 'tech', 'coder', { education: 'associate' });
    expect(associate.newCredentials).toEqual(['cca']);
    expect(associate.totalYears.typical).toBe(1);
  });

  it("keeps the requirement's own education in the other alternative", () => {
    const highSchool = route(d, 'tech', 'coder', { education: 'high_school', educationCeiling: 'associate' });
    expect(highSchool.newCredentials).toEqual(['cca']);
    expect(highSchool.newEducation).toBe('associate');
    expect(highSchool.moves[0]!.requirements).toEqual(
      expect.arrayContaining([
        { kind: 'credential', id: 'cca', met: false, strength: 'typical' },
        { kind: 'education', id: 'associate', met: false, strength: 'typical' },
      ]),
    );
  });
});

describe("route rules: a credential's gates", () => {
  // The manager's job requires credential X: its rule asks for an associate degree, and its
  // awarding body recommends two years of coding.
  const d = ladder({ hiring: [{ strength: 'required', anyOf: [{ credentials: ['x'] }], sources: src }] });

  it('waits for the recommended experience in the typical time, not in the shortest', () => {
    const r = route(d, 'coder', 'manager', { education: 'associate' });
    expect(r.newCredentials).toEqual(['x']);
    expect(r.totalYears).toEqual({ typical: 2, low: 1, high: 2 });
    expect(r.relaxed).toBe(false);
  });

  it('lets a relaxed route skip the recommended preparation, never the required gate', () => {
    const relaxed = route(d, 'coder', 'manager', { education: 'associate', relaxTypical: true });
    expect(relaxed.newCredentials).toEqual(['x']);
    expect(relaxed.totalYears.typical).toBe(1);
    expect(relaxed.relaxed).toBe(true);
    // Without the associate degree the exam still needs it: the route studies for it.
    const highSchool = route(d, 'coder', 'manager', { education: 'high_school', relaxTypical: true });
    expect(highSchool.newEducation).toBe('associate');
    expect(highSchool.newCredentials).toEqual(['x']);
  });

  it('never skips a required hiring rule, and names the preparation it skips', () => {
    const r = route(d, 'coder', 'manager', { education: 'associate', relaxTypical: true });
    expect(r.moves[0]!.requirements).toEqual([
      { kind: 'credential', id: 'x', met: false, strength: 'required' },
      { kind: 'experience', id: 'coding', years: 2, met: false, strength: 'recommended', skipped: true },
    ]);
  });
});

describe('route rules: relaxing a typical hiring rule', () => {
  // Managers are typically hired with a bachelor's and two years of coding.
  const d = ladder({
    hiring: [
      {
        strength: 'typical',
        anyOf: [{ education: 'bachelor', experience: [{ kind: 'coding', years: 2 }] }],
        sources: src,
      },
    ],
  });

  it('skips the degree but keeps the experience', () => {
    const honoured = route(d, 'coder', 'manager', { education: 'associate' });
    expect(honoured.newEducation).toBe('bachelor');
    const relaxed = route(d, 'coder', 'manager', { education: 'associate', relaxTypical: true });
    expect(relaxed.newEducation).toBeNull();
    expect(relaxed.totalYears.typical).toBe(2);
    expect(relaxed.moves[0]!.requirements).toEqual([
      { kind: 'experience', id: 'coding', years: 2, met: false, strength: 'typical' },
      { kind: 'education', id: 'bachelor', met: false, strength: 'typical', skipped: true },
    ]);
  });
});

describe('route rules: an item two rules ask for', () => {
  it('is listed once, with the stronger strength and the larger years', () => {
    const d = ladder({
      hiring: [{ strength: 'required', anyOf: [{ experience: [{ kind: 'coding', years: 3 }] }], sources: src }],
      manager: { credentials: [], experience: [{ kind: 'coding', years: 1.5 }] },
    });
    const r = route(d, 'coder', 'manager', { relaxTypical: true });
    expect(r.moves[0]!.requirements).toEqual([
      { kind: 'experience', id: 'coding', years: 3, met: false, strength: 'required' },
    ]);
    expect(r.totalYears.typical).toBe(3);
  });
});
