/**
 * Moves the route search derives from the roles' hiring rules (issue 23, item 2): the doors a
 * counselor would draw are open, and no move down or into an unrelated track appears
 * (docs/data.md, "Derived moves").
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { derivedMoves, laddersUp } from '../../src/graph/routes/derived-moves';

const graph = createModel(builtinDataset).graph;
const moves = derivedMoves(graph);
const pairs = new Set(moves.map((m) => `${m.from ?? 'none'}>${m.to}`));

describe('derived moves on the built-in map', () => {
  it('opens the doors the counseling cases need: front desk and transcription into coding, CCS coders into teaching, registrars into analytics', () => {
    for (const pair of [
      'patient_access>coder',
      'transcriptionist>coder',
      'coder_facility>educator',
      'coder_pro>educator',
      'registrar>data_analyst',
    ])
      expect(pairs, pair).toContain(pair);
  });

  it('never goes down: not back down a listed ladder (HIM director → HIM manager), not sideways among leadership roles', () => {
    expect(pairs).not.toContain('him_director>him_manager');
    const ladder = laddersUp(graph);
    expect(ladder.get('him_manager')).toContain('him_director');
    for (const m of moves) {
      if (!m.from) continue;
      expect(ladder.get(m.to)?.has(m.from) ?? false, `${m.from}>${m.to}`).toBe(false);
      const [a, b] = [graph.getNodeAttributes(m.from), graph.getNodeAttributes(m.to)];
      expect(a.level === 'leadership' && b.level === 'leadership', `${m.from}>${m.to}`).toBe(false);
    }
  });

  it('never leads into a feeder job from a role (scribe → registered nurse carries nothing over)', () => {
    expect(pairs).not.toContain('scribe>registered_nurse');
    for (const m of moves)
      if (m.from) expect(graph.getNodeAttribute(m.to, 'track'), `${m.from}>${m.to}`).not.toBe('feeder');
  });

  it('never sits beside a listed move of the same pair', () => {
    for (const m of moves) if (m.from) expect(graph.hasDirectedEdge(m.from, m.to), `${m.from}>${m.to}`).toBe(false);
  });
});
