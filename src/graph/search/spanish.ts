/**
 * Spanish titles as people type them. Job ads and our translations write both genders at once
 * ("Codificador/a médico/a", "Técnico/a"); nobody types the slash, so each such title is also
 * indexed in its masculine and feminine forms ("Codificador médico", "Codificadora médica").
 */

/** A word ending in "o/a" (técnico/a) or in a consonant plus "/a" (codificador/a, gestor/a). */
const PAIRED = /(\p{L}+?)(o\/a|\/a)(?=$|[^\p{L}])/gu;

/** The title's gender forms, masculine first; the title itself when it has no "/a". */
export function genderForms(title: string): string[] {
  if (!title.includes('/a')) return [title];
  const masculine = title.replace(PAIRED, (_, stem: string, ending: string) => (ending === 'o/a' ? `${stem}o` : stem));
  const feminine = title.replace(PAIRED, (_, stem: string) => `${stem}a`);
  return masculine === title ? [title] : [masculine, feminine];
}
