/**
 * Search quality in both languages on the built-in dataset, and the check that adding Spanish
 * titles did not cost the English search anything:
 *
 *   npx tsx scripts/bench/search-languages.bench.ts
 *
 * Queries: every English title and alternate title of every role, clean and with seeded typos;
 * every Spanish title and search title, clean, without accents and with typos. A query hits when
 * a role that carries the title is first (hit@1) or among the first five (hit@5). The English
 * queries run against the index with and without the Spanish; the run fails (exit 1) if English
 * hit@1 or hit@5 drops with Spanish added, or if any English query found first without the
 * Spanish is not found first with it.
 */
import raw from '../../src/data/careers.json';
import { buildSearchIndex } from '../../src/graph/search/search-index';
import { search } from '../../src/graph/search/search';
import { genderForms } from '../../src/graph/search/spanish';
import type { SearchData, SearchIndex, SearchableRole } from '../../src/graph/search/types';
import { misspell } from './misspell';
import { mulberry32 } from './prng';
import { bench, note } from './report';

const SEED = 17;
const TYPOS_PER_TITLE = 2;

const data = raw as SearchData;
const englishOnly: SearchData = {
  roles: data.roles.map(({ es: _es, ...r }) => r),
  credentials: data.credentials.map(({ es: _es, ...c }) => c),
};

/** query → the roles that carry it (an alternate title may belong to several). */
function queriesOf(
  titlesOf: (r: SearchableRole) => string[],
  variants: (t: string, rand: () => number) => string[],
): Map<string, Set<string>> {
  const rand = mulberry32(SEED);
  const out = new Map<string, Set<string>>();
  for (const role of data.roles) {
    for (const title of titlesOf(role)) {
      for (const q of [title, ...variants(title, rand)]) {
        if (!out.has(q)) out.set(q, new Set());
        out.get(q)?.add(role.id);
      }
    }
  }
  return out;
}

const typos = (t: string, rand: () => number): string[] =>
  Array.from({ length: TYPOS_PER_TITLE }, () => misspell(t, rand));
const noAccents = (t: string): string => t.normalize('NFD').replace(/\p{M}/gu, '');

const english = queriesOf((r) => [r.title, ...r.titles.map((t) => t.text)], typos);
const spanish = queriesOf(
  (r) => (r.es ? [r.es.title, ...(r.es.titles ?? [])].flatMap(genderForms) : []),
  (t, rand) => [noAccents(t), ...typos(noAccents(t), rand)],
);

/** The queries whose role is among the first k results. */
function hitSet(index: SearchIndex, queries: Map<string, Set<string>>, k: number): Set<string> {
  const hits = new Set<string>();
  for (const [q, roles] of queries) {
    const top = search(index, q, { limit: k }).filter((r) => r.kind === 'role');
    if (top.slice(0, k).some((r) => roles.has(r.roleId ?? ''))) hits.add(q);
  }
  return hits;
}
const hitRate = (index: SearchIndex, queries: Map<string, Set<string>>, k: number): number =>
  hitSet(index, queries, k).size / queries.size;

const withEs = buildSearchIndex(data);
const withoutEs = buildSearchIndex(englishOnly);
note(
  `queries: ${english.size} English (titles + ${TYPOS_PER_TITLE} typo variants each, seed ${SEED}), ${spanish.size} Spanish (titles, unaccented, typo variants)`,
);
bench('search_lang_entries_without_es', withoutEs.entries.length, 'entries');
bench('search_lang_entries_with_es', withEs.entries.length, 'entries');

const en = {
  hit1Without: hitRate(withoutEs, english, 1),
  hit1With: hitRate(withEs, english, 1),
  hit5Without: hitRate(withoutEs, english, 5),
  hit5With: hitRate(withEs, english, 5),
};
bench('search_en_hit1_without_es', en.hit1Without, 'fraction');
bench('search_en_hit1_with_es', en.hit1With, 'fraction');
bench('search_en_hit5_without_es', en.hit5Without, 'fraction');
bench('search_en_hit5_with_es', en.hit5With, 'fraction');
// Equal rates could hide one query lost and another gained: count the English hits lost.
const firstWithEs = hitSet(withEs, english, 1);
const lost = [...hitSet(withoutEs, english, 1)].filter((q) => !firstWithEs.has(q));
bench('search_en_hit1_lost_with_es', lost.length, 'queries');
bench('search_es_hit1_without_es', hitRate(withoutEs, spanish, 1), 'fraction');
bench('search_es_hit1', hitRate(withEs, spanish, 1), 'fraction');
bench('search_es_hit5', hitRate(withEs, spanish, 5), 'fraction');

if (lost.length || en.hit1With < en.hit1Without || en.hit5With < en.hit5Without) {
  note(`lost: ${lost.slice(0, 10).join(' | ')}`);
  note('FAIL: English search quality dropped with the Spanish titles added');
  process.exitCode = 1;
} else {
  note('check: English hit@1 and hit@5 are no lower with the Spanish titles added');
}
