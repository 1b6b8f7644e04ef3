/**
 * Builds the search index once: one entry per searchable string (role titles, alternate
 * titles, their parenthesised acronyms and short forms, credential abbreviations and names,
 * and the Spanish of each, so either language finds a role whatever the interface's) and
 * the trigram prefilter. Nothing here runs per query. Fuse's own records are not kept: a
 * query builds them for its few hundred candidates (search.ts), which costs less than a
 * millisecond, while keeping them for every entry held 4 MB at 50,000 titles.
 */
import type { IFuseOptions } from 'fuse.js';
import { parseTitle, type TitlePart } from './acronyms';
import { ngramIndexSteps } from './ngram';
import { runAll, runInSlices } from '../../lib/slices';
import { genderForms } from './spanish';
import { normalize, words } from './text';
import {
  ENTRY_FIELDS,
  type BuildOptions,
  type EntryField,
  type ResultKind,
  type SearchData,
  type SearchEntry,
  type SearchIndex,
} from './types';

/**
 * Fuse's defaults except: `ignoreLocation`, because a title's key word can sit anywhere
 * ("Senior Clinical Documentation Improvement Specialist" is 42 characters in), and a
 * stricter threshold (0.4 rather than 0.6), because at 0.6 "coder" also matches "Director",
 * "Scribe" and "Historian".
 */
export const DEFAULT_FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.4,
  shouldSort: true,
};

export const BUILD_DEFAULTS: BuildOptions = { fuse: DEFAULT_FUSE_OPTIONS, maxQueryLength: 100 };

const FIELD_RANK = new Map<EntryField, number>(ENTRY_FIELDS.map((f, i) => [f, i]));

/** The tie-break rank of a field: lower is preferred. */
export function fieldRank(field: EntryField): number {
  return FIELD_RANK.get(field) ?? ENTRY_FIELDS.length;
}

/**
 * Collects the entries and their normal forms. The same string for the same target is kept
 * once, with the best field ("Medical Coder" as a role title and as an alternate title of that
 * role is one entry).
 */
export function collectEntries(data: SearchData): { entries: SearchEntry[]; norms: string[] } {
  return runAll(entrySteps(data));
}

/** collectEntries, pausing (yield) after every `every` roles (see ../slices.ts). */
function* entrySteps(
  data: SearchData,
  // A role's titles and their Spanish forms cost about a millisecond on a slow phone the first time.
  every = 8,
): Generator<void, { entries: SearchEntry[]; norms: string[] }, void> {
  let done = 0;
  const byKey = new Map<string, { entry: SearchEntry; norm: string }>();
  const add = (text: string, kind: ResultKind, targetId: string, field: EntryField): void => {
    const t = text.trim();
    const norm = normalize(t);
    if (norm === '') return;
    const key = `${kind}\u0000${targetId}\u0000${norm}`;
    const seen = byKey.get(key);
    if (!seen || fieldRank(field) < fieldRank(seen.entry.field))
      byKey.set(key, { entry: { text: t, kind, targetId, field }, norm });
  };
  const addParts = (parts: readonly TitlePart[], kind: ResultKind, id: string, acronymField: EntryField): void => {
    for (const p of parts) add(p.text, kind, id, p.kind === 'acronym' ? acronymField : 'variant');
  };
  for (const role of data.roles) {
    // The printed title is the role's name as shown; its paren-less form is the same title.
    add(role.title, 'role', role.id, 'title');
    const own = parseTitle(role.title);
    add(own.base, 'role', role.id, 'title');
    addParts(own.parts, 'role', role.id, 'acronym');
    for (const alt of role.titles) {
      const parsed = parseTitle(alt.text);
      add(parsed.base, 'role', role.id, 'alternate');
      addParts(parsed.parts, 'role', role.id, 'acronym');
    }
    if (role.es) {
      add(role.es.title, 'role', role.id, 'translation');
      for (const form of genderForms(role.es.title)) {
        const parsed = parseTitle(form);
        add(parsed.base, 'role', role.id, 'translation');
        addParts(parsed.parts, 'role', role.id, 'acronym');
      }
      for (const alt of role.es.titles ?? [])
        for (const form of genderForms(alt)) add(form, 'role', role.id, 'alternate');
    }
    if (++done % every === 0) yield;
  }
  for (const c of data.credentials) {
    add(c.abbr, 'credential', c.id, 'abbr');
    add(c.name, 'credential', c.id, 'credentialName');
    const parsed = parseTitle(c.name);
    add(parsed.base, 'credential', c.id, 'credentialName');
    addParts(parsed.parts, 'credential', c.id, 'abbr');
    if (c.postNominal) add(c.postNominal, 'credential', c.id, 'abbr');
    // A renamed credential is still searched by its old name (CTR until 2024) and finds the new one.
    for (const f of c.formerly ?? []) {
      add(f.abbr, 'credential', c.id, 'abbr');
      add(f.name, 'credential', c.id, 'credentialName');
    }
    for (const form of c.es ? genderForms(c.es.name) : [])
      add(parseTitle(form).base, 'credential', c.id, 'credentialName');
  }
  const values = [...byKey.values()];
  return { entries: values.map((v) => v.entry), norms: values.map((v) => v.norm) };
}

function validate(data: SearchData, maxQueryLength: number): void {
  if (!data || !Array.isArray(data.roles) || !Array.isArray(data.credentials)) {
    throw new Error('search-index: data must have arrays "roles" and "credentials"');
  }
  if (!Number.isInteger(maxQueryLength) || maxQueryLength < 1) {
    throw new Error(`graph/search/search-index: maxQueryLength must be a positive integer, got ${maxQueryLength}`);
  }
  const ids = new Set<string>();
  for (const r of data.roles) {
    if (ids.has(`role:${r.id}`)) throw new Error(`graph/search/search-index: duplicate role id "${r.id}"`);
    ids.add(`role:${r.id}`);
  }
  for (const c of data.credentials) {
    if (ids.has(`credential:${c.id}`)) throw new Error(`graph/search/search-index: duplicate credential id "${c.id}"`);
    ids.add(`credential:${c.id}`);
  }
}

/** Builds everything a search needs. Call once per dataset; the result is never mutated. */
export function buildSearchIndex(data: SearchData, options?: Partial<BuildOptions>): SearchIndex {
  return runAll(searchIndexSteps(data, options));
}

/**
 * buildSearchIndex over tasks of about `budgetMs` (../slices.ts): at 5,000 imported roles one
 * build held the page 190–300 ms (and 300–900 ms at 20,000 titles).
 */
export function buildSearchIndexInSlices(
  data: SearchData,
  options?: Partial<BuildOptions>,
  budgetMs?: number,
): Promise<SearchIndex> {
  return runInSlices(searchIndexSteps(data, options), budgetMs);
}

function* searchIndexSteps(data: SearchData, options?: Partial<BuildOptions>): Generator<void, SearchIndex, void> {
  const opts: BuildOptions = { ...BUILD_DEFAULTS, ...options };
  validate(data, opts.maxQueryLength);
  const fuseOptions: IFuseOptions<string> = { ...DEFAULT_FUSE_OPTIONS, ...opts.fuse };
  const { entries, norms } = yield* entrySteps(data);
  const texts = entries.map((e) => e.text);
  yield;

  const vocabulary = new Map<string, number>();
  for (const norm of norms) for (const w of new Set(words(norm))) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);

  const credentialRoles = new Map<string, string[]>(data.credentials.map((c) => [c.id, []]));
  for (const role of data.roles) for (const cid of role.credentials) credentialRoles.get(cid)?.push(role.id);

  const ngram = yield* ngramIndexSteps(norms);
  return {
    entries,
    texts,
    fuseOptions,
    ngram,
    roleTitles: new Map(data.roles.map((r) => [r.id, r.title])),
    roleTitlesEs: new Map(data.roles.flatMap((r) => (r.es ? [[r.id, r.es.title] as const] : []))),
    credentialLabels: new Map(data.credentials.map((c) => [c.id, `${c.abbr} — ${c.name}`])),
    credentialLabelsEs: new Map(
      data.credentials.flatMap((c) => (c.es ? [[c.id, `${c.abbr} — ${c.es.name}`] as const] : [])),
    ),
    credentialRoles,
    vocabulary,
    maxQueryLength: opts.maxQueryLength,
  };
}
