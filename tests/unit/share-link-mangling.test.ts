/**
 * Share links after mail and chat apps have handled them: encode → mangle → decode gives the
 * same plan, or a sentence — never silence, never another plan. The manglings are the ones
 * seen in practice (issue 25): percent-encoded "=" or "#", a link encoded twice, `&amp;`, a
 * sentence's punctuation glued on, angle brackets, line breaks from wrapping (plain, quoted-
 * printable "=" soft breaks, "> " reply markers), a wrap joined with a space, "+" turned into a
 * space. Wrapping is applied inside the plan's value, the long part a mail app breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlanLink, planLink } from '../../src/plans/share-link';
import { extractPlanParam, readings } from '../../src/plans/link-param';
import { parseUrlState } from '../../src/state/url-state';
import type { Plan } from '../../src/plans/schema';
import { planArb } from '../fixtures/plan-arbitraries';

const BASE = 'https://example.org/app/?view=routes';
const MARK = '#plan=';

interface Mangling {
  name: string;
  /** Which kind of spaces it leaves: a recoverable link may carry only one kind. */
  spaces?: 'plus' | 'wrap';
  /** False when the query no longer reaches the page as a query (the language then comes from the plan). */
  keepsQuery?: boolean;
  apply: (link: string) => string;
}

/** Inserts `br` every `width` characters of the plan's value (found by its marker, encoded or not). */
const wrapValue = (width: number, br: string) => (link: string) => {
  const marker = /plan(=|%3D|%253D)/i.exec(link);
  if (!marker) return link;
  const at = marker.index + marker[0].length;
  const lines = link.slice(at).match(new RegExp(`[\\s\\S]{1,${width}}`, 'g')) ?? [];
  return link.slice(0, at) + lines.join(br);
};

const RECOVERABLE: Mangling[] = [
  { name: 'chat app encodes the "="', apply: (l) => l.replace(MARK, '#plan%3D') },
  {
    name: 'fragment percent-encoded',
    apply: (l) => l.replace(/#(.*)$/s, (_m, f: string) => `#${encodeURIComponent(f)}`),
  },
  {
    name: 'value encoded twice',
    apply: (l) => l.replace(/#plan=(.*)$/s, (_m, v: string) => `#plan=${encodeURIComponent(encodeURIComponent(v))}`),
  },
  {
    name: 'query and fragment encoded twice',
    keepsQuery: false,
    apply: (l) => l.replace(/\?(.*)$/s, (_m, r: string) => encodeURIComponent(encodeURIComponent(`?${r}`))),
  },
  {
    name: '"$" and "+" percent-encoded',
    apply: (l) => l.replace(/#(.*)$/s, (m) => m.replace(/\$/g, '%24').replace(/\+/g, '%2B')),
  },
  { name: '&amp; for &', apply: (l) => l.replace(/&/g, '&amp;') },
  { name: 'lang percent-encoded', apply: (l) => l.replace(/([?&])lang=/, '$1lang%3D') },
  { name: 'full stop after the link', apply: (l) => `${l}.` },
  { name: 'comma after the link', apply: (l) => `${l},` },
  { name: 'closing parenthesis', apply: (l) => `(${l})` },
  { name: 'angle brackets', apply: (l) => `<${l}>` },
  { name: 'markdown brackets', apply: (l) => `[${l}]` },
  { name: 'line breaks every 76 characters', apply: wrapValue(76, '\n') },
  { name: 'CRLF line breaks every 64', apply: wrapValue(64, '\r\n') },
  { name: 'quoted-printable soft breaks', apply: wrapValue(75, '=\r\n') },
  { name: 'reply quoting', apply: wrapValue(70, '\n> ') },
  { name: 'wrap joined with a space', spaces: 'wrap', apply: wrapValue(60, ' ') },
  { name: '"+" turned into a space', spaces: 'plus', apply: (l) => l.replace(/#(.*)$/s, (m) => m.replace(/\+/g, ' ')) },
];

const DESTRUCTIVE: Mangling[] = [
  {
    name: 'cut short',
    apply: (l) => l.slice(0, l.indexOf(MARK) + MARK.length + Math.floor((l.length - l.indexOf(MARK)) / 2)),
  },
  { name: 'a character lost', apply: (l) => l.slice(0, -7) + l.slice(-6) },
  { name: 'a character changed', apply: (l) => l.slice(0, -5) + (l.at(-5) === 'A' ? 'B' : 'A') + l.slice(-4) },
  { name: 'both kinds of spaces', apply: (l) => wrapValue(50, ' ')(l.replace(/\+/g, ' ')) },
  { name: 'value lost', apply: (l) => l.slice(0, l.indexOf(MARK) + MARK.length - 1) },
];

const withLocale = fc
  .tuple(planArb(), fc.constantFrom(undefined, 'en' as const, 'es' as const))
  .map(([plan, locale]): Plan => (locale ? { ...plan, locale } : plan));

/** A recoverable sequence: 1–3 manglings, at most one kind of spaces. */
const recoverable = fc
  .uniqueArray(fc.constantFrom(...RECOVERABLE), { minLength: 1, maxLength: 3, selector: (m) => m.name })
  .filter((ms) => new Set(ms.map((m) => m.spaces).filter(Boolean)).size <= 1);

function link(plan: Plan): string {
  const made = planLink(plan, BASE);
  if (!made.ok) throw new Error(made.message);
  return made.value;
}

/** The address a browser would give the page for a link, as `location.href` (null when it is no URL). */
function asBrowserHref(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

describe('a share link through mail and chat apps', () => {
  it('comes back as the same plan, in its language, after the manglings apps commonly make', () => {
    fc.assert(
      fc.property(withLocale, recoverable, (plan, manglings) => {
        const mangled = manglings.reduce((l, m) => m.apply(l), link(plan));
        expect(decodePlanLink(mangled), manglings.map((m) => m.name).join(' + ')).toEqual({ ok: true, plan });
        const url = asBrowserHref(mangled);
        if (url) {
          expect(decodePlanLink(url.href)).toEqual({ ok: true, plan });
          if (manglings.every((m) => m.keepsQuery !== false))
            expect(parseUrlState(url.search).lang).toBe(plan.locale ?? null);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same plan or a message after any of them plus a destructive one — never silence, never another plan', () => {
    fc.assert(
      fc.property(withLocale, recoverable, fc.constantFrom(...DESTRUCTIVE), (plan, manglings, damage) => {
        // The damage comes first (a link cut or mistyped), then the apps' handling.
        const mangled = manglings.reduce((l, m) => m.apply(l), damage.apply(link(plan)));
        const result = decodePlanLink(mangled);
        expect(result, `${damage.name} + ${manglings.map((m) => m.name).join(' + ')}`).not.toBeNull();
        if (result!.ok) expect(result!.plan).toEqual(plan);
        else expect(result!.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });
});

describe('finding the plan in a mangled address', () => {
  it('sees the plan behind an encoded "=" or "#", and a bare #plan with its value lost', () => {
    expect(extractPlanParam('https://x.org/#plan%3DABC')).toBe('ABC');
    expect(extractPlanParam('https://x.org/%3Flang%3Des%23plan%3DABC')).toBe('ABC');
    expect(extractPlanParam('https://x.org/?lang=es&amp;view=plans#plan=ABC')).toBe('ABC');
    expect(extractPlanParam('https://x.org/#plan')).toBe('');
    expect(extractPlanParam('https://x.org/?view=plans#planner')).toBeNull();
    expect(extractPlanParam('https://x.org/?view=routes')).toBeNull();
  });

  it('reads a wrapped, punctuated value the few ways it can mean, most literal first', () => {
    expect(readings('AB+C')).toEqual(['AB+C']);
    expect(readings('AB\n> CD=\r\nEF).')).toEqual(['AB\n> CD=\r\nEF).', 'ABCDEF']);
    expect(readings('AB CD')).toEqual(['AB CD', 'AB+CD', 'ABCD']);
    expect(readings('')).toEqual([]);
  });
});

describe('the interface language of a mangled link', () => {
  it.each([
    ['?lang%3Des', 'es'],
    ['?lang%253Des', 'es'],
    ['?view=plans&amp;lang=es', 'es'],
    ['?view=plans&lang%3Des', 'es'],
    ['?lang=es.', 'es'],
    ['?lang=es%23plan%3DABC', 'es'],
    ['?lang=esx', null],
    ['?lang=fr', null],
  ])('%s → %s', (search, lang) => {
    expect(parseUrlState(search).lang).toBe(lang);
  });
});
