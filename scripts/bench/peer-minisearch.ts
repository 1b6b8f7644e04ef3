/**
 * MiniSearch as issue 29's yardstick at 5,000 titles: the same titles and credentials the app
 * searches, one document per title, searched as a typical app configures it (prefix and fuzzy
 * matching at MiniSearch's documented 0.2 edit share, terms joined by OR, its BM25 ranking).
 * A query's answer is the role of its best-scored document, for hit@1.
 */
import MiniSearch from 'minisearch';
import type { GeneratedTitles } from './generate-titles';

interface Doc {
  id: number;
  text: string;
  roleId: string;
}

export const MINISEARCH_OPTIONS = { prefix: true, fuzzy: 0.2 } as const;

/** A search function over the titles: the role id of each hit, best first. */
export function miniSearchOver(data: GeneratedTitles): (query: string, limit?: number) => string[] {
  const docs: Doc[] = [];
  for (const role of data.roles) {
    for (const text of [role.title, ...role.titles.map((t) => t.text)]) {
      docs.push({ id: docs.length, text, roleId: role.id });
    }
  }
  const index = new MiniSearch<Doc>({ fields: ['text'], storeFields: ['roleId'] });
  index.addAll(docs);
  return (query, limit = 8) =>
    index
      .search(query, MINISEARCH_OPTIONS)
      .slice(0, limit)
      .map((hit) => hit.roleId as string);
}
