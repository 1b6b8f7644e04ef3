/**
 * The explanations the app writes, in Spanish: route cards' time summaries and step parts,
 * "no route" reasons, and a plan's timeline and handout language. The English wording is
 * checked in counseling-cases, routes and plans-timeline tests; these check that the same
 * facts come out in Spanish when asked for, with no English interface words left.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { moveParts, routeTimeSummary } from '../../src/text/route-text';
import { NO_JOB, explainNoRoute, kBestRoutes } from '../../src/graph/routes';
import { planFromRoute } from '../../src/plans/plan-routes';
import { planTimelines } from '../../src/plans/plan-timeline';
import { planLocale, planSchema } from '../../src/plans/schema';
import { planLink, decodePlan } from '../../src/plans/share-link';

const model = createModel(builtinDataset);
const ENGLISH =
  /\b(years|studying|exam|full-time|part-time|alongside|before|typically|study:|Work as|Reach|Salary|figure|a year)\b/;

describe('explanations in Spanish', () => {
  it('a high-school graduate → medical coder: the summary names study before a first job and the exam, in Spanish', () => {
    const [route] = kBestRoutes(model.graph, NO_JOB, 'coder', { education: 'high_school', k: 1 });
    const summary = routeTimeSummary(model, route!, 'es');
    expect(summary).toMatch(/^≈?\d+(\.\d)? años: /);
    expect(summary).toContain('de estudio a tiempo completo antes del primer empleo');
    expect(summary).toMatch(/examen de (CCA|CPC-A)/);
    expect(summary).not.toMatch(ENGLISH);
    // The same route in English still reads as the counseling cases expect.
    expect(routeTimeSummary(model, route!, 'en')).toContain('studying full-time before a first job');
  });

  it('an RHIT → HIM manager: step parts say part-time study alongside work, in Spanish', () => {
    const [route] = kBestRoutes(model.graph, 'hit', 'him_manager', {
      education: 'associate',
      heldCredentials: ['rhit'],
      heldPrograms: ['him_associate'],
      k: 1,
    });
    const parts = route!.moves.flatMap((m) => moveParts(model, m, 'es'));
    expect(parts.some((p) => p.startsWith('estudio: ') && p.includes('a tiempo parcial mientras trabaja'))).toBe(true);
    expect(parts.some((p) => /^examen: RHIA \(/.test(p))).toBe(true);
    for (const p of parts) expect(p).not.toMatch(ENGLISH);
  });

  it('says why no route fits, and what would open one, in Spanish', () => {
    const why = explainNoRoute(model.graph, 'hit', 'him_manager', { educationCeiling: 'associate' }, { locale: 'es' })!;
    expect(why.message).toMatch(
      /^Todas las rutas exigen una licenciatura; su límite de estudios es un título de asociado\.$/,
    );
    expect(why.fixes[0]!.message).toBe('Suba su límite de estudios a una licenciatura.');
    const tooLong = explainNoRoute(model.graph, 'hit', 'him_manager', { maxYears: 2 }, { locale: 'es' })!;
    expect(tooLong.message).toMatch(/^Todas las rutas duran más de 2 años \(la más rápida: [\d.]+ años\)\.$/);
  });
});

describe('a plan keeps its language', () => {
  const [route] = kBestRoutes(model.graph, 'coder', 'coder_facility', { heldCredentials: ['cca'], k: 1 });
  const plan = planFromRoute(route!, {
    heldCredentials: ['cca'],
    locale: 'es',
    now: new Date('2026-03-05T12:00:00Z'),
    id: 'plan-test-es',
  });

  it('stores the language it was made in; an older plan without one prints in English', () => {
    expect(planSchema.parse(plan).locale).toBe('es');
    expect(planLocale(plan)).toBe('es');
    const { locale: _locale, ...older } = plan;
    expect(planSchema.safeParse(older).success).toBe(true);
    expect(planLocale({ ...older, locale: undefined })).toBe('en');
  });

  it('builds its timeline in its language (the handout prints from it)', () => {
    const [timeline] = planTimelines(model, plan, planLocale(plan));
    const titles = timeline!.milestones.map((m) => m.title);
    expect(titles[0]).toMatch(/^Trabajar como /);
    expect(titles).toContain('Presentar el examen CCS');
    expect(titles[titles.length - 1]).toMatch(/^Llegar a .* \(meta\)$/);
    expect(timeline!.milestones[0]!.when).toBe('Inicio');
  });

  it('a share link opens the app in the plan’s language and carries the language in the plan', () => {
    const link = planLink(plan, 'https://example.org/app/');
    expect(link.ok && link.value.startsWith('https://example.org/app/?lang=es#plan=')).toBe(true);
    const decoded = decodePlan(link.ok ? link.value.split('#plan=')[1]! : '');
    expect(decoded.ok && decoded.plan.locale).toBe('es');
  });
});
