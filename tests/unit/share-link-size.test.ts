/**
 * Every plan the app can make can be shared: the largest plans the schema allows, in the
 * characters that make links longest, encode within the limits and open again; links past the
 * length that e-mail and chat apps keep are flagged so the app offers the JSON file first.
 */
import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import {
  LINK_MESSAGES,
  LONG_LINK_CHARS,
  MAX_DECODED_CHARS,
  MAX_ENCODED_CHARS,
  checksum,
  decodePlan,
  decodePlanLink,
  encodePlan,
  planLink,
} from '../../src/plans/share-link';
import { planSchema } from '../../src/plans/schema';
import { planFromJson } from '../../src/plans/export';
import { WORST_TEXTS, worstPlan } from '../fixtures/worst-plan';

describe('share links for the largest plans', () => {
  for (const [name, text] of Object.entries(WORST_TEXTS)) {
    it(`fit and open again: every field full of ${name} text`, () => {
      const plan = worstPlan(text);
      expect(planSchema.safeParse(plan).success).toBe(true);
      expect(JSON.stringify(plan).length).toBeLessThan(MAX_DECODED_CHARS);
      const link = planLink(plan, 'https://example.org/app/');
      if (!link.ok) throw new Error(link.message);
      expect(link.value.length).toBeLessThan(MAX_ENCODED_CHARS * 0.75);
      // Ordinary prose compresses into a link e-mail and chat apps keep; past that, the app
      // offers the JSON file first.
      expect(link.value.length > LONG_LINK_CHARS).toBe(name !== 'english');
      expect(decodePlanLink(link.value)).toEqual({ ok: true, plan });
    });
  }

  it('a plan of ordinary size stays well under the long-link warning', () => {
    const plan = { ...worstPlan(WORST_TEXTS.english), stepNotes: {}, stepStatus: {}, notes: 'Met in May; next: RHIT.' };
    const encoded = encodePlan(plan);
    expect(encoded.ok && encoded.value.length).toBeLessThan(LONG_LINK_CHARS);
  });
});

describe('data that is not a plan', () => {
  it('says so, for a checksum-valid link to some other JSON', () => {
    const json = JSON.stringify({ hello: 'world' });
    expect(decodePlan(compressToEncodedURIComponent(checksum(json) + json))).toEqual({
      ok: false,
      message: LINK_MESSAGES.foreign,
    });
    const list = JSON.stringify([1, 2]);
    expect(decodePlan(compressToEncodedURIComponent(checksum(list) + list))).toEqual({
      ok: false,
      message: LINK_MESSAGES.foreign,
    });
  });

  it('says so, for a plan file that is some other JSON', () => {
    expect(planFromJson('{"hello":"world"}')).toEqual({
      ok: false,
      message: 'This file is JSON, but not a plan made by this app.',
    });
  });

  it('refuses a 1 MB value by its length, before decompressing it', () => {
    expect(decodePlanLink(`https://example.org/#plan=${'A'.repeat(1_000_000)}`)).toEqual({
      ok: false,
      message: LINK_MESSAGES.tooLong,
    });
  });
});
