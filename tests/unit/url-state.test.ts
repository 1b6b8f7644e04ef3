import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_STATE, parseUrlState, serializeUrlState, type UrlState } from '../../src/state/url-state';
import { EDUCATION_LEVELS, LEVELS, TRACKS } from '../../src/data/schema';
import { LOCALES } from '../../src/i18n/locale';

describe('url state', () => {
  it('an empty URL is the empty state, and the empty state serialises to nothing', () => {
    expect(parseUrlState('')).toEqual(EMPTY_STATE);
    expect(serializeUrlState(EMPTY_STATE)).toBe('');
  });

  it('keeps the interface language of a shared link (?lang=es) and drops an unknown one', () => {
    expect(parseUrlState('?lang=es').lang).toBe('es');
    expect(parseUrlState('?lang=fr').lang).toBeNull();
    expect(serializeUrlState({ ...EMPTY_STATE, view: 'routes', lang: 'es' })).toBe('?view=routes&lang=es');
  });

  it('reads a shared link', () => {
    const s = parseUrlState('?role=coder&view=list&tracks=coding,records&edu=associate&cred=ccs&focus=1');
    expect(s).toMatchObject({
      role: 'coder',
      view: 'list',
      tracks: ['coding', 'records'],
      edu: 'associate',
      credential: 'ccs',
      focus: true,
    });
  });

  it('drops values it does not know instead of guessing', () => {
    const s = parseUrlState('?view=nope&tracks=coding,bogus&edu=phd&max=-3&obj=fastest&from=<script>');
    expect(s.view).toBe('map');
    expect(s.tracks).toEqual(['coding']);
    expect(s.edu).toBeNull();
    expect(s.maxYears).toBeNull();
    expect(s.objective).toBe('years');
    expect(s.from).toBeNull();
  });

  it('keeps the switch for routes that skip usual requirements (relax=1), and only that value', () => {
    expect(parseUrlState('?view=routes&from=coder&to=coding_manager&relax=1').relax).toBe(true);
    expect(parseUrlState('?relax=yes').relax).toBe(false);
    expect(serializeUrlState({ ...EMPTY_STATE, view: 'routes', relax: true })).toBe('?view=routes&relax=1');
  });

  it('keeps an unknown role id so the app can say it does not exist', () => {
    expect(parseUrlState('?role=ghost_role').role).toBe('ghost_role');
  });

  it('round-trips any valid state', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
    const state = fc.record<UrlState>({
      view: fc.constantFrom('map', 'list', 'routes', 'plans', 'data'),
      role: fc.option(id, { nil: null }),
      focus: fc.boolean(),
      tracks: fc.uniqueArray(fc.constantFrom(...TRACKS)),
      levels: fc.uniqueArray(fc.constantFrom(...LEVELS)),
      edu: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: null }),
      credential: fc.option(id, { nil: null }),
      q: fc.string({ maxLength: 30 }),
      from: fc.option(fc.oneof(id, fc.constant('_no_job')), { nil: null }),
      to: fc.option(id, { nil: null }),
      objective: fc.constantFrom('years', 'credentials', 'salary_gain'),
      held: fc.uniqueArray(id, { maxLength: 4 }),
      education: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: null }),
      educationHim: fc.boolean(),
      ceiling: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: null }),
      study: fc.constantFrom('part_time', 'full_time'),
      implausible: fc.boolean(),
      relax: fc.boolean(),
      maxYears: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
      routeIndex: fc.integer({ min: 0, max: 19 }),
      compare: fc.uniqueArray(fc.integer({ min: 0, max: 19 }), { maxLength: 3 }),
      dollars: fc.constantFrom('constant', 'nominal'),
      dollarYear: fc.option(fc.integer({ min: 2006, max: 2024 }), { nil: null }),
      statistic: fc.constantFrom('median', 'mean'),
      lang: fc.option(fc.constantFrom(...LOCALES), { nil: null }),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseUrlState(serializeUrlState(s))).toEqual(s);
      }),
    );
  });
});
