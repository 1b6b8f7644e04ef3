/**
 * ESLint rule `layers/no-upward-import`: the folders of src/ are layers, and code may import only
 * from its own layer or a lower one, so the folders tell the flow
 * data → graph → map and text → plans → state → views. Siblings of one rank (map and text) stay
 * independent. What imports what is read from the file's path and the import's resolved path.
 */
import path from 'node:path';

/** Rank of each top-level folder of src/ (a file directly in src/ is the app's root: highest). */
export const LAYERS = {
  paraglide: 0,
  lib: 0,
  i18n: 1,
  data: 2,
  graph: 3,
  map: 4,
  text: 4,
  plans: 5,
  state: 6,
  views: 7,
};
const ROOT_RANK = 8;
const ORDER = 'lib, i18n → data → graph → map | text → plans → state → views → src/';

function layerOf(file) {
  const rel = path.relative(path.resolve('src'), path.resolve(file));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  // A file directly in src/ is the app's root; 'src/plans' alone is the folder's index.
  if (parts.length === 1 && !(parts[0] in LAYERS)) return { name: 'src/', rank: ROOT_RANK };
  const rank = LAYERS[parts[0]];
  return { name: `src/${parts[0]}`, rank: rank ?? -1 };
}

/** @type {import('eslint').Rule.RuleModule} */
const noUpwardImport = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports in src/ run only to the same or a lower layer' },
    schema: [],
    messages: {
      upward: '{{from}} may not import {{to}} (layers, lowest first: {{order}}).',
      unknown: '{{from}} is not a known layer: add it to LAYERS in scripts/lint/layers.js.',
    },
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    function check(node) {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = layerOf(path.join(path.dirname(context.filename), spec));
      if (!to || to.name === from.name) return;
      if (from.rank < 0) return context.report({ node, messageId: 'unknown', data: { from: from.name } });
      if (to.rank < 0) return context.report({ node, messageId: 'unknown', data: { from: to.name } });
      if (to.rank >= from.rank)
        context.report({ node, messageId: 'upward', data: { from: from.name, to: to.name, order: ORDER } });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'no-upward-import': noUpwardImport } };
