/**
 * Opening a plan file that is not valid JSON: the message says where it goes wrong, so a counselor
 * who edited the file by hand can find the place, or that the file was cut short.
 */
import { describe, expect, it } from 'vitest';
import { planFromJson } from '../../src/plans/export';

describe('a plan file that is not valid JSON', () => {
  it('names the line and column of the first wrong character', () => {
    expect(planFromJson('{\n  "version": 3,\n  "goals": [coder]\n}')).toEqual({
      ok: false,
      message: 'This file is not valid JSON (line 3, column 13).',
    });
  });

  it('says a file cut short ends too early', () => {
    expect(planFromJson('{"version": 3, "goals": [')).toEqual({
      ok: false,
      message: 'This file is not valid JSON (it ends too early).',
    });
  });
});
