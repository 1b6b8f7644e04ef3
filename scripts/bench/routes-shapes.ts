/**
 * The synthetic career graphs of the routes benchmark (routes.bench.ts): the plain shape (one
 * job level, no hiring rules) and the same moves with roles shaped like careers.json's
 * (`withHiring`), where the route index also derives moves. 1,000 roles and 20 moves per role
 * by default; smaller sizes keep the shape (the bench's `ROLES`).
 */
import Graph from 'graphology';
import {
  EXPERIENCE_KINDS,
  type EducationLevel,
  type Entry,
  type ExperienceKind,
  type Gate,
  type HiringRule,
  type Level,
  type Program,
  type Track,
} from '../../src/data/schema';
import type { CareerGraph, CareerGraphAttributes, MoveEdgeAttributes, RoleNodeAttributes } from '../../src/graph/types';

export const ROLES = 1000;
export const LEVELS = 10;

/**
 * Roles sit on 10 levels of 100. Each move goes up one or two levels (70 %) or sideways/down one
 * (30 %); typical years 0.5–5 with a range around them; 15 % of moves need one or two of 15
 * credentials, 8 % an education level, 5 % one of two alternatives — roughly the shape of the
 * real map, 30 times larger. Eligibility rules are random too: programs like the real ones
 * (certificate, associate, bachelor, completion, master and three named programs), 60 % of the
 * credentials with one to three gates (education, a named program, another credential, 1–4
 * years of one of five kinds of experience), 40 % of roles giving one kind of experience, and
 * first jobs (NO_JOB) into 60 roles of the first level.
 */
export function generate(rand: () => number, roles = ROLES): CareerGraph {
  // 20 moves per role; below 100 roles, fewer (a role has only about 4 × roles / 10 roles to move to).
  const moves = roles * (roles >= 100 ? 20 : Math.floor(roles / 10));
  const g: CareerGraph = new Graph<RoleNodeAttributes, MoveEdgeAttributes, CareerGraphAttributes>({
    type: 'directed',
    multi: false,
    allowSelfLoops: false,
  });
  const perLevel = roles / LEVELS;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  for (let i = 0; i < roles; i++) {
    const experience = rand() < 0.4 ? [pick(EXPERIENCE_KINDS)] : [];
    g.addNode(`r${i}`, {
      label: `Role ${i}`,
      track: 'records',
      level: 'entry',
      outOfScope: false,
      experience,
      x: 0,
      y: 0,
      size: 1,
      color: '#000',
    });
  }
  const education: EducationLevel[] = ['certificate', 'associate', 'associate', 'bachelor', 'bachelor', 'master'];
  const named = ['p_assoc', 'p_bach', 'p_post'];
  const gate = (): Gate => {
    const out: Gate = {};
    const r = rand();
    if (r < 0.3) out.education = pick(education);
    else if (r < 0.5) out.programs = [pick(named)];
    else if (r < 0.65) out.credentials = [`c${Math.floor(rand() * 15)}`];
    if (rand() < 0.4) out.experience = [{ kind: pick(EXPERIENCE_KINDS), years: 1 + Math.floor(rand() * 4) }];
    return out;
  };
  let id = 0;
  while (g.size < moves) {
    const from = Math.floor(rand() * roles);
    const level = Math.floor(from / perLevel);
    const step = rand() < 0.7 ? 1 + Math.floor(rand() * 2) : Math.floor(rand() * 2) - 1;
    const toLevel = Math.min(LEVELS - 1, Math.max(0, level + step));
    const to = toLevel * perLevel + Math.floor(rand() * perLevel);
    if (to === from || g.hasDirectedEdge(`r${from}`, `r${to}`)) continue;
    const typical = Math.round((0.5 + rand() * 4.5) * 20) / 20;
    const r = rand();
    const credentials = [
      ...new Set(
        r < 0.12
          ? [`c${Math.floor(rand() * 15)}`]
          : r < 0.15
            ? [`c${Math.floor(rand() * 15)}`, `c${Math.floor(rand() * 15)}`]
            : [],
      ),
    ];
    const requiresEducation = rand() < 0.08 ? pick(education) : undefined;
    const anyOf = rand() < 0.05 ? [{ ...gate(), credentials: [`c${Math.floor(rand() * 15)}`] }, gate()] : undefined;
    g.addDirectedEdgeWithKey(`m${id++}`, `r${from}`, `r${to}`, {
      kind: step > 0 ? 'advancement' : 'lateral',
      years: {
        typical,
        low: typical * (0.5 + rand() * 0.5),
        high: typical * (1 + rand() * 0.8),
        estimated: rand() < 0.5,
        method: 'synthetic',
      },
      requiresCredentials: credentials,
      ...(requiresEducation ? { requiresEducation } : {}),
      requires: {
        credentials,
        ...(requiresEducation ? { education: requiresEducation } : {}),
        ...(anyOf ? { anyOf } : {}),
      },
      size: 1,
      color: '#000',
      type: 'arrow',
    });
  }
  const years = (typical: number, low: number, high: number) => ({ typical, low, high });
  const programs: Program[] = [
    {
      id: 'cert',
      name: 'Certificate',
      entry: 'high_school',
      grants: 'certificate',
      years: years(1, 1, 2),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'assoc',
      name: 'Associate',
      entry: 'high_school',
      grants: 'associate',
      years: years(2, 2, 3),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'p_assoc',
      name: 'Named associate',
      entry: 'high_school',
      grants: 'associate',
      countsAs: ['assoc'],
      years: years(2, 2, 3),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'bach',
      name: 'Bachelor',
      entry: 'high_school',
      grants: 'bachelor',
      years: years(4, 4, 6),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'completion',
      name: 'Completion',
      entry: 'associate',
      grants: 'bachelor',
      countsAs: ['bach'],
      years: years(2, 2, 3),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'p_bach',
      name: 'Named bachelor',
      entry: 'associate',
      grants: 'bachelor',
      countsAs: ['bach'],
      years: years(2, 2, 3),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'p_post',
      name: 'Named post-bacc',
      entry: 'bachelor',
      years: years(1, 0.5, 1.5),
      basis: 'synthetic',
      sources: ['s'],
    },
    {
      id: 'master',
      name: 'Master',
      entry: 'bachelor',
      grants: 'master',
      years: years(2, 1, 2),
      basis: 'synthetic',
      sources: ['s'],
    },
  ];
  const credentialRules: Record<string, Gate[]> = {};
  for (let c = 0; c < 15; c++)
    if (rand() < 0.6) credentialRules[`c${c}`] = Array.from({ length: 1 + Math.floor(rand() * 3) }, gate);
  const entries: Entry[] = Array.from({ length: 60 }, (_, i) => ({
    id: `in${i}`,
    role: `r${i}`,
    requires: { credentials: [], ...(rand() < 0.5 ? { education: pick(education) } : {}) },
    sources: ['s'],
  }));
  g.replaceAttributes({ programs, credentialRules, entries });
  return g;
}

/** Experience each track's time counts as (as in careers.json: coders code, registrars abstract). */
const TRACK_KIND: Partial<Record<Track, ExperienceKind>> = {
  coding: 'coding',
  registry: 'cancer_registry',
  documentation: 'cdi',
  analytics: 'health_data',
  privacy: 'privacy_security',
};
const CONTENT_TRACKS: Track[] = ['records', 'coding', 'registry', 'documentation', 'analytics', 'privacy', 'revenue'];

/**
 * The same graph with roles shaped like careers.json's, so that routes can take derived moves
 * (src/graph/routes/derived-moves.ts): the 10 position levels become the four job levels (0–2
 * entry, 3–5 mid, 6–7 senior, 8–9 leadership: 30/30/20/20 %, the built-in map has 27/30/18/24 %),
 * each role gets a track (seven content tracks; 15 % of entry roles are feeder jobs, 40 % of
 * leadership roles management, 5 % of senior roles education), a typical education, the
 * experience its track counts as, and hiring rules like the real roles': entry jobs ask for a
 * level of schooling (70 %) or one of one to four credentials; mid-level jobs one of one to four
 * credentials (45 %), a named program or an associate degree with a named program (25 %) or an
 * education level (30 %); senior jobs credentials or education, and in half of them 2–4 years of
 * the track's experience; leadership jobs a bachelor's (75 %) or associate degree and, in 60 %,
 * one of one or two credentials. 10 % of rules are required, the rest typical. Drawn from a second
 * seed, so the moves, programs, credentials and pairs stay those of the plain shape.
 */
export function withHiring(plain: CareerGraph, rand: () => number): CareerGraph {
  const g = plain.copy();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const cred = () => `c${Math.floor(rand() * 15)}`;
  const credentials = (max: number): Gate[] =>
    [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, cred))].map((c) => ({ credentials: [c] }));
  const rule = (anyOf: Gate[]): HiringRule => ({
    strength: rand() < 0.1 ? 'required' : 'typical',
    anyOf,
    sources: ['s'],
  });
  const perLevel = plain.order / LEVELS;
  g.forEachNode((id) => {
    const position = Math.floor(Number(id.slice(1)) / perLevel);
    const level: Level = position <= 2 ? 'entry' : position <= 5 ? 'mid' : position <= 7 ? 'senior' : 'leadership';
    const track: Track =
      level === 'entry' && rand() < 0.15
        ? 'feeder'
        : level === 'leadership' && rand() < 0.4
          ? 'management'
          : level === 'senior' && rand() < 0.05
            ? 'education'
            : pick(CONTENT_TRACKS);
    const kind = TRACK_KIND[track];
    const experience: ExperienceKind[] = kind ? [kind] : track === 'records' && rand() < 0.3 ? ['health_data'] : [];
    let education: EducationLevel;
    const hiring: HiringRule[] = [];
    if (level === 'entry') {
      education = pick(['high_school', 'high_school', 'certificate', 'some_college'] as const);
      hiring.push(rule(rand() < 0.7 ? [{ education }] : credentials(4)));
    } else if (level === 'mid') {
      education = pick(['certificate', 'associate', 'associate'] as const);
      const r = rand();
      hiring.push(
        rule(
          r < 0.45
            ? credentials(4)
            : r < 0.7
              ? [{ programs: ['p_assoc'] }, { education: 'associate', programs: [pick(['cert', 'assoc'])] }]
              : [{ education }],
        ),
      );
    } else if (level === 'senior') {
      education = pick(['associate', 'bachelor'] as const);
      hiring.push(rule(rand() < 0.7 ? credentials(3) : [{ education }]));
      if (kind && rand() < 0.5) hiring.push(rule([{ experience: [{ kind, years: 2 + Math.floor(rand() * 3) }] }]));
    } else {
      education = rand() < 0.75 ? 'bachelor' : 'associate';
      hiring.push(rule([{ education }]));
      if (rand() < 0.6) hiring.push(rule(credentials(2)));
    }
    g.mergeNodeAttributes(id, { level, track, education, experience, hiring });
  });
  return g;
}
