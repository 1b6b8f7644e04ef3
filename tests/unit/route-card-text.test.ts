/**
 * What a route card says about time, as a reader counts it (issue 23, item 3): the parts after
 * the total add up to the total as printed, part-time study is said to run alongside (not
 * added), a step's parts add up to the step, a derived move says no source lists it, recommended
 * preparation is named as such, and a relaxed route names what it skips — in both languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { NO_JOB, kBestRoutes, type Constraints, type Route } from '../../src/graph/routes';
import { derivedMoveNote, moveParts, routeTimeSummary, skippedSummary } from '../../src/text/route-text';
import { partsAddingUp } from '../../src/text/route-words';

const model = createModel(builtinDataset);
const top = (from: string, to: string, has: Partial<Constraints> = {}) =>
  kBestRoutes(model.graph, from, to, { k: 1, ...has })[0]!;

/** The total and the parts a reader adds: "≈10.0 years: 8.5 in jobs + 1.5 more …; of these years, …". */
function readSummary(text: string): { total: number; parts: number[] } {
  const [, total, rest] = /^≈?([\d.]+) (?:years|años)(?:: (.*))?$/.exec(text)!;
  const added = (rest ?? '').split('; ')[0]!;
  const parts = /^\d/.test(added) ? added.split(' + ').map((p) => Number(/^[\d.]+/.exec(p)![0])) : [];
  return { total: Number(total), parts };
}

const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 10) / 10;

describe('partsAddingUp', () => {
  it('rounds parts to tenths that add up to the total rounded to a tenth', () => {
    expect(partsAddingUp([0.75, 0.75], 1.5)).toEqual([0.8, 0.7]);
    expect(partsAddingUp([8.5, 0, 1.5], 10)).toEqual([8.5, 0, 1.5]);
    expect(partsAddingUp([2.31, 0], 2.31)).toEqual([2.3, 0]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 5 }), (hundredths) => {
        const parts = hundredths.map((h) => h / 100);
        const total = parts.reduce((s, p) => s + p, 0);
        const rounded = partsAddingUp(parts, total);
        expect(sum(rounded)).toBeCloseTo(Math.round(total * 10) / 10, 9);
        rounded.forEach((r, i) => expect(Math.abs(r - parts[i]!)).toBeLessThan(0.1 + 1e-9));
      }),
    );
  });
});

describe('route card time', { timeout: 60_000 }, () => {
  it('on every top route from five starts, the added parts make the total as printed', () => {
    const starts = [NO_JOB, 'patient_access', 'coder', 'registrar', 'hi_clerk'];
    let checked = 0;
    for (const from of starts)
      for (const study of ['part_time', 'full_time'] as const)
        for (const to of model.graph.nodes()) {
          if (to === from) continue;
          const route: Route | undefined = kBestRoutes(model.graph, from, to, { k: 1, study })[0];
          if (!route || route.totalYears.typical === 0) continue;
          const { total, parts } = readSummary(routeTimeSummary(model, route));
          expect(sum(parts), `${from} → ${to} (${study})`).toBe(total);
          checked++;
        }
    expect(checked).toBeGreaterThan(100);
  });

  it('front desk → coder: a job, then more time while the coding course finishes; the course runs alongside', () => {
    const route = top('patient_access', 'coder');
    const text = routeTimeSummary(model, route);
    expect(text).toMatch(
      /^≈[\d.]+ years: [\d.]+ in jobs \+ [\d.]+ more while part-time study finishes; of these years, [\d.]+ studying part-time alongside work \(Medical coding certificate or course, typically 0.75 yrs full-time\); CCA exam$/,
    );
    const [move] = route.moves;
    expect(move!.derived).toBe(true);
    expect(derivedMoveNote(model, move!)).toMatch(
      /^No source lists this move: it is open because you can meet what the Medical Coder job asks for; the time as Patient Access/,
    );
    const parts = moveParts(model, move!);
    expect(parts.find((p) => p.startsWith('study: Medical coding certificate'))).toMatch(
      /part-time alongside work \(about 1.5 yrs\); recommended preparation, not required$/,
    );
    // The step's parts add up to the step: time in the job plus the time the course outlasts it.
    const step = parts
      .filter((p) => /^(≈|\+)?[\d.]+ yrs? (\(|as|more)/.test(p))
      .map((p) => Number(/[\d.]+/.exec(p)![0]));
    expect(sum(step)).toBe(Math.round(move!.years.typical * 10) / 10);
  });

  it('a coder who stops at an associate degree: jobs, then the HIT degree outlasting the last job, the degree alongside', () => {
    const route = top('coder', 'coding_manager', { heldCredentials: ['cca'], educationCeiling: 'associate' });
    const text = routeTimeSummary(model, route);
    expect(text).toContain('studying part-time alongside work (Associate degree in health information technology');
    const { total, parts } = readSummary(text);
    expect(sum(parts)).toBe(total);
    expect(skippedSummary(model, route)).toBeNull();
  });

  it('a relaxed route names what it skips, once each, in English and Spanish', () => {
    const has = { heldCredentials: ['cca'], educationCeiling: 'associate' as const, relaxTypical: true };
    const route = top('coder', 'coding_manager', has);
    expect(route.relaxed).toBe(true);
    const en = skippedSummary(model, route)!;
    expect(en).toMatch(/^Skips the usual .*RHIT.*: most employers ask for this, some hire without\.$/);
    expect(en).toContain('Associate degree');
    expect(en.match(/RHIT/g)).toHaveLength(1);
    expect(skippedSummary(model, route, 'es')).toMatch(
      /^Omite lo habitual \(.*RHIT.*\): la mayoría de los empleadores lo pide/,
    );
  });

  it('reads in Spanish, with the same parts', () => {
    const route = top('patient_access', 'coder');
    const es = routeTimeSummary(model, route, 'es');
    expect(es).toMatch(
      /^≈[\d.]+ años: [\d.]+ en empleos \+ [\d.]+ más mientras termina el estudio a tiempo parcial; de estos años, [\d.]+ de estudio a tiempo parcial mientras trabaja/,
    );
    expect(readSummary(es)).toEqual(readSummary(routeTimeSummary(model, route, 'en')));
    expect(derivedMoveNote(model, route.moves[0]!, 'es')).toMatch(/^Ninguna fuente cita este cambio/);
  });
});
