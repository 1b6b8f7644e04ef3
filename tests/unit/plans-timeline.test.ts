/**
 * The milestone timeline: order, durations (estimates labelled), credentials with their
 * awarding body, salaries with source and year, on the mini fixture and the real dataset.
 */
import { describe, expect, it } from 'vitest';
import { createModel, type CareerModel } from '../../src/graph/model';
import { costRoute, kBestRoutes } from '../../src/graph/routes';
import {
  buildTimeline,
  type ExamMilestone,
  type JobMilestone,
  type Milestone,
  type StudyMilestone,
} from '../../src/plans/timeline';
import { planTimelines } from '../../src/plans/plan-timeline';
import { planFromRoute, replan, resolvePlanRoute, suggestRoutes } from '../../src/plans/plan-routes';
import { timelineToCsv } from '../../src/plans/export';
import { miniDataset } from '../fixtures/mini-dataset';
import { miniPlan } from '../fixtures/plan-arbitraries';

function mini(edit?: (d: ReturnType<typeof miniDataset>) => void): CareerModel {
  const d = miniDataset();
  edit?.(d);
  return createModel(d);
}

const keys = (ms: Milestone[]) => ms.map((m) => m.stepKey);

describe('buildTimeline (mini fixture)', () => {
  const model = mini();
  const [route] = kBestRoutes(model.graph, 'tech', 'manager', { k: 1 });

  it('orders jobs, then what to study and sit while in each job, ending at the goal', () => {
    const tl = buildTimeline(model, route!);
    expect(keys(tl)).toEqual(['job:tech', 'exam:cca', 'job:coder', 'study:bachelor', 'job:manager']);
    expect(tl.map((m) => m.when)).toEqual([
      'Start',
      'While working as Technician',
      'After 1 yr',
      'While working as Coder',
      'After 4 yrs',
    ]);
    expect(tl.map((m) => m.at.typical)).toEqual([0, 0, 1, 1, 4]);
    const goal = tl[4] as JobMilestone;
    expect([goal.isGoal, goal.title, goal.duration]).toEqual([true, 'Reach Manager (goal)', 'goal reached']);
  });

  it('gives each job its duration and salary with source and year, or says there is no figure', () => {
    const [tech, , coder, , manager] = buildTimeline(model, route!) as JobMilestone[];
    expect(tech!.duration).toBe('1 yr');
    expect(coder!.duration).toBe('3 yrs');
    expect(tech!.salary).toEqual({
      amount: 30000,
      text: '$30,000 a year (median, 2010 figure, in 2010 dollars) — Technicians',
      statistic: 'median',
      dataYear: 2010,
      dollarYear: 2010,
      citation: 'Test (2010)',
      shared: true,
    });
    expect(tech!.source).toBe('Test (2010)');
    expect(manager!.salary).toMatchObject({ amount: null, text: 'no figure' });
  });

  it('names the exam, its awarding body and eligibility with sources', () => {
    const exam = buildTimeline(model, route!)[1] as ExamMilestone;
    expect(exam).toMatchObject({
      kind: 'exam',
      title: 'Sit the CCA exam',
      abbr: 'CCA',
      name: 'Certified Coding Associate',
      body: 'AHIMA',
      bodyName: 'American Health Information Management Association',
      neededFor: 'needed to move to Coder',
    });
    expect(exam.eligibility).toEqual([{ text: 'HS diploma', citation: 'Test (2010)' }]);
    expect(exam.details).toContain('awarded by American Health Information Management Association (AHIMA)');
  });

  it('labels estimated durations with ≈ and their range, also in the running total', () => {
    const m = mini((d) => {
      d.transitions[0]!.years = { typical: 1.5, low: 0.5, high: 3, estimated: true, method: 'test estimate' };
    });
    const r = kBestRoutes(m.graph, 'tech', 'manager', { k: 1 })[0]!;
    const tl = buildTimeline(m, r);
    expect(tl[0]!.duration).toBe('≈1.5 yrs (estimate, 0.5–3)');
    expect(tl[2]!.when).toBe('After ≈1.5 yrs (estimate, 0.5–3)');
    expect(tl[4]!.when).toBe('After ≈4.5 yrs (estimate, 3.5–6)');
  });

  it("says when the data has no program for a level, and uses a program's typical length when it has one", () => {
    expect((buildTimeline(model, route!)[3] as StudyMilestone).duration).toBe(
      'program length not stated in our sources',
    );
    const m = mini((d) => {
      d.programs = [
        {
          id: 'bachelor',
          name: "Bachelor's degree",
          entry: 'high_school',
          grants: 'bachelor',
          years: { typical: 4, low: 4, high: 6 },
          basis: 'IPEDS: 4 years full-time',
          sources: ['seed-a'],
        },
      ];
    });
    const r = costRoute(m.graph, ['tech', 'coder', 'manager'], { study: 'part_time' })!;
    const study = buildTimeline(m, r).find((x): x is StudyMilestone => x.kind === 'study')!;
    expect(study.duration).toBe('typically 4 yrs full-time (range 4–6); part-time alongside work, about 8 yrs');
    // The bachelor's asks for nothing the technician lacks, so it starts at once: 8 years part-time
    // alongside the year as a technician and the 3 as a coder (issue 23, item 3), not after the technician year.
    expect(study.when).toBe('Start');
    expect(r.moves[1]!.studyLead).toBe(1);
    expect(r.totalYears.typical).toBe(8);
    const full = costRoute(m.graph, ['tech', 'coder', 'manager'], { study: 'full_time' })!;
    expect(full.totalYears.typical).toBe(1 + 3 + 4);
    const fullStudy = buildTimeline(m, full).find((x): x is StudyMilestone => x.kind === 'study')!;
    expect([fullStudy.when, fullStudy.at.typical]).toEqual(['After 4 yrs', 4]);
  });

  it('says “1 yr” for a program of a year, or of a year part-time, in both languages', () => {
    const withProgram = (typical: number, low: number, high: number) =>
      mini((d) => {
        d.programs = [
          {
            id: 'bachelor',
            name: "Bachelor's degree",
            entry: 'high_school',
            grants: 'bachelor',
            years: { typical, low, high },
            basis: 'test',
            sources: ['seed-a'],
          },
        ];
      });
    const studyOf = (m: CareerModel, locale: 'en' | 'es') => {
      const r = costRoute(m.graph, ['tech', 'coder', 'manager'], { study: 'part_time' })!;
      return buildTimeline(m, r, { locale }).find((x): x is StudyMilestone => x.kind === 'study')!.duration;
    };
    const half = withProgram(0.5, 0.5, 1);
    expect(studyOf(half, 'en')).toBe('typically 0.5 yrs full-time (range 0.5–1); part-time alongside work, about 1 yr');
    const year = withProgram(1, 1, 2);
    expect(studyOf(year, 'en')).toBe('typically 1 yr full-time (range 1–2); part-time alongside work, about 2 yrs');
    expect(studyOf(year, 'es')).toBe(
      'normalmente 1 año a tiempo completo (rango 1–2); a tiempo parcial mientras trabaja, alrededor de 2 años',
    );
  });

  it('starts a student from school with the study and exam for the first job', () => {
    const m = mini((d) => {
      d.programs = [
        {
          id: 'certificate',
          name: 'Postsecondary certificate',
          entry: 'high_school',
          grants: 'certificate',
          years: { typical: 1, low: 1, high: 2 },
          basis: 'IPEDS',
          sources: ['seed-a'],
        },
      ];
      d.entries = [
        {
          id: 'start-tech',
          role: 'tech',
          requires: { credentials: [], education: 'certificate' },
          sources: ['seed-a'],
        },
      ];
    });
    const plan = miniPlan({
      start: { kind: 'education', level: 'high_school' },
      routes: [{ roles: ['tech', 'coder', 'manager'], objective: 'years' }],
    });
    const [view] = planTimelines(m, plan);
    expect(keys(view!.milestones)).toEqual([
      'study:certificate',
      'job:tech',
      'exam:cca',
      'job:coder',
      'study:bachelor',
      'job:manager',
    ]);
    expect(view!.milestones[0]!.when).toBe('Before the first job');
    expect(view!.milestones[1]!.at.typical).toBe(1);
  });

  it('rejects a route whose moves do not match its roles', () => {
    expect(() => buildTimeline(model, { roles: ['tech', 'coder'], moves: [] })).toThrow(
      /^plans\/timeline: a route of 2 roles needs 1 moves/,
    );
  });

  it('exports the timeline as CSV with the agreed columns, escaping formula-like cells', () => {
    const csv = timelineToCsv(buildTimeline(model, route!));
    const [header, first] = csv.split('\r\n');
    expect(header).toBe('year,milestone,kind,details,salary,source');
    expect(first).toMatch(/^0,Work as Technician,job,.*\$30,000 a year.*,Test \(2010\)$/);
    expect(csv.split('\r\n')).toHaveLength(6);
  });
});

describe('plan routes against the data', () => {
  const model = mini();

  it('rebuilds a stored route, flags broken constraints and explains a missing move', () => {
    const plan = miniPlan({ constraints: { educationCeiling: 'associate', maxYears: 2 } });
    const resolved = resolvePlanRoute(model, plan, plan.routes[0]!);
    expect(resolved.ok && resolved.warnings).toEqual([
      "This route needs a bachelor's degree, above the plan's education limit.",
      "This route typically takes longer than the plan's limit of 2 years.",
    ]);
    expect(resolvePlanRoute(model, plan, { roles: ['coder', 'tech'], objective: 'years' })).toEqual({
      ok: false,
      message: 'The current data has no move from Coder to Technician, so this route needs to be chosen again.',
    });
    expect(resolvePlanRoute(model, plan, { roles: ['ghost'], objective: 'years' })).toMatchObject({ ok: false });
  });

  it('words a one-year limit in the singular, in the plan’s language', () => {
    const plan = miniPlan({ constraints: { educationCeiling: 'doctorate', maxYears: 1 } });
    const en = resolvePlanRoute(model, plan, plan.routes[0]!, 'en');
    expect(en.ok && en.warnings).toEqual(["This route typically takes longer than the plan's limit of 1 year."]);
    const es = resolvePlanRoute(model, plan, plan.routes[0]!, 'es');
    expect(es.ok && es.warnings).toEqual(['Esta ruta suele durar más que el límite del plan de 1 año.']);
  });

  it('replans a route that no longer fits and keeps one that does', () => {
    const plan = miniPlan({ constraints: { educationCeiling: 'associate', maxYears: null } });
    expect(replan(model, plan).routes).toEqual([{ roles: ['tech', 'manager'], objective: 'years' }]);
    expect(replan(model, miniPlan()).routes).toEqual(miniPlan().routes);
    expect(suggestRoutes(model, miniPlan(), 'manager').map((r) => r.roles)).toEqual([
      ['tech', 'coder', 'manager'],
      ['tech', 'manager'],
    ]);
  });

  it('says why a student has no route when the limits rule every one out', () => {
    const plan = miniPlan({
      start: { kind: 'education', level: 'high_school' },
      constraints: { educationCeiling: 'high_school', maxYears: null },
      routes: [],
    });
    expect(replan(model, plan).routes).toEqual([]);
    expect(planTimelines(model, plan)[0]!.message).toBe(
      "No route from a first job to Manager fits the plan's limits (education up to a high-school diploma). Try raising a limit.",
    );
  });

  it('makes a plan from a route', () => {
    const route = kBestRoutes(model.graph, 'tech', 'manager', { k: 1 })[0]!;
    const plan = planFromRoute(route, { now: new Date('2024-01-01T00:00:00Z'), id: 'p-mini', label: 'JD' });
    expect(plan).toEqual(miniPlan());
  });
});

describe('timeline on the real dataset', () => {
  it('hit → him_manager: an HIM program, then the RHIA awarded by AHIMA, before the goal', async () => {
    const { builtinDataset } = await import('../../src/data/builtin');
    const model = createModel(builtinDataset);
    for (const route of kBestRoutes(model.graph, 'hit', 'him_manager', { k: 3 })) {
      const tl = buildTimeline(model, route);
      const study = tl.findIndex((m) => m.kind === 'study');
      const exam = tl.findIndex((m) => m.stepKey === 'exam:rhia');
      expect(study).toBeGreaterThan(0);
      expect(exam).toBeGreaterThan(study);
      expect((tl[study] as StudyMilestone).programLength?.years).toBeGreaterThan(0);
      expect(tl[exam]).toMatchObject({ abbr: 'RHIA', body: 'AHIMA' });
      expect((tl[exam] as ExamMilestone).eligibility.length).toBeGreaterThan(0);
      expect(tl[tl.length - 1]).toMatchObject({ kind: 'job', roleId: 'him_manager', isGoal: true });
      // The goal is reached at the route's total, on the same clock.
      expect(tl[tl.length - 1]!.at.typical).toBeCloseTo(route.totalYears.typical, 9);
      for (const m of tl.filter((x): x is JobMilestone => x.kind === 'job')) {
        if (m.salary.amount === null) expect(m.salary.text).toBe('no figure');
        else expect(m.salary.citation).not.toBe('source unknown');
      }
      expect(tl[0]!.duration).toMatch(/≈|yr/);
    }
  });

  it('an exam step is marked unverified unless its eligibility was read on the awarding body’s page', async () => {
    const { builtinDataset } = await import('../../src/data/builtin');
    const model = createModel(builtinDataset);
    const [route] = kBestRoutes(model.graph, 'coder', 'coding_manager', {
      k: 1,
      heldCredentials: ['cca'],
      educationCeiling: 'associate',
    });
    const exams = buildTimeline(model, route!).filter((m): m is ExamMilestone => m.kind === 'exam');
    // RHIT is known from the seed pages alone, CCS was read on AHIMA's page.
    expect(exams.map((m) => [m.abbr, m.unverified])).toEqual([
      ['CCS', false],
      ['RHIT', true],
    ]);
  });

  it('a wider occupation’s pay is named as such, never as the role’s own', async () => {
    const { builtinDataset } = await import('../../src/data/builtin');
    const model = createModel(builtinDataset);
    const route = costRoute(model.graph, ['coding_auditor', 'coding_manager'], {
      heldCredentials: ['rhit'],
      education: 'associate',
    })!;
    const goal = buildTimeline(model, route).find(
      (m): m is JobMilestone => m.kind === 'job' && m.roleId === 'coding_manager',
    )!;
    expect(goal.salary.amount).not.toBeNull();
    expect(goal.salary.amount !== null && goal.salary.text).toMatch(
      /all medical and health services managers, not Coding Supervisor \/ Manager's own pay \(11-9111\)$/,
    );
  });

  it('a plan made from a route with a move no source lists, or one that skips a usual requirement, opens as planned', async () => {
    const { builtinDataset } = await import('../../src/data/builtin');
    const model = createModel(builtinDataset);
    const [derived] = kBestRoutes(model.graph, 'patient_access', 'coder', { k: 1 });
    expect(derived!.moves[0]!.derived).toBe(true);
    const plan = planFromRoute(derived!, { now: new Date('2026-12-07T12:00:00Z'), id: 'p-derived' });
    const resolved = resolvePlanRoute(model, plan, plan.routes[0]!);
    expect(resolved.ok && resolved.route.totalYears).toEqual(derived!.totalYears);

    const has = { heldCredentials: ['cca'], educationCeiling: 'associate' as const, relaxTypical: true };
    const [relaxed] = kBestRoutes(model.graph, 'coder', 'coding_manager', { k: 1, ...has });
    expect(relaxed!.relaxed).toBe(true);
    const relaxedPlan = planFromRoute(relaxed!, { ...has, id: 'p-relaxed' });
    expect(relaxedPlan.constraints.relaxTypical).toBe(true);
    const again = resolvePlanRoute(model, relaxedPlan, relaxedPlan.routes[0]!);
    expect(again.ok && again.route.relaxed).toBe(true);
    expect(again.ok && again.route.totalYears).toEqual(relaxed!.totalYears);
    // The editor and the handout say what the route skips, in the plan's language.
    expect(planTimelines(model, relaxedPlan)[0]!.skipped).toMatch(/^Skips the usual .*RHIT/);
    expect(planTimelines(model, relaxedPlan, 'es')[0]!.skipped).toMatch(/^Omite lo habitual \(.*RHIT/);
    expect(planTimelines(model, plan)[0]!.skipped).toBeNull();
    // Without the switch the same roles take the exams the jobs usually ask for.
    const strict = { ...relaxedPlan, constraints: { ...relaxedPlan.constraints, relaxTypical: false } };
    const costed = resolvePlanRoute(model, strict, strict.routes[0]!);
    expect(costed.ok && costed.route.newCredentials).toContain('rhit');
    expect(relaxed!.newCredentials).not.toContain('rhit');
  });
});
