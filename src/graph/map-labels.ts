/**
 * The map's labels in the reader's language. A label is a node attribute; on a language switch
 * it is changed in place (setNodeAttribute), so the graph, its layout and the one Sigma
 * instance survive — rebuilding the graph would re-index 50,000 moves on a large import.
 */
import { roleTitle } from '../data/localize';
import type { Role } from '../data/schema';
import type { Locale } from '../i18n/locale';
import type { CareerGraph } from './types';

/** Sets each role's label to its title in `locale` (English where it has none); returns how many changed. */
export function localizeLabels(graph: CareerGraph, roles: ReadonlyMap<string, Pick<Role, 'title' | 'es'>>, locale: Locale): number {
  let changed = 0;
  graph.forEachNode((node, attrs) => {
    const role = roles.get(node);
    if (!role) return;
    const label = roleTitle(role, locale).text;
    if (attrs.label === label) return;
    graph.setNodeAttribute(node, 'label', label);
    changed += 1;
  });
  return changed;
}
