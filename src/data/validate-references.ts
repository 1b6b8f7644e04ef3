/**
 * Cross-record checks that a shape schema cannot express: unknown ids, duplicates,
 * self-transitions, repeated moves, a title (or a Spanish search title) claimed by two roles,
 * an empty map. Each problem names the offending id. The one place these rules live: the
 * built-in data and every import pass through here before a graph is built.
 *
 * One checker per kind of record, each pushing onto the same list; they run in a fixed order
 * (duplicates, roles, credentials, pay and outlook, moves, programs, entries, paths, CPI), so
 * the problems are listed in the order a reader meets them in the file.
 */
import type { Dataset, Gate, Requires, Role } from './schema';
import type { Problem, ProblemCode } from './problems';

const problem = (
  path: string,
  code: ProblemCode,
  params: Record<string, string | number>,
  message: string,
): Problem => ({ path, message, text: { code, params } });

function duplicates(kind: string, ids: string[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push(problem(`${kind}[${i}].id`, 'duplicate_id', { id }, `duplicate id '${id}'`));
    seen.add(id);
  });
  return problems;
}

/** Titles are compared case- and space-insensitively: "Medical Coder" and "medical  coder" are one title. */
export function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Every record kind's ids must be unique, and a credential's former id must lead to it alone. */
function duplicateIds(d: Dataset): Problem[] {
  const kinds: [string, { id: string }[]][] = [
    ['sources', d.sources],
    ['roles', d.roles],
    ['credentials', d.credentials],
    ['salaries', d.salaries],
    ['outlook', d.outlook],
    ['transitions', d.transitions],
    ['paths', d.paths],
    ['programs', d.programs ?? []],
    ['entries', d.entries ?? []],
  ];
  const problems = kinds.flatMap(([kind, records]) =>
    duplicates(
      kind,
      records.map((r) => r.id),
    ),
  );
  // An old id that links and plans may still name (the CTR's "ctr") must lead to one credential only.
  const credentials = new Set(d.credentials.map((c) => c.id));
  const formerIds = new Set<string>();
  d.credentials.forEach((c, i) =>
    c.formerly?.forEach((f, j) => {
      if (f.id === undefined) return;
      if (credentials.has(f.id) || formerIds.has(f.id))
        problems.push(
          problem(`credentials[${i}].formerly[${j}].id`, 'duplicate_id', { id: f.id }, `duplicate id '${f.id}'`),
        );
      formerIds.add(f.id);
    }),
  );
  return problems;
}

/** Checks that each id a record names exists, one method per kind of reference. */
function referenceChecker(d: Dataset, problems: Problem[]) {
  const known = (
    ids: string[],
    code: 'unknown_source' | 'unknown_role' | 'unknown_credential' | 'unknown_program',
    kind: string,
  ) => {
    const set = new Set(ids);
    return (path: string, id: string) => {
      if (!set.has(id)) problems.push(problem(path, code, { id }, `unknown ${kind} '${id}'`));
    };
  };
  const source = known(
    d.sources.map((s) => s.id),
    'unknown_source',
    'source',
  );
  const role = known(
    d.roles.map((r) => r.id),
    'unknown_role',
    'role',
  );
  const credential = known(
    d.credentials.map((c) => c.id),
    'unknown_credential',
    'credential',
  );
  const program = known(
    (d.programs ?? []).map((p) => p.id),
    'unknown_program',
    'program',
  );
  const gate = (path: string, g: Gate) => {
    g.credentials?.forEach((c) => credential(`${path}.credentials`, c));
    g.programs?.forEach((p) => program(`${path}.programs`, p));
  };
  const requires = (path: string, r: Requires) => {
    gate(path, r);
    r.anyOf?.forEach((g, i) => gate(`${path}.anyOf[${i}]`, g));
  };
  return { source, role, credential, program, gate, requires };
}

type References = ReturnType<typeof referenceChecker>;

/** Which role first claimed each normalised title, English and Spanish kept apart. */
interface TitleOwners {
  english: Map<string, string>;
  spanish: Map<string, string>;
}

/** A search title leads to one role: English titles once across roles, Spanish ones likewise. */
function titleProblems(r: Role, i: number, refs: References, owners: TitleOwners, problems: Problem[]): void {
  r.titles.forEach((t, j) => {
    t.sources.forEach((s) => refs.source(`roles[${r.id}].titles[${j}].sources`, s));
    const key = normaliseTitle(t.text);
    const owner = owners.english.get(key);
    if (owner !== undefined && owner !== r.id) {
      const message = `title '${t.text}' is mapped to both '${owner}' and '${r.id}'`;
      const params = { title: t.text, owner, role: r.id };
      problems.push(problem(`roles[${i}].titles[${j}]`, 'title_two_roles', params, message));
    } else if (owner === r.id) {
      const message = `title '${t.text}' is listed twice in role '${r.id}'`;
      problems.push(problem(`roles[${i}].titles[${j}]`, 'title_twice', { title: t.text, role: r.id }, message));
    }
    owners.english.set(key, r.id);
  });
  // Spanish titles are a search's too: one role each (in their own map, so "Auditor" may be both languages').
  (r.es?.titles ?? []).forEach((t, j) => {
    const owner = owners.spanish.get(normaliseTitle(t));
    if (owner !== undefined && owner !== r.id) {
      const message = `Spanish title '${t}' is also a Spanish title of '${owner}'`;
      problems.push(problem(`roles[${i}].es.titles[${j}]`, 'es_title_two_roles', { title: t, owner }, message));
    }
    owners.spanish.set(normaliseTitle(t), r.id);
  });
}

function roleProblems(d: Dataset, refs: References, problems: Problem[]): void {
  const owners: TitleOwners = { english: new Map(), spanish: new Map() };
  d.roles.forEach((r, i) => {
    const at = `roles[${r.id}]`;
    r.sources.forEach((s) => refs.source(`${at}.sources`, s));
    r.credentials.forEach((c) => refs.credential(`${at}.credentials`, c));
    r.hiring?.forEach((h, j) => {
      h.anyOf.forEach((g, k) => refs.gate(`${at}.hiring[${j}].anyOf[${k}]`, g));
      h.sources?.forEach((s) => refs.source(`${at}.hiring[${j}].sources`, s));
    });
    [...r.tasks, ...r.education.statements].forEach((t) => t.sources.forEach((s) => refs.source(`${at}`, s)));
    titleProblems(r, i, refs, owners, problems);
  });
}

/** Credentials, pay and outlook records only point at other records. */
function credentialPayOutlookReferences(d: Dataset, refs: References): void {
  d.credentials.forEach((c) => {
    c.rules?.forEach((g, i) => refs.gate(`credentials[${c.id}].rules[${i}]`, g));
    c.sources.forEach((s) => refs.source(`credentials[${c.id}].sources`, s));
    c.formerly?.forEach((f) => f.sources.forEach((s) => refs.source(`credentials[${c.id}].formerly`, s)));
    c.eligibility.forEach((e) => e.sources.forEach((s) => refs.source(`credentials[${c.id}].eligibility`, s)));
  });
  d.salaries.forEach((s) => {
    s.roles.forEach((r) => refs.role(`salaries[${s.id}].roles`, r));
    refs.source(`salaries[${s.id}].source`, s.source);
  });
  d.outlook.forEach((o) => {
    o.roles.forEach((r) => refs.role(`outlook[${o.id}].roles`, r));
    refs.source(`outlook[${o.id}].source`, o.source);
  });
}

/** One move per (from, to): the graph holds a single edge for each, and two would disagree on years. */
function repeatedMoves(d: Dataset): Problem[] {
  const firstMove = new Map<string, string>();
  const problems: Problem[] = [];
  d.transitions.forEach((t) => {
    const key = `${t.from}\u0000${t.to}`;
    const first = firstMove.get(key);
    if (first === undefined) return void firstMove.set(key, t.id);
    const message = `repeats the move '${t.from}' → '${t.to}' of transition '${first}'; keep one`;
    problems.push(problem(`transitions[${t.id}]`, 'repeated_move', { from: t.from, to: t.to, first }, message));
  });
  return problems;
}

function transitionProblems(d: Dataset, refs: References, problems: Problem[]): void {
  d.transitions.forEach((t) => {
    const at = `transitions[${t.id}]`;
    refs.role(`${at}.from`, t.from);
    refs.role(`${at}.to`, t.to);
    if (t.from === t.to) {
      const message = `transition '${t.id}' goes from role '${t.from}' to itself`;
      problems.push(problem(`${at}.to`, 'self_move', { id: t.id, role: t.from }, message));
    }
    refs.requires(`${at}.requires`, t.requires);
    t.sources.forEach((s) => refs.source(`${at}.sources`, s));
  });
}

function programEntryReferences(d: Dataset, refs: References): void {
  (d.programs ?? []).forEach((p) => {
    p.sources.forEach((s) => refs.source(`programs[${p.id}].sources`, s));
    p.countsAs?.forEach((c) => refs.program(`programs[${p.id}].countsAs`, c));
  });
  (d.entries ?? []).forEach((e) => {
    refs.role(`entries[${e.id}].role`, e.role);
    refs.requires(`entries[${e.id}].requires`, e.requires);
    e.sources.forEach((s) => refs.source(`entries[${e.id}].sources`, s));
  });
}

/** A documented path lists one role per title and one step between each pair of titles. */
function pathProblems(d: Dataset, refs: References, problems: Problem[]): void {
  d.paths.forEach((p) => {
    const at = `paths[${p.id}]`;
    p.roles.forEach((r) => refs.role(`${at}.roles`, r));
    refs.source(`${at}.source`, p.source);
    const [roles, titles, steps] = [p.roles.length, p.titles.length, p.stepYears.length];
    if (roles !== titles)
      problems.push(
        problem(`${at}.roles`, 'path_roles_count', { roles, titles }, `has ${roles} roles for ${titles} titles`),
      );
    if (steps !== titles - 1)
      problems.push(
        problem(
          `${at}.stepYears`,
          'path_steps_count',
          { needed: titles - 1, has: steps },
          `needs ${titles - 1} steps, has ${steps}`,
        ),
      );
  });
}

export function referenceProblems(d: Dataset): Problem[] {
  const problems = duplicateIds(d);
  const refs = referenceChecker(d, problems);
  roleProblems(d, refs, problems);
  credentialPayOutlookReferences(d, refs);
  problems.push(...repeatedMoves(d));
  if (d.roles.length && d.roles.every((r) => r.outOfScope))
    problems.push(
      problem('roles', 'all_out_of_scope', {}, 'every role is marked outOfScope, so the map would be empty'),
    );
  transitionProblems(d, refs, problems);
  programEntryReferences(d, refs);
  pathProblems(d, refs, problems);
  refs.source('cpi.source', d.cpi.source);
  return problems;
}
