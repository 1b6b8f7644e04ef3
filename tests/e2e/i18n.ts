/**
 * The interface's words for e2e specs that run in both languages: the same messages/*.json the
 * app compiles, so a reworded message does not break a spec, and role titles as the data gives them.
 */
import { readFileSync } from 'node:fs';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const cache = new Map<Locale, Record<string, string>>();

/** The message `key` in `locale`, with {params} filled in. */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  if (!cache.has(locale))
    cache.set(locale, JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')));
  const text = cache.get(locale)![key];
  if (typeof text !== 'string') throw new Error(`no message ${key} in ${locale}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

interface RoleRecord {
  id: string;
  title: string;
  es?: { title?: string };
}
const roles = (
  JSON.parse(readFileSync(new URL('../../src/data/careers.json', import.meta.url), 'utf8')) as { roles: RoleRecord[] }
).roles;

/** A role's title in `locale` (the English one where the data has no translation). */
export function roleTitle(locale: Locale, id: string): string {
  const role = roles.find((r) => r.id === id);
  if (!role) throw new Error(`no role ${id}`);
  return locale === 'es' ? (role.es?.title ?? role.title) : role.title;
}

/** Escapes text for a RegExp. */
export const re = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
