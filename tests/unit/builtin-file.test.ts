/**
 * The built-in data file the page fetches: what the build writes, the page reads back whole, a
 * part at a time, so parsing it can pause between parts instead of holding the page in one task.
 */
import { describe, expect, it } from 'vitest';
import builtinLayout from 'virtual:builtin-layout';
import { builtinDataset } from '../../src/data/builtin';
import { builtinFileSteps, builtinFileText } from '../../src/data/builtin-file';

describe('built-in data file', () => {
  const data = { dataset: builtinDataset, layout: builtinLayout };

  it('reads back the dataset and layout it was written from, field for field and in order', () => {
    const steps = builtinFileSteps(builtinFileText(data));
    let pauses = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        expect(step.value).toEqual(data);
        expect(Object.keys(step.value.dataset)).toEqual(Object.keys(builtinDataset));
        break;
      }
      pauses++;
    }
    // A pause after each part: the layout and every field of the dataset.
    expect(pauses).toBe(Object.keys(builtinDataset).length + 1);
  });

  it('refuses a file without its layout', () => {
    const text = builtinFileText(data).split('\n').slice(1).join('\n');
    expect(() => [...builtinFileSteps(text)]).toThrow(/no layout/);
  });
});
