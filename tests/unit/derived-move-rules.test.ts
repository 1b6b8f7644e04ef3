/**
 * When a counselor would draw a move no source lists (graph/routes/derived-moves.ts; docs/data.md,
 * "Derived moves"), rule by rule on hand-made roles: never down a level or up two, never into a
 * feeder job or sideways among leadership roles or into a job asking for less schooling; then
 * the same track, both entry-level, or experience that counts in both. Also how long people stay
 * before such a move, and which roles take a first job.
 */
import { describe, expect, it } from 'vitest';
import type { HiringRule } from '../../src/data/schema';
import { carriesOver, derivedMoves, tenureOf } from '../../src/graph/routes/derived-moves';
import type { CareerGraph, MoveEdgeAttributes, RoleNodeAttributes } from '../../src/graph/types';
import { testMove, testRole, tinyGraph } from '../fixtures/tiny-graph';

type Role = Pick<RoleNodeAttributes, 'track' | 'level'> & Partial<RoleNodeAttributes>;

/** The test names each role's track and level: the rules turn on them. */
const role: (r: Role) => RoleNodeAttributes = testRole;
const none = new Set<string>();

describe('carriesOver: a move a counselor would draw', () => {
  const records = (level: RoleNodeAttributes['level'], extra: Partial<RoleNodeAttributes> = {}) =>
    role({ track: 'records', level, ...extra });

  it('goes up at most one level, never down', () => {
    expect(carriesOver(records('entry'), records('mid'), none)).toBe(true);
    expect(carriesOver(records('entry'), records('senior'), none)).toBe(false);
    expect(carriesOver(records('mid'), records('entry'), none)).toBe(false);
    expect(carriesOver(records('mid'), records('mid'), none)).toBe(true);
  });

  it('never leaves or enters a role outside health information', () => {
    expect(carriesOver(records('entry', { outOfScope: true }), records('mid'), none)).toBe(false);
    expect(carriesOver(records('entry'), records('mid', { outOfScope: true }), none)).toBe(false);
  });

  it('never leads into a feeder job, even on the same track', () => {
    const feeder = (level: RoleNodeAttributes['level']) => role({ track: 'feeder', level });
    expect(carriesOver(feeder('entry'), feeder('entry'), none)).toBe(false);
    expect(carriesOver(records('entry'), feeder('mid'), none)).toBe(false);
  });

  it('never moves sideways among leadership roles, but does below them', () => {
    expect(carriesOver(records('leadership'), records('leadership'), none)).toBe(false);
    expect(carriesOver(records('senior'), records('leadership'), none)).toBe(true);
    expect(carriesOver(records('senior'), records('senior'), none)).toBe(true);
  });

  it('never moves sideways into a job that typically asks for less schooling', () => {
    const at = (education: RoleNodeAttributes['education']) => records('mid', { education });
    expect(carriesOver(at('bachelor'), at('associate'), none)).toBe(false);
    expect(carriesOver(at('associate'), at('bachelor'), none)).toBe(true);
    expect(carriesOver(at('associate'), at('associate'), none)).toBe(true);
    // A certificate and some college (no degree) count as the same schooling.
    expect(carriesOver(at('some_college'), at('certificate'), none)).toBe(true);
    expect(carriesOver(at('certificate'), at('some_college'), none)).toBe(true);
    expect(carriesOver(at('associate'), at('some_college'), none)).toBe(false);
    expect(carriesOver(at('some_college'), at('high_school'), none)).toBe(false);
    // Up a level the schooling may differ: the level says it is a step up.
    expect(
      carriesOver(records('entry', { education: 'bachelor' }), records('mid', { education: 'associate' }), none),
    ).toBe(true);
  });

  it('needs something to carry over between tracks: both entry-level, or experience that counts in both', () => {
    const coding = (level: RoleNodeAttributes['level'], experience?: RoleNodeAttributes['experience']) =>
      role({ track: 'coding', level, ...(experience ? { experience } : {}) });
    expect(carriesOver(records('entry'), coding('entry'), none)).toBe(true);
    expect(carriesOver(records('entry'), coding('mid'), none)).toBe(false);
    expect(carriesOver(records('mid'), coding('mid'), none)).toBe(false);
    const coder = records('entry', { experience: ['coding'] });
    expect(carriesOver(coder, coding('mid', ['coding']), none)).toBe(true);
    expect(carriesOver(coder, coding('mid', ['cdi']), none)).toBe(false);
    // Experience the target's hiring rules ask for, though its own time counts as another kind.
    expect(carriesOver(coder, coding('mid', ['cdi']), new Set(['coding']))).toBe(true);
    expect(carriesOver(coder, coding('mid', ['cdi']), new Set(['cdi']))).toBe(false);
  });
});

/** A graph of roles and listed moves (years typical, low = typical / 2, high = typical × 2). */
function graphOf(
  roles: Record<string, Role>,
  moves: [from: string, to: string, years: number, extra?: Pick<MoveEdgeAttributes, 'plausible'>][],
  entries: string[] = [],
): CareerGraph {
  const g = tinyGraph([]);
  for (const [id, r] of Object.entries(roles)) g.addNode(id, role(r));
  for (const [from, to, years, extra] of moves)
    g.addDirectedEdgeWithKey(
      `${from}-${to}`,
      from,
      to,
      testMove(years, { years: { typical: years, low: years / 2, high: years * 2, estimated: false }, ...extra }),
    );
  if (entries.length)
    g.setAttribute(
      'entries',
      entries.map((r) => ({ id: `e-${r}`, role: r, requires: { credentials: [] }, sources: ['s'] })),
    );
  return g;
}

const hires: HiringRule[] = [{ strength: 'typical', anyOf: [{ education: 'associate' }], sources: ['s'] }];
const hiresWithYears: HiringRule[] = [
  {
    strength: 'typical',
    anyOf: [{ education: 'associate', experience: [{ kind: 'coding', years: 2 }] }],
    sources: ['s'],
  },
];

describe('tenureOf: how long people stay before moving on', () => {
  it("is the shortest listed plausible move out of the role, with that move's range", () => {
    const g = graphOf(
      {
        a: { track: 'records', level: 'entry' },
        b: { track: 'records', level: 'mid' },
        c: { track: 'records', level: 'mid' },
      },
      [
        ['a', 'b', 3],
        ['a', 'c', 2],
        ['b', 'c', 0.5, { plausible: false }],
      ],
    );
    const tenure = tenureOf(g);
    expect(tenure.get('a')).toEqual({ typical: 2, low: 1, high: 4 });
    // b's only move is implausible and c has none: neither has a tenure of its own, and no role at their
    // level has a listed plausible move, so they have none.
    expect(tenure.has('b')).toBe(false);
    expect(tenure.has('c')).toBe(false);
  });

  it('falls back to the shortest move out of any role at the same level', () => {
    const g = graphOf(
      {
        a: { track: 'records', level: 'entry' },
        b: { track: 'coding', level: 'entry' },
        c: { track: 'records', level: 'entry' },
        m: { track: 'records', level: 'mid' },
      },
      [
        ['a', 'm', 4],
        ['b', 'm', 1.5],
      ],
    );
    expect(tenureOf(g).get('c')).toEqual({ typical: 1.5, low: 0.75, high: 3 });
    expect(tenureOf(g).get('a')).toEqual({ typical: 4, low: 2, high: 8 });
  });
});

describe('derivedMoves: the moves a search adds', () => {
  const pairs = (g: CareerGraph) => derivedMoves(g).map((m) => `${m.from ?? 'none'}>${m.to}`);

  it('leads only into roles that state hiring rules, from their level and the one below, with the tenure of where it starts', () => {
    const g = graphOf(
      {
        a: { track: 'records', level: 'entry' },
        b: { track: 'records', level: 'mid', hiring: hiresWithYears },
        c: { track: 'records', level: 'mid' },
        s: { track: 'records', level: 'senior', hiring: hiresWithYears },
      },
      [['a', 'c', 2]],
    );
    expect(pairs(g).sort()).toEqual(['a>b', 'b>s', 'c>b', 'c>s'].sort());
    const moves = derivedMoves(g);
    expect(moves.find((m) => m.from === 'a')!.years).toEqual({ typical: 2, low: 1, high: 4 });
    // c has no move of its own; no mid role has one: the derived move takes only its requirements' time.
    expect(moves.find((m) => m.from === 'c' && m.to === 'b')!.years).toEqual({ typical: 0, low: 0, high: 0 });
  });

  it('never sits beside a listed move, nor leads back down a listed ladder', () => {
    const g = graphOf(
      {
        a: { track: 'records', level: 'mid', hiring: hires },
        b: { track: 'records', level: 'mid', hiring: hires },
      },
      [['a', 'b', 2]],
    );
    // a → b is listed, and b → a would lead back down the listed ladder a → b.
    expect(pairs(g).filter((p) => !p.startsWith('none>'))).toEqual([]);
  });

  it('opens first jobs: entry roles with hiring rules, and mid-level ones that schooling alone opens', () => {
    const g = graphOf(
      {
        entry: { track: 'records', level: 'entry', hiring: hiresWithYears },
        graduate: { track: 'privacy', level: 'mid', hiring: hires },
        experienced: { track: 'coding', level: 'mid', hiring: hiresWithYears },
        certified: {
          track: 'coding',
          level: 'mid',
          hiring: [{ strength: 'typical', anyOf: [{ credentials: ['ccs'] }], sources: ['s'] }],
        },
        plain: { track: 'records', level: 'entry' },
        out: { track: 'other', level: 'entry', hiring: hires, outOfScope: true },
      },
      [],
    );
    const first = derivedMoves(g).filter((m) => m.from === null);
    expect(first.map((m) => m.to).sort()).toEqual(['entry', 'graduate']);
    expect(first[0]!.years).toEqual({ typical: 0, low: 0, high: 0 });
  });

  it('adds no first job where the data already lists a way in', () => {
    const g = graphOf({ entry: { track: 'records', level: 'entry', hiring: hires } }, [], ['entry']);
    expect(pairs(g)).toEqual([]);
  });
});
