/**
 * An import's problems in the reader's language: the validator words its rules in English (the
 * build's check runs before the interface messages exist) and names each with a code; the
 * importer words them again through the messages. These tests keep the two English wordings
 * identical and check that a Spanish reader gets Spanish, with the place ("fila 3, columna id").
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/i18n/zod-messages';
import { importDataset } from '../../src/data/import/import';
import { formatProblem, problemMessage } from '../../src/data/import/problem-text';
import type { ImportResult } from '../../src/data/import/types';
import { SCHEMA_WORDS, type ProblemCode } from '../../src/data/problems';
import type { Dataset } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { overwriteGetLocale } from '../../src/paraglide/runtime.js';
import { miniDataset } from '../fixtures/mini-dataset';
import { migratePlan } from '../../src/plans/migrate';

const readAs = (locale: 'en' | 'es') => overwriteGetLocale(() => locale);
afterEach(() => readAs('en'));

const bytes = (text: string) => new TextEncoder().encode(text);
const problemsOf = (edit: (d: Dataset) => void) => {
  const d = miniDataset();
  edit(d);
  const r = validateDataset(JSON.parse(JSON.stringify(d)));
  return r.ok ? [] : r.problems;
};
const lines = (r: ImportResult) => (r.ok ? [] : r.problems.map(formatProblem));

// One fault per rule the validator words itself (each yields the code named).
const FAULTS: [ProblemCode, (d: Dataset) => void][] = [
  ['not_empty', (d) => (d.roles[0]!.title = ' ')],
  ['too_long', (d) => (d.roles[0]!.title = 'x'.repeat(121))],
  ['id_pattern', (d) => (d.roles[2]!.id = 'Boss Man')],
  ['not_negative', (d) => (d.salaries[0]!.value = -1)],
  ['needs_source', (d) => (d.roles[0]!.sources = [])],
  ['soc_format', (d) => (d.roles[0]!.soc = ['292072'])],
  ['web_address', (d) => (d.sources[0]!.url = 'javascript:alert(1)')],
  ['years_order', (d) => (d.transitions[0]!.years = { typical: 3, low: 1, high: 2, estimated: false })],
  ['method_required', (d) => (d.transitions[0]!.years = { typical: 1, low: 0.5, high: 2, estimated: true })],
  ['high_required', (d) => Object.assign(d.salaries[0]!, { statistic: 'range' })],
  ['year_note_required', (d) => (d.salaries[0]!.year = null)],
  ['duplicate_id', (d) => (d.roles[2]!.id = 'tech')],
  ['unknown_source', (d) => (d.roles[0]!.sources = ['ghost'])],
  ['unknown_role', (d) => (d.transitions[0]!.to = 'ghost')],
  ['unknown_credential', (d) => (d.roles[0]!.credentials = ['ghost'])],
  ['title_two_roles', (d) => d.roles[1]!.titles.push({ text: 'records tech', sources: ['seed-a'] })],
  ['self_move', (d) => (d.transitions[0]!.to = 'tech')],
  ['repeated_move', (d) => d.transitions.push({ ...d.transitions[0]!, id: 't9' })],
];

describe('the validator’s problems, worded by the importer', () => {
  it.each(FAULTS)('%s reads the same in English either way, and in Spanish differently', (code, edit) => {
    const problem = problemsOf(edit).find((p) => p.text?.code === code);
    expect(problem, `no problem with code ${code}`).toBeDefined();
    expect(problemMessage(problem!)).toBe(problem!.message);
    readAs('es');
    expect(problemMessage(problem!)).not.toBe(problem!.message);
  });

  it('words every one of the schema’s own phrases the same in English', () => {
    for (const [code, words] of Object.entries(SCHEMA_WORDS)) {
      expect(problemMessage({ path: 'x', message: words, text: { code: code as ProblemCode, params: {} } })).toBe(
        words,
      );
    }
  });
});

describe('an import read in Spanish', () => {
  it('lists a JSON dataset’s problems in Spanish: ours, zod’s and the reference checks', () => {
    readAs('es');
    const d = miniDataset() as unknown as Record<string, unknown> & Dataset;
    d.roles[0]!.title = ' ';
    (d.roles[1] as unknown as { level: unknown }).level = 7;
    d.transitions[0]!.to = 'ghost';
    const shape = lines(importDataset([{ name: 'careers.json', bytes: bytes(JSON.stringify(d)) }]));
    expect(shape).toContain('careers.json roles[0].title: no debe estar vacío');
    expect(shape.some((l) => l.startsWith('careers.json roles[1].level: ') && /inválid/i.test(l))).toBe(true);
    d.roles[0]!.title = 'Technician';
    (d.roles[1] as unknown as { level: unknown }).level = 'mid';
    expect(lines(importDataset([{ name: 'careers.json', bytes: bytes(JSON.stringify(d)) }]))).toEqual([
      "careers.json transitions[t1].to: puesto desconocido 'ghost'",
    ]);
  });

  it('points at spreadsheet rows and columns in Spanish, and says what is wrong in Spanish', () => {
    readAs('es');
    const roles =
      'id,title,track,level,typical_education\ntech,Técnico,records,entry,certificate\ncoder,,coding,senior-ish,certificate\n';
    expect(lines(importDataset([{ name: 'roles.csv', bytes: bytes(roles) }], { base: miniDataset() }))).toEqual([
      'roles.csv fila 3, columna title: es obligatorio y no debe estar vacío',
      "roles.csv fila 3, columna level: 'senior-ish' no es ninguno de estos: entry, mid, senior, leadership",
    ]);
    expect(lines(importDataset([{ name: 'notes.xlsx', bytes: bytes('PK') }]))).toEqual([
      'notes.xlsx: es un libro de hoja de cálculo; guarde cada hoja como "CSV UTF-8" e importe los archivos .csv',
    ]);
  });

  it('writes what a CSV says about education, and the dataset’s name, in both languages, whatever the reader’s', () => {
    readAs('es');
    const roles = 'id,title,track,level,typical_education\ntech,Technician,records,entry,associate\n';
    const r = importDataset([{ name: 'roles.csv', bytes: bytes(roles) }], { base: miniDataset() });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const statement = r.dataset.roles[0]!.education.statements[0]!;
    expect(statement.text).toMatch(/^Typical education given in roles\.csv: .*associate/i);
    expect(statement.es?.text).toMatch(/^Formación típica indicada en roles\.csv: .*(asociado|associate)/i);
    expect(r.dataset.roles[0]!.description).toBe('No description was given in roles.csv.');
    expect([r.dataset.name, r.dataset.es?.name]).toEqual(['Your data (roles.csv)', 'Sus datos (roles.csv)']);
  });
});

describe('a plan read in Spanish', () => {
  it('says in Spanish why a plan file or link was refused', () => {
    readAs('es');
    expect(migratePlan([1, 2])).toEqual({
      ok: false,
      message: 'Esto no es un plan hecho con esta aplicación (es una lista, no un objeto).',
      foreign: true,
    });
    const plan = {
      version: 1,
      id: 'p1',
      label: 'x'.repeat(41),
      createdAt: 'ayer',
      updatedAt: '2026-01-01T00:00:00Z',
      start: { kind: 'education', level: 'high_school' },
      heldCredentials: [],
      education: 'high_school',
      goals: [],
      constraints: { educationCeiling: 'bachelor', maxYears: null },
      routes: [],
      notes: '',
      stepNotes: {},
      stepStatus: {},
    };
    const refused = migratePlan(plan);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.message).toBe(
      'label: debe tener como máximo 40 caracteres; createdAt: debe ser una fecha y hora ISO; goals: debe nombrar al menos una meta',
    );
    readAs('en');
    expect(migratePlan(plan)).toMatchObject({
      message:
        'label: must be at most 40 characters; createdAt: must be an ISO date-time; goals: must name at least one goal',
    });
  });
});
