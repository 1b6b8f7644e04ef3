/**
 * Where the handout says each duration comes from: dated citations, the estimate notes each
 * method is printed in once, the program's convention, and no line where no figure is printed.
 */
import { describe, expect, it } from 'vitest';
import data from '../../src/data/careers.json';
import type { Dataset } from '../../src/data/schema';
import { createModel } from '../../src/graph/model';
import { datedCitation } from '../../src/text/format';
import { handoutSources } from '../../src/plans/handout-sources';
import { buildTimeline } from '../../src/plans/timeline';
import { kBestRoutes } from '../../src/graph/routes';

const dataset = data as unknown as Dataset;
const model = createModel(dataset);
const source = (id: string) => model.sources.get(id);

describe('datedCitation', () => {
  it('adds the date a web page was read, in the reader’s language, and says when it was not recorded', () => {
    expect(datedCitation(source('ctrexam'), 'en')).toBe(
      'NCRA Council on Certification (current at access date; accessed December 7, 2026)',
    );
    expect(datedCitation(source('ctrexam'), 'es')).toBe(
      'NCRA Council on Certification (vigente en la fecha de consulta; consultado el 7 de diciembre de 2026)',
    );
    // Where the day was not recorded, the latest day it can have been (never a made-up day).
    expect(datedCitation(source('ahima-ccs'), 'en')).toBe(
      'AHIMA (current at access date; read on or before November 22, 2026)',
    );
    expect(datedCitation(source('ahima-ccs'), 'es')).toBe(
      'AHIMA (vigente en la fecha de consulta; consultado a más tardar el 22 de noviembre de 2026)',
    );
    expect(datedCitation(source('ipeds-award-definitions'), 'en')).toMatch(
      /\(Current IPEDS definitions \(undated page\); read on or before November 30, 2026\)$/,
    );
    const undated = { ...source('ipeds-award-definitions')!, readBy: undefined };
    expect(datedCitation(undated, 'en')).toMatch(
      /\(Current IPEDS definitions \(undated page\); access date not recorded\)$/,
    );
    // A seed document is a file in the project, not a page read on a date.
    expect(datedCitation(source('seed-003'), 'en')).toBe(
      'Zippia (not stated; captured after Aug 2016 (newest salary-table start date Aug 02, 2016))',
    );
  });
});

describe('handoutSources', () => {
  const route = kBestRoutes(model.graph, 'hit', 'him_manager', { k: 1 })[0]!;
  const steps = buildTimeline(model, route, { locale: 'en' });

  it('gives every step with a figure a line, numbers each estimate method once, and none for the goal', () => {
    const { lines, notes } = handoutSources([...steps, ...steps], 'en');
    for (const step of steps) {
      const line = lines.get(step);
      if (step.kind === 'job' && step.isGoal) expect(line).toBeUndefined();
      else
        expect(line).toMatch(
          /^(Source: |Estimate, method in note \d; from |Typical full-time length: IPEDS|Eligibility and its sources: )/,
        );
    }
    // A derived move (no source lists it) has no transition of its own: its method is the route's.
    const methods = route.moves.filter((m) => m.years.estimated).map((m) => m.years.method);
    expect(notes).toEqual([...new Set(methods)]);
  });

  it('points an exam to the credentials table and cites a sourced move, in the reader’s language', () => {
    const all = kBestRoutes(model.graph, 'hit', 'him_manager', { k: 3 }).flatMap((r) =>
      buildTimeline(model, r, { locale: 'en' }),
    );
    const { lines } = handoutSources(all, 'en');
    const es = handoutSources(all, 'es').lines;
    const byKind = (kind: string) => all.filter((step) => step.durationBasis.kind === kind);
    expect(byKind('credential').length).toBeGreaterThan(0);
    for (const step of byKind('credential')) {
      expect(lines.get(step)).toBe('Eligibility and its sources: see “Credentials to earn”.');
      expect(es.get(step)).toBe('Requisitos y sus fuentes: vea «Credenciales por obtener».');
    }
    expect(byKind('move').length).toBeGreaterThan(0);
    for (const step of byKind('move')) expect(lines.get(step)).toBe(`Source: ${step.durationBasis.citation}`);
  });

  it('says a part-time program takes about twice as long as the app’s assumption, beside the convention', () => {
    const study = buildTimeline(model, route, { locale: 'es' }).find((s) => s.kind === 'study')!;
    expect(handoutSources([study], 'es').lines.get(study)).toMatch(
      /^Duración típica a tiempo completo: .*IPEDS.*A tiempo parcial: aproximadamente el doble \(supuesto de la aplicación\)\. Fuentes: /,
    );
  });
});
