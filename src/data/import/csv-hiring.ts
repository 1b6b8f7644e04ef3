/**
 * roles.csv's hiring columns → the role's hiring rules (docs/data-format.md, "roles.csv"):
 *   hiring_required, hiring_typical, hiring_recommended   rules of that strength, separated by "&"
 *       (every rule applies); within a rule, alternatives separated by "|" (any one qualifies);
 *       within an alternative, items joined by "+" (all needed): an education level, a program id,
 *       a credential id (an old id such as ctr reads as the current one) or experience as
 *       kind:years ("coding:2").
 *   hiring_inference   true when the rules are reasoned from the sources rather than read in them.
 * The rules cite the row's source (its `source` citation, else the file). The JSON format carries
 * hiring rules whole (with notes and several sources); a CSV row gives the common shape of them.
 */
import { EDUCATION_LEVELS, EXPERIENCE_KINDS, STRENGTHS, type ExperienceKind, type Strength } from '../vocabulary';
import type { Credential, Gate, HiringRule } from '../schema';
import { currentCredentialId } from '../credential-ids';
import { normaliseChoice, type CellReader } from './csv-cells';
import { quote } from './decode';
import { m } from '../../paraglide/messages.js';

export const HIRING_COLUMNS = ['hiring_required', 'hiring_typical', 'hiring_recommended', 'hiring_inference'] as const;

/** What a hiring cell may name besides education levels and experience: the base data's programs and credentials. */
export interface HiringVocabulary {
  programs: ReadonlySet<string>;
  credentials: readonly Pick<Credential, 'id' | 'formerly'>[];
}

const column = (s: Strength) => `hiring_${s}` as const;
/** "coding:2", "cancer registry: 1,5". */
const EXPERIENCE = /^([a-z_ -]+?)\s*:\s*(\d+(?:[.,]\d+)?)$/;

/** One "+"-joined alternative as a gate, or undefined after reporting what is wrong with it. */
function readGate(text: string, field: string, known: HiringVocabulary, cells: CellReader): Gate | undefined {
  const gate: Gate = {};
  let ok = true;
  const fail = (message: string) => {
    cells.report(field, message);
    ok = false;
  };
  for (const raw of text
    .split('+')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const item = normaliseChoice(raw);
    const exp = EXPERIENCE.exec(raw.toLowerCase());
    const credential = currentCredentialId(known.credentials, raw.toLowerCase());
    if ((EDUCATION_LEVELS as readonly string[]).includes(item)) {
      if (gate.education) fail(m.di_cell_hiring_two_levels({ first: gate.education, second: item }));
      gate.education = item as Gate['education'];
    } else if (exp) {
      const [kind, years] = [normaliseChoice(exp[1]!), Number(exp[2]!.replace(',', '.'))];
      if (!(EXPERIENCE_KINDS as readonly string[]).includes(kind) || !(years > 0 && years <= 40))
        fail(m.di_cell_hiring_experience({ item: quote(raw), kinds: EXPERIENCE_KINDS.join(', ') }));
      else gate.experience = [...(gate.experience ?? []), { kind: kind as ExperienceKind, years }];
    } else if (known.programs.has(raw.toLowerCase())) {
      gate.programs = [...new Set([...(gate.programs ?? []), raw.toLowerCase()])];
    } else if (known.credentials.some((c) => c.id === credential)) {
      gate.credentials = [...new Set([...(gate.credentials ?? []), credential])];
    } else fail(m.di_cell_hiring_item({ item: quote(raw) }));
  }
  return ok ? gate : undefined;
}

/** The row's hiring rules (empty when every hiring column is blank), or undefined after reporting a problem. */
export function readHiring(cells: CellReader, known: HiringVocabulary, sources: string[]): HiringRule[] | undefined {
  const inference = cells.bool('hiring_inference', false);
  const rules: HiringRule[] = [];
  let ok = inference !== undefined;
  for (const strength of STRENGTHS) {
    const text = cells.text(column(strength), 1000);
    if (text === undefined) continue;
    for (const rule of text.split('&').filter((r) => r.trim())) {
      const alternatives = rule.split('|').filter((alt) => alt.trim());
      const gates = alternatives.map((alt) => readGate(alt, column(strength), known, cells));
      if (gates.some((g) => g === undefined)) ok = false;
      else rules.push({ strength, anyOf: gates as Gate[], sources, ...(inference ? { inference: true } : {}) });
    }
  }
  return ok ? rules : undefined;
}
