/**
 * The route clock on a hand-made ladder, where every year can be counted by hand: time already
 * worked in a coding role counts toward a credential's required coding experience (so the last
 * step is shorter), time in a role of another kind does not, and part-time study stretches the
 * job years that count as experience while full-time study does not.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { createModel } from '../../src/graph/model';
import { kBestRoutes } from '../../src/graph/routes';
import { miniDataset } from '../fixtures/mini-dataset';

/** tech (coding) → coder (coding) → manager; entering manager needs credential x: 3 years of coding. */
function ladder(): Dataset {
  const d = miniDataset();
  const src = ['seed-a'];
  d.roles = d.roles.map((r) => (r.id === 'manager' ? r : { ...r, experience: ['coding'] }));
  d.roles.push({ ...d.roles[0]!, id: 'clerk', title: 'Clerk', experience: undefined });
  d.credentials.push({
    ...d.credentials[0]!,
    id: 'x',
    abbr: 'X',
    name: 'Experienced coder',
    rules: [{ education: 'high_school', experience: [{ kind: 'coding', years: 3 }] }],
  });
  d.programs = [
    {
      id: 'cert',
      name: 'Coding certificate',
      entry: 'high_school',
      years: { typical: 1, low: 1, high: 1 },
      basis: 'test',
      sources: src,
    },
  ];
  const years = (typical: number) => ({ typical, low: typical, high: typical, estimated: false });
  d.transitions = [
    {
      id: 't1',
      from: 'tech',
      to: 'coder',
      kind: 'advancement',
      years: years(2),
      requires: { credentials: [] },
      sources: src,
    },
    {
      id: 't1s',
      from: 'clerk',
      to: 'coder',
      kind: 'advancement',
      years: years(2),
      requires: { credentials: [] },
      sources: src,
    },
    {
      id: 't2',
      from: 'coder',
      to: 'manager',
      kind: 'advancement',
      years: years(0.5),
      requires: { credentials: ['x'] },
      sources: src,
    },
  ];
  return d;
}

const total = (dataset: Dataset, roles: string[], options: { study?: 'part_time' | 'full_time' } = {}) => {
  const { graph } = createModel(dataset);
  const route = kBestRoutes(graph, roles[0]!, roles[roles.length - 1]!, {
    k: 1,
    education: 'high_school',
    ...options,
  })[0];
  expect(route?.roles).toEqual(roles);
  return route!;
};

describe('route clock: experience a credential asks for', () => {
  it('counts coding years already worked, so only the missing year is added', () => {
    const route = total(ladder(), ['tech', 'coder', 'manager']);
    expect(route.totalYears.typical).toBeCloseTo(2 + 1);
    expect(route.moves[1]?.extraExperience).toMatchObject({ kind: 'coding', credential: 'x' });
    expect(route.moves[1]?.extraExperience?.years).toBeCloseTo(0.5);
  });

  it('does not count years in a role of another kind', () => {
    const route = total(ladder(), ['clerk', 'coder', 'manager']);
    expect(route.totalYears.typical).toBeCloseTo(2 + 3);
  });

  it('never earns the experience in a role of another kind, however long the person stays', () => {
    const d = ladder();
    const years = { typical: 0.5, low: 0.5, high: 0.5, estimated: false };
    d.transitions.push({
      id: 't3',
      from: 'clerk',
      to: 'manager',
      kind: 'advancement',
      years,
      requires: { credentials: ['x'] },
      sources: ['seed-a'],
    });
    // The direct move would take 3 years if clerk work counted; it does not, so the route goes through coding.
    expect(total(d, ['clerk', 'coder', 'manager']).totalYears.typical).toBeCloseTo(2 + 3);
  });

  it('asks for the whole experience when the route starts in the role', () => {
    expect(total(ladder(), ['coder', 'manager']).totalYears.typical).toBeCloseTo(3);
  });

  it('counts part-time study years alongside the job as experience, full-time study not', () => {
    const d = ladder();
    d.transitions[0] = {
      ...d.transitions[0]!,
      years: { typical: 1, low: 1, high: 1, estimated: false },
      requires: { credentials: [], programs: ['cert'] },
    };
    // Part-time: the certificate takes 2 years alongside the 1-year job, so 2 coding years accrue; 1 more at coder.
    const partTime = total(d, ['tech', 'coder', 'manager'], { study: 'part_time' });
    expect(partTime.moves[0]?.studyMode).toBe('part_time');
    expect(partTime.totalYears.typical).toBeCloseTo(2 + 1);
    // Full-time: 1 year of work plus 1 of study; only the work counts, so 2 more years at coder.
    const fullTime = total(d, ['tech', 'coder', 'manager'], { study: 'full_time' });
    expect(fullTime.moves[0]?.studyMode).toBe('full_time');
    expect(fullTime.totalYears.typical).toBeCloseTo(2 + 2);
  });
});
