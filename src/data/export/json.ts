/**
 * The dataset as pretty JSON in the app's own format: what validateDataset reads back
 * unchanged, so an export can be edited and imported again.
 */
import type { Dataset } from '../schema';

export function datasetToJson(dataset: Dataset): string {
  return [...datasetJsonPieces(dataset)].join('');
}

/** Items of a long list per piece: JSON.stringify is fast on a block, slow item by item. */
const PIECE = 1000;

/**
 * The same text as `JSON.stringify(dataset, null, 2)` + a line break, in pieces of a thousand list
 * items, so `blobInSlices` can spread 5,000 roles and 50,000 moves over short tasks (issue 28).
 */
export function* datasetJsonPieces(dataset: Dataset): Generator<string, void> {
  const fields = Object.entries(dataset).filter(([, value]) => value !== undefined);
  if (fields.length === 0) return void (yield '{}\n');
  yield '{\n';
  for (const [i, [key, value]] of fields.entries()) {
    const name = JSON.stringify(key);
    const end = i < fields.length - 1 ? ',\n' : '\n';
    if (!Array.isArray(value) || value.length <= PIECE) {
      yield `  ${name}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}${end}`;
      continue;
    }
    // Each block is wrapped as the list is nested in the file, so JSON.stringify indents its items
    // exactly as it would the whole; the wrapper's own lines are cut off.
    const open = `{\n  ${name}: [\n`;
    const close = '\n  ]\n}';
    yield `  ${name}: [\n`;
    for (let start = 0; start < value.length; start += PIECE) {
      const text = JSON.stringify({ [key]: value.slice(start, start + PIECE) }, null, 2);
      yield text.slice(open.length, text.length - close.length) + (start + PIECE < value.length ? ',\n' : '\n');
    }
    yield `  ]${end}`;
  }
  yield '}\n';
}
