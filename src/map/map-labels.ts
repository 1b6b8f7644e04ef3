/**
 * The map's labels in the reader's language. A label is a node attribute; on a language switch
 * it is changed in place (setNodeAttribute), so the graph, its layout and the one Sigma
 * instance survive — rebuilding the graph would re-index 50,000 moves on a large import.
 */
import type { Locale } from '../i18n/locale';
import type { CareerGraph } from '../graph/types';

/**
 * Sets each role's label to its title in `locale` (English where the dataset has none); returns
 * how many changed. Call it for every graph sigma draws (a large map draws a copy of the roles).
 */
export function localizeLabels(graph: CareerGraph, locale: Locale): number {
  let changed = 0;
  graph.forEachNode((node, attrs) => {
    if (!attrs.titles) return;
    const label = (locale === 'es' ? attrs.titles.es : undefined) ?? attrs.titles.en;
    if (attrs.label === label) return;
    graph.setNodeAttribute(node, 'label', label);
    changed += 1;
  });
  return changed;
}
