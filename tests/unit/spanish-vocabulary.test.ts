/**
 * One Spanish vocabulary (docs/i18n.md, "Spanish vocabulary"): the US-Spanish word for each
 * concept, never its rival or Spain's word, and no English term of the data's own vocabulary
 * (education levels, statistics, tracks, experience kinds, field names) inside a Spanish sentence.
 * Quoted passages are the sources' words and are left out of the check.
 */
import { describe, expect, it } from 'vitest';
import es from '../../messages/es.json';
import { builtinDataset } from '../../src/data/builtin';
import { EDUCATION_LEVELS, EXPERIENCE_KINDS, LEVELS, STATISTICS, TRACKS } from '../../src/data/vocabulary';
import { createModel } from '../../src/graph/model';
import { rolePayLabel, wholeOccupation } from '../../src/graph/salary/figure-label';

/** Every Spanish string of the dataset: the values under an `es` key, Spanish search titles included. */
function spanishOfData(): string[] {
  const out: string[] = [];
  const walk = (v: unknown, inEs: boolean): void => {
    if (typeof v === 'string') {
      if (inEs) out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, inEs));
    // `es.titles` are search terms people type (job-ad wording, "gestor de casos" too), not sentences.
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (!(inEs && k === 'titles')) walk(x, inEs || k === 'es');
  };
  walk(builtinDataset, false);
  return out;
}

// Problems with an imported file or plan (vp_, di_, pl_, mig_) name its fields and columns on purpose.
const messages = Object.entries(es)
  .filter(([k]) => !k.startsWith('$') && !/^(vp|di|pl|mig)_/.test(k))
  .map(([, v]) => String(v));
const texts = [...messages, ...spanishOfData()].map((t) => t.replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, '""'));

/** Rival or Spain-only words, with the word docs/i18n.md picks instead. */
const NOT_OURS: [RegExp, string][] = [
  [/\btrayectorias?\b/i, 'ruta'],
  [/\borientador(es|a|as|\/a)?\b/i, 'consejero/a'],
  [/\bintervalos?\b/i, 'rango'],
  [/\binverosímil(es)?\b/i, 'poco plausible'],
  [/\bhoras lectivas\b/i, 'horas de clase'],
  [/\btrimestres?\b/i, 'período académico, semestre'],
  [/\bsemilla\b/i, 'fuentes originales'],
  [/\bpulse\b/i, 'presione'],
  [/\bgestor(a|\/a)? de casos\b/i, 'administrador/a de casos'],
  [/\bmáster\b/i, 'maestría'],
  [/\bordenador\b/i, 'computadora'],
  [/\bdiploma de secundaria\b/i, 'diploma de preparatoria'],
];

describe('one Spanish vocabulary', () => {
  it.each(NOT_OURS)('no %s in the messages or the data (we write "%s")', (word) => {
    expect(texts.filter((t) => word.test(t))).toEqual([]);
  });

  it('no English term of the data’s own vocabulary, and no field name, in a Spanish sentence', () => {
    const terms = [...EDUCATION_LEVELS, ...STATISTICS, ...TRACKS, ...LEVELS, ...EXPERIENCE_KINDS].filter(
      // Words that are also Spanish, or the abbreviations the glossary keeps, are not English here.
      (t) => !['cdi', 'none', 'range', 'mid', 'entry', 'senior'].includes(t),
    );
    const fields = [
      'minEducation',
      'broaderSoc',
      'formerSoc',
      'yearNote',
      'postNominal',
      'payNote',
      'outOfScope',
      'stepYears',
    ];
    const pattern = new RegExp(`\\b(${[...terms, ...fields].map((t) => t.replace(/[-_]/g, '[-_ ]')).join('|')})\\b`);
    // English glosses in parentheses after the Spanish ("Título de asociado (associate degree)") are glosses, not sentences.
    const sentences = texts.map((t) => t.replace(/\([^()]*\)/g, '()'));
    expect(
      sentences.filter((t) => pattern.test(t)).map((t) => t.match(pattern)![0] + ' :: ' + t.slice(0, 120)),
    ).toEqual([]);
  });

  it('the broader-pay warning names the occupation in Spanish', () => {
    const model = createModel(builtinDataset);
    const label = rolePayLabel(model, 'coding_manager');
    const figure = label.figure!;
    expect(wholeOccupation(figure, 'es')).toBe('todos los gerentes de servicios médicos y de salud');
    expect(wholeOccupation(figure, 'en')).toBe('all medical and health services managers');
    // Every figure a role shows as a broader occupation's has its Spanish name.
    for (const role of builtinDataset.roles)
      for (const s of model.salariesByRole.get(role.id) ?? [])
        if (s.soc && role.broaderSoc?.includes(s.soc)) expect(s.es?.occupation, s.id).toBeTruthy();
    // Without one, a Spanish sentence quotes the source's name instead of mixing languages.
    expect(wholeOccupation({ occupation: 'Widget Makers' }, 'es')).toBe('toda la ocupación «Widget Makers»');
  });
});
