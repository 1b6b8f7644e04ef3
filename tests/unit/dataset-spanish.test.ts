/**
 * Spanish beside the English: the schema accepts `es` and rejects a broken one, every built-in
 * record a reader sees has Spanish, a source's quoted words stay in English inside it, and a
 * record without Spanish falls back to English, flagged.
 */
import { describe, expect, it } from 'vitest';
import data from '../../src/data/careers.json';
import { LEVELS, TRACKS, type Dataset, type Role } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { importDataset } from '../../src/data/import/import';
import { citation } from '../../src/text/format';
import {
  credentialName,
  levelName,
  pathNote,
  pick,
  programName,
  quoteSegments,
  roleText,
  roleTitle,
  salaryYearNote,
  sourceDataYear,
  sourcedText,
  trackName,
  transitionMethod,
  transitionNote,
} from '../../src/data/localize';

const copy = (): Dataset => structuredClone(data) as unknown as Dataset;
const builtin = data as unknown as Dataset;

function firstRole(d: Dataset): Role {
  const role = d.roles[0];
  if (!role) throw new Error('dataset-spanish.test: no role');
  return role;
}

function problemsOf(d: Dataset): { path: string; message: string }[] {
  const r = validateDataset(d);
  return r.ok ? [] : r.problems;
}

describe('schema: es beside the English', () => {
  it('accepts a dataset whose records have no es at all (an older or English-only file)', () => {
    const d = copy();
    for (const r of d.roles) {
      delete r.es;
      for (const t of r.tasks) delete t.es;
    }
    for (const c of d.credentials) delete c.es;
    for (const t of d.transitions) delete t.es;
    expect(validateDataset(d).ok).toBe(true);
  });

  it.each([
    [
      'an empty Spanish title',
      (d: Dataset) => void (firstRole(d).es = { title: '  ' }),
      'es.title',
      'must not be empty',
    ],
    [
      'a Spanish block without the title',
      (d: Dataset) => void (firstRole(d).es = { description: 'Sin título' } as Role['es']),
      'es.title',
      '',
    ],
    [
      'an unknown field in es',
      (d: Dataset) => void Object.assign(firstRole(d).es ?? {}, { titel: 'x' }),
      'es',
      'titel',
    ],
    [
      'a Spanish search title that is not text',
      (d: Dataset) => void ((firstRole(d).es ?? { title: 'x' }).titles = [3 as unknown as string]),
      'es.titles',
      '',
    ],
    [
      'an empty Spanish task',
      (d: Dataset) => void (d.roles[1]!.tasks[0]!.es = { text: '' }),
      'tasks',
      'must not be empty',
    ],
    [
      'a Spanish search title given to two roles',
      (d: Dataset) => void (d.roles[1]!.es = { title: 'Otro', titles: [firstRole(d).es?.titles?.[0] ?? ''] }),
      'es.titles[0]',
      'also a Spanish title of',
    ],
    [
      'a credential whose Spanish name is too long',
      (d: Dataset) => void (d.credentials[0]!.es = { name: 'x'.repeat(201) }),
      'es.name',
      'at most 200',
    ],
  ])('rejects %s', (_, breakIt, path, message) => {
    const d = copy();
    breakIt(d);
    expect(problemsOf(d)).toContainEqual(
      expect.objectContaining({ path: expect.stringContaining(path), message: expect.stringContaining(message) }),
    );
  });
});

describe('the built-in dataset in Spanish', () => {
  it('has a Spanish title, description and every task for every role', () => {
    for (const role of builtin.roles) {
      const text = roleText(role, 'es');
      expect([role.id, text.title.fellBack, text.description.fellBack]).toEqual([role.id, false, false]);
      expect(text.tasks.filter((t) => t.fellBack)).toEqual([]);
      expect(text.title.text).not.toBe(role.title);
    }
  });

  it('has Spanish for every education statement and every credential eligibility statement', () => {
    const statements = [
      ...builtin.roles.flatMap((r) => r.education.statements),
      ...builtin.credentials.flatMap((c) => c.eligibility),
    ];
    expect(statements.filter((s) => sourcedText(s, 'es').fellBack).map((s) => s.text)).toEqual([]);
  });

  it('dates every source and every undated figure in Spanish, and cites sources so in Spanish', () => {
    expect(builtin.sources.filter((src) => sourceDataYear(src, 'es').fellBack).map((src) => src.id)).toEqual([]);
    expect(builtin.salaries.filter((sal) => salaryYearNote(sal, 'es')?.fellBack).map((sal) => sal.id)).toEqual([]);
    const ooh = builtin.sources.find((src) => src.id === 'seed-001');
    expect(citation(ooh, 'es')).toBe(
      'BLS Occupational Outlook Handbook 2012-13, Occupational Outlook Handbook, 2012-13 edition (salarios de mayo de 2010; empleos de 2010; proyecciones 2010-20)',
    );
    expect(citation(ooh, 'en')).toContain('(May 2010 wages; 2010 job count; 2010-20 projections)');
  });

  it('has Spanish search titles for every health-information role', () => {
    const without = builtin.roles.filter((r) => !r.outOfScope && !r.es?.titles?.length);
    expect(without.map((r) => r.id)).toEqual([]);
  });

  it('names every credential, program, track and level in Spanish; abbreviations stay', () => {
    expect(builtin.credentials.filter((c) => credentialName(c, 'es').fellBack).map((c) => c.id)).toEqual([]);
    expect((builtin.programs ?? []).filter((p) => programName(p, 'es').fellBack).map((p) => p.id)).toEqual([]);
    for (const t of TRACKS) expect(trackName(t, 'es')).not.toBe(trackName(t, 'en'));
    for (const l of LEVELS) expect(levelName(l, 'es')).not.toBe(levelName(l, 'en'));
    expect(builtin.credentials.every((c) => !('abbr' in (c.es ?? {})))).toBe(true);
  });

  it('has a Spanish note for every move and published path with a note, and every estimate method', () => {
    const missing = builtin.transitions.filter((t) => transitionNote(t, 'es')?.fellBack).map((t) => t.id);
    expect(missing).toEqual([]);
    expect(builtin.paths.filter((p) => pathNote(p, 'es')?.fellBack).map((p) => p.id)).toEqual([]);
    expect(builtin.transitions.filter((t) => transitionMethod(t, 'es')?.fellBack).map((t) => t.id)).toEqual([]);
  });

  it('keeps every quoted passage of the English verbatim in the Spanish (the source’s words)', () => {
    const roleTitles = new Set(builtin.roles.map((r) => `"${r.title}"`));
    const changed: string[] = [];
    const visit = (value: unknown, where: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${where}[${i}]`));
      if (value === null || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      const es = record.es as Record<string, unknown> | undefined;
      for (const [field, spanish] of Object.entries(es ?? {})) {
        const english = record[field];
        if (typeof english !== 'string' || typeof spanish !== 'string') continue;
        // Quotes come in pairs, or the app would mark the wrong words as English.
        if ((spanish.match(/"/g) ?? []).length % 2) changed.push(`${where}.${field}: unbalanced quotes`);
        // A quoted role title is the app's own name for a role, translated with it.
        for (const q of english.match(/"[^"]+"/g) ?? [])
          if (!spanish.includes(q) && !roleTitles.has(q)) changed.push(`${where}.${field}: ${q}`);
      }
      for (const [k, v] of Object.entries(record)) if (k !== 'es') visit(v, `${where}.${k}`);
    };
    visit(builtin, '');
    expect(changed).toEqual([]);
  });
});

describe('JSON import with and without Spanish', () => {
  const json = (d: unknown) => new TextEncoder().encode(JSON.stringify(d));

  it('keeps the Spanish of an imported dataset', () => {
    const r = importDataset([{ name: 'careers.json', bytes: json(data) }]);
    expect(
      r.ok &&
        roleTitle(
          r.dataset.roles.find((x) => x.id === 'coder')!,
          'es',
        ),
    ).toEqual({ text: 'Codificador/a médico/a', lang: 'es', fellBack: false });
  });

  it('imports a dataset without Spanish; its roles fall back to English, flagged', () => {
    const d = copy();
    for (const r of d.roles) delete r.es;
    const r = importDataset([{ name: 'careers.json', bytes: json(d) }]);
    expect(
      r.ok &&
        roleTitle(
          r.dataset.roles.find((x) => x.id === 'coder')!,
          'es',
        ),
    ).toEqual({ text: 'Medical Coder', lang: 'en', fellBack: true });
  });

  it('names a broken Spanish field by its path', () => {
    const d = copy();
    firstRole(d).es = { title: '' };
    const r = importDataset([{ name: 'careers.json', bytes: json(d) }]);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toContain('roles[0].es.title');
  });
});

describe('localize: fallback to the source language', () => {
  const englishOnly = {
    title: 'Chart Abstractor',
    description: 'Abstracts charts.',
    tasks: [{ text: 'Abstract charts.', sources: ['s'] }],
  };

  it('shows an imported role without Spanish in English, flagged and marked as English', () => {
    const text = roleText(englishOnly, 'es');
    expect(text.title).toEqual({ text: 'Chart Abstractor', lang: 'en', fellBack: true });
    expect(text.tasks[0]).toEqual({ text: 'Abstract charts.', lang: 'en', fellBack: true });
  });

  it('never flags English as a fallback, and prefers the Spanish when there is one', () => {
    expect(roleTitle(englishOnly, 'en')).toEqual({ text: 'Chart Abstractor', lang: 'en', fellBack: false });
    expect(sourcedText({ text: 'Code.', es: { text: 'Codificar.' } }, 'es')).toEqual({
      text: 'Codificar.',
      lang: 'es',
      fellBack: false,
    });
    expect(pick('Coder', '   ', 'es').fellBack).toBe(true);
  });

  it('marks a source quoted inside Spanish text as English', () => {
    const segments = quoteSegments({
      text: 'Fuente 002: "with experience" (con experiencia).',
      lang: 'es',
      fellBack: false,
    });
    expect(segments).toEqual([
      { text: 'Fuente 002: ' },
      { text: '"with experience"', lang: 'en' },
      { text: ' (con experiencia).' },
    ]);
    expect(quoteSegments({ text: 'Seed 002: "with experience".', lang: 'en', fellBack: true })).toHaveLength(1);
  });
});
