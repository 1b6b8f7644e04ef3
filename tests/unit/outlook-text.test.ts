/**
 * Outlook figures say what they count (issue 24, item 3): "215,500" and "11%" alone are not
 * repeatable, and a job count projected in 2008 for 2016 must not read as a count.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { isProjection, outlookMeaning } from '../../src/text/outlook-text';

const outlook = (id: string) => builtinDataset.outlook.find((o) => o.id === id)!;

describe('outlookMeaning', () => {
  it('says what a figure counts, over which period, and whether it is a projection', () => {
    expect(outlookMeaning(outlook('bls-29-2071-2018-employment'), 'en')).toBe('Number of jobs in 2018: 215,500');
    expect(outlookMeaning(outlook('bls-29-2071-2018-growth'), 'en')).toBe(
      'Projected growth in the number of jobs, 2018–2028: +11%',
    );
    expect(outlookMeaning(outlook('o-001-change'), 'en')).toBe(
      'Projected change in the number of jobs, 2010–2020: +37,700',
    );
    expect(outlookMeaning(outlook('o-000-employment-2016'), 'en')).toBe('Projected number of jobs in 2016: 200,000');
    expect(outlookMeaning(outlook('o-000-employment-2016'), 'es')).toBe(
      'Número de empleos proyectado para 2016: 200,000',
    );
  });

  it('keeps an unstated period as words, in Spanish where the data has them', () => {
    expect(outlookMeaning(outlook('o-002-growth'), 'en')).toBe(
      'Projected growth in the number of jobs, not stated (probably 2014-24, inference): +15%',
    );
    expect(outlookMeaning(outlook('o-002-growth'), 'es')).toBe(
      'Crecimiento proyectado del número de empleos, sin indicar (probablemente 2014-24, inferencia): +15%',
    );
  });

  it('gives every built-in figure a meaning with its value and period; only counts can be counts', () => {
    for (const o of builtinDataset.outlook) {
      const text = outlookMeaning(o, 'en');
      expect(text, o.id).toMatch(/\d/);
      expect(text, o.id).not.toContain('undefined');
      if (o.metric !== 'employment') expect(isProjection(o), o.id).toBe(true);
      expect(text.startsWith('Projected'), o.id).toBe(isProjection(o));
    }
  });
});
