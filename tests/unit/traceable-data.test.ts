/**
 * What a counselor relies on when repeating a figure from the built-in data (issue 24, item 3):
 * every text the app shows from the data points to something a reader can follow, not to the
 * project's internal research notes; every estimated range comes from a stated method, not from
 * a model's error; and every web source says when it was read, or the latest day it can have been.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';

const d = builtinDataset;

/** Every string in a value, with where it sits. */
function strings(value: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([at, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${at}.${k}`, out);
  return out;
}

/** Names of notes that ship with nothing: the research files, their sections and their move numbers. */
const INTERNAL = /domain-facts|costs-fees-tuition|program-lengths|shared\/research|docs\/|\.md\b|§\s?\d|\bT\d{1,2}\b/;

describe('the built-in data is traceable by a reader', () => {
  it('no text in the data names an internal research note, section or move number', () => {
    const hits = strings(d, 'data').filter(([, s]) => INTERNAL.test(s));
    expect(hits.map(([at, s]) => `${at}: ${s.slice(0, 80)}`)).toEqual([]);
  });

  it('no move range is a fit’s ± RMS error, and every estimate states its method in both languages', () => {
    for (const t of d.transitions) {
      const methods = [t.years.method ?? '', t.es?.method ?? ''];
      expect(methods.join(' '), t.id).not.toMatch(/RMS|cuadrático|level-pooled|agrupada por nivel/i);
      if (t.years.estimated) for (const m of methods) expect(m.length, t.id).toBeGreaterThan(20);
    }
  });

  it('every web source says the day it was read, or the latest day it can have been; archived reads cite the archive', () => {
    for (const s of d.sources.filter((x) => x.kind === 'public')) {
      expect(s.accessed ?? s.readBy, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (s.accessed && s.readBy) expect(s.readBy >= s.accessed, s.id).toBe(true);
      // A page read on an archived copy names the copy, so the reader sees what was read.
      if (/archived/i.test(s.publisher))
        expect(s.url, s.id).toMatch(/^https:\/\/webarchive\.library\.unt\.edu\/web\/\d{14}\//);
    }
  });

  it('every figure names a source the data has, and a year or why it has none', () => {
    const sources = new Set(d.sources.map((s) => s.id));
    for (const s of d.salaries) {
      expect(sources.has(s.source), s.id).toBe(true);
      if (s.year === null) expect(s.yearNote?.length, s.id).toBeGreaterThan(5);
    }
    for (const o of d.outlook) {
      expect(sources.has(o.source), o.id).toBe(true);
      expect(o.period.length, o.id).toBeGreaterThan(3);
    }
  });

  it('the registered nurse has BLS pay with its year, read on the OOH page', () => {
    const rn = d.salaries.filter((s) => s.roles.includes('registered_nurse'));
    expect(rn.map((s) => [s.soc, s.statistic, s.period, s.value, s.year])).toEqual([
      ['29-1141', 'median', 'annual', 81220, 2022],
      ['29-1141', 'median', 'hourly', 39.05, 2022],
    ]);
    expect(d.sources.find((s) => s.id === rn[0]!.source)?.url).toMatch(/bls\.gov\/ooh\/healthcare\/registered-nurses/);
  });
});

describe('credential notes read as sentences', () => {
  it('no sentence of a credential note starts in lower case (a field’s words were once spliced in mid-text)', () => {
    for (const c of d.credentials)
      for (const note of [c.note ?? '', c.es?.note ?? ''])
        expect(note.match(/\. [a-záéíóúñ]\S*/g) ?? [], c.id).toEqual([]);
  });
});
