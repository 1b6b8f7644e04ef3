/**
 * Splits a title as printed into the forms people type.
 *
 * O*NET-style titles carry their short form in parentheses: "Medical Records Technician
 * (Medical Records Tech)", "Registered Health Information Technician (RHIT)", and sometimes the
 * long form: "ICD-9 Coder (International Classification of Diseases Coder)". Fuse compares
 * whole strings, so "rhit" scores badly against the full printed title; giving each form its
 * own index entry makes "RHIT" an exact match and keeps highlight ranges on the shown text.
 */

export type TitlePartKind = 'acronym' | 'variant';

export interface TitlePart {
  text: string;
  kind: TitlePartKind;
}

export interface ParsedTitle {
  /** The title without its parenthesised parts, whitespace collapsed. */
  base: string;
  /** The parenthesised parts worth searching for, in printed order. */
  parts: TitlePart[];
}

/** Upper-case letters/digits with optional inner "-", "&", "/" or ".": RHIT, CCS-P, CDI, ICD-10. */
const ACRONYM = /^[A-Z][A-Z0-9]*(?:[-&/.][A-Z0-9]+)*$/;

/** True for "RHIT", "CCS-P", "ICD-10"; false for "Rhit", "A" (a lone letter is no acronym). */
export function isAcronym(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 12 && ACRONYM.test(t) && /[A-Z].*[A-Z0-9]/.test(t);
}

/**
 * A parenthesised part is kept when it is an acronym or a capitalised multi-word name.
 * Lower-case qualifiers such as "(entry)" or "(physician)" describe the role and would only
 * add noise ("entry" would find the coder role), so they are dropped.
 */
export function classifyPart(text: string): TitlePartKind | null {
  const t = text.trim();
  if (isAcronym(t)) return 'acronym';
  if (/^\p{Lu}/u.test(t) && t.split(/\s+/).length >= 2) return 'variant';
  return null;
}

const PARENS = /\(([^()]*)\)/g;

/** "Medical Records Technician (Medical Records Tech)" → base + [{variant "Medical Records Tech"}]. */
export function parseTitle(printed: string): ParsedTitle {
  // Most titles have no parentheses and single spaces: the base is then the printed string
  // itself, shared with the dataset rather than copied into the index (50,000 copies were 3 MB).
  if (!printed.includes('(')) return { base: collapseSpaces(printed), parts: [] };
  const parts: TitlePart[] = [];
  for (const m of printed.matchAll(PARENS)) {
    const inner = (m[1] ?? '').trim();
    const kind = classifyPart(inner);
    if (kind) parts.push({ text: inner, kind });
  }
  const base = printed.replace(PARENS, ' ').replace(/\s+/g, ' ').trim();
  return { base: base === '' ? printed.trim() : base, parts };
}

/** Whitespace runs as one space, trimmed; the same string when it has none to change. */
function collapseSpaces(text: string): string {
  const t = text.trim();
  return IRREGULAR_SPACE.test(t) ? t.replace(/\s+/g, ' ') : t;
}

/** A whitespace run longer than one space, or any whitespace other than a space. */
const IRREGULAR_SPACE = /\s\s|[^\S ]/;
