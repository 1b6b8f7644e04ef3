/**
 * The route clock on a hand-made ladder, where every year can be counted by hand: time already
 * worked in a coding role counts toward a credential's required coding experience (so the last
 * step is shorter), time in a role of another kind does not, and part-time study stretches the
 * job years that count as experience while full-time study does not. The route's schedule splits
 * the same years into job time, waiting for experience, study beyond the jobs and full-time study.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { createModel } from '../../src/graph/model';
import { NO_JOB, kBestRoutes, scheduleTotal } from '../../src/graph/routes';
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

describe("route schedule: where a route's years go", () => {
  /** The ladder with ranges (low, high) and a first job reached through the certificate. */
  function spreadLadder(): Dataset {
    const d = ladder();
    const range = (typical: number, low: number, high: number) => ({ typical, low, high });
    d.programs![0]!.years = range(1, 0.5, 2);
    d.transitions = [
      {
        ...d.transitions[0]!,
        years: { ...range(1, 0.5, 2), estimated: false },
        requires: { credentials: [], programs: ['cert'] },
      },
      { ...d.transitions[2]!, years: { ...range(0.5, 0.25, 1), estimated: false } },
    ];
    d.entries = [{ id: 'e1', role: 'tech', requires: { credentials: [], programs: ['cert'] }, sources: ['seed-a'] }];
    return d;
  }
  const span = (typical: number, low: number, high: number) => ({ typical, low, high });
  const none = span(0, 0, 0);

  it('part-time: the job years, the wait for coding experience and the course outlasting the job add up; the course runs alongside', () => {
    const route = total(spreadLadder(), ['tech', 'coder', 'manager'], { study: 'part_time' });
    // Tech: 1 year (0.5–2) of work while the course takes 2 (1–4) part-time: 1 (0.5–2) more.
    // Coder: 2 coding years gathered, 3 asked for: 0.5 (0.25–1) in the job, then waiting to 1 year (low: the
    // shortest job still waits for the whole year; high: the job itself lasts it).
    expect(route.schedule).toEqual({
      jobs: span(1.5, 0.75, 3),
      waiting: span(0.5, 0.75, 0),
      studyBeyondJobs: span(1, 0.5, 2),
      fullTimeStudy: none,
      partTimeStudy: span(2, 1, 4),
    });
    expect(scheduleTotal(route.schedule)).toEqual(route.totalYears);
  });

  it('full-time: the course stops work and is added; only the job counts as coding experience', () => {
    const route = total(spreadLadder(), ['tech', 'coder', 'manager'], { study: 'full_time' });
    expect(route.schedule).toEqual({
      jobs: span(1.5, 0.75, 3),
      waiting: span(1.5, 1.75, 1),
      studyBeyondJobs: none,
      fullTimeStudy: span(1, 0.5, 2),
      partTimeStudy: none,
    });
    expect(scheduleTotal(route.schedule)).toEqual(route.totalYears);
  });

  it('before a first job study is full-time, even when the person studies part-time later', () => {
    const { graph } = createModel(spreadLadder());
    const [route] = kBestRoutes(graph, NO_JOB, 'manager', { k: 1, education: 'high_school', study: 'part_time' });
    expect(route?.roles).toEqual([NO_JOB, 'tech', 'coder', 'manager']);
    expect(route!.schedule).toEqual({
      jobs: span(1.5, 0.75, 3),
      waiting: span(1.5, 1.75, 1),
      studyBeyondJobs: none,
      fullTimeStudy: span(1, 0.5, 2),
      partTimeStudy: none,
    });
    expect(scheduleTotal(route!.schedule)).toEqual(route!.totalYears);
  });
});
