/**
 * Exports at 5,000 roles are written in pieces the page writes over short tasks (issue 28: GEXF held
 * the page 3.9 s). What a user relies on: the file is exactly what it was when written in one go,
 * and no piece is a large part of it.
 */
import { describe, expect, it } from 'vitest';
import { bigDataset } from '../fixtures/big-dataset';
import { miniDataset } from '../fixtures/mini-dataset';
import { builtinDataset } from '../../src/data/builtin';
import { datasetJsonPieces, datasetToJson } from '../../src/data/export/json';
import { gexfPieces } from '../../src/graph/gexf';
import { createModel } from '../../src/graph/model';
import { blobInSlices } from '../../src/lib/slices';

const big = bigDataset(3500, 3500);

describe('the dataset as JSON, in pieces', () => {
  it('is the same text as JSON.stringify with two-space indents', () => {
    for (const dataset of [miniDataset(), builtinDataset, big])
      expect(datasetToJson(dataset)).toBe(`${JSON.stringify(dataset, null, 2)}\n`);
  });

  it('keeps every piece to a small share of a large file', () => {
    const pieces = [...datasetJsonPieces(big)];
    const total = pieces.join('').length;
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(total / 3);
  });
});

describe('the graph as GEXF, in pieces', () => {
  it('writes each node and edge once, and no piece is a large part of the file', () => {
    const { graph } = createModel(big);
    const pieces = [...gexfPieces(graph, { dataset: big })];
    const xml = pieces.join('');
    expect(xml.match(/<node /g)).toHaveLength(graph.order);
    expect(xml.match(/<edge /g)).toHaveLength(graph.size);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(xml.length / 5);
  });
});

describe('blobInSlices', () => {
  it('lets other work run between pieces, and keeps them in order', async () => {
    const ran: string[] = [];
    setTimeout(() => ran.push('other work'), 0);
    function* pieces() {
      for (const p of ['a', 'b', 'c']) {
        ran.push(p);
        yield p;
      }
    }
    const blob = await blobInSlices(pieces(), 'text/plain', 0);
    expect(await blob.text()).toBe('abc');
    expect(blob.type).toBe('text/plain');
    expect(ran.indexOf('other work')).toBeLessThan(ran.length - 1);
  });
});
