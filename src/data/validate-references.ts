/**
 * Cross-record checks that a shape schema cannot express: unknown ids, duplicates,
 * self-transitions, repeated moves, a title (or a Spanish search title) claimed by two roles,
 * an empty map. Each problem names the offending id. The one place these rules live: the
 * built-in data and every import pass through here before a graph is built.
 */
import type { Dataset, Gate, Requires } from './schema';
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

export function referenceProblems(d: Dataset): Problem[] {
  const problems: Problem[] = [
    ...duplicates(
      'sources',
      d.sources.map((s) => s.id),
    ),
    ...duplicates(
      'roles',
      d.roles.map((r) => r.id),
    ),
    ...duplicates(
      'credentials',
      d.credentials.map((c) => c.id),
    ),
    ...duplicates(
      'salaries',
      d.salaries.map((s) => s.id),
    ),
    ...duplicates(
      'outlook',
      d.outlook.map((o) => o.id),
    ),
    ...duplicates(
      'transitions',
      d.transitions.map((t) => t.id),
    ),
    ...duplicates(
      'paths',
      d.paths.map((p) => p.id),
    ),
    ...duplicates(
      'programs',
      (d.programs ?? []).map((p) => p.id),
    ),
    ...duplicates(
      'entries',
      (d.entries ?? []).map((e) => e.id),
    ),
  ];
  const sources = new Set(d.sources.map((s) => s.id));
  const roles = new Set(d.roles.map((r) => r.id));
  const credentials = new Set(d.credentials.map((c) => c.id));
  // An old id that links and plans may still name (the CTR's "ctr") must lead to one credential only.
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
  const source = (path: string, id: string) => {
    if (!sources.has(id)) problems.push(problem(path, 'unknown_source', { id }, `unknown source '${id}'`));
  };
  const role = (path: string, id: string) => {
    if (!roles.has(id)) problems.push(problem(path, 'unknown_role', { id }, `unknown role '${id}'`));
  };
  const credential = (path: string, id: string) => {
    if (!credentials.has(id)) problems.push(problem(path, 'unknown_credential', { id }, `unknown credential '${id}'`));
  };

  const programs = new Set((d.programs ?? []).map((p) => p.id));
  const program = (path: string, id: string) => {
    if (!programs.has(id)) problems.push(problem(path, 'unknown_program', { id }, `unknown program '${id}'`));
  };
  const gate = (path: string, g: Gate) => {
    g.credentials?.forEach((c) => credential(`${path}.credentials`, c));
    g.programs?.forEach((p) => program(`${path}.programs`, p));
  };
  const requires = (path: string, r: Requires) => {
    gate(path, r);
    r.anyOf?.forEach((g, i) => gate(`${path}.anyOf[${i}]`, g));
  };

  const titleOwner = new Map<string, string>();
  const spanishOwner = new Map<string, string>();
  d.roles.forEach((r, i) => {
    const at = `roles[${r.id}]`;
    r.sources.forEach((s) => source(`${at}.sources`, s));
    r.credentials.forEach((c) => credential(`${at}.credentials`, c));
    r.hiring?.forEach((h, j) => {
      h.anyOf.forEach((g, k) => gate(`${at}.hiring[${j}].anyOf[${k}]`, g));
      h.sources?.forEach((s) => source(`${at}.hiring[${j}].sources`, s));
    });
    [...r.tasks, ...r.education.statements].forEach((t) => t.sources.forEach((s) => source(`${at}`, s)));
    r.titles.forEach((t, j) => {
      t.sources.forEach((s) => source(`${at}.titles[${j}].sources`, s));
      const key = normaliseTitle(t.text);
      const owner = titleOwner.get(key);
      if (owner !== undefined && owner !== r.id) {
        problems.push(
          problem(
            `roles[${i}].titles[${j}]`,
            'title_two_roles',
            { title: t.text, owner, role: r.id },
            `title '${t.text}' is mapped to both '${owner}' and '${r.id}'`,
          ),
        );
      } else if (owner === r.id) {
        problems.push(
          problem(
            `roles[${i}].titles[${j}]`,
            'title_twice',
            { title: t.text, role: r.id },
            `title '${t.text}' is listed twice in role '${r.id}'`,
          ),
        );
      }
      titleOwner.set(key, r.id);
    });
    // Spanish titles are a search's too: one role each (in their own map, so "Auditor" may be both languages').
    (r.es?.titles ?? []).forEach((t, j) => {
      const owner = spanishOwner.get(normaliseTitle(t));
      if (owner !== undefined && owner !== r.id)
        problems.push(
          problem(
            `roles[${i}].es.titles[${j}]`,
            'es_title_two_roles',
            { title: t, owner },
            `Spanish title '${t}' is also a Spanish title of '${owner}'`,
          ),
        );
      spanishOwner.set(normaliseTitle(t), r.id);
    });
  });
  d.credentials.forEach((c) => {
    c.rules?.forEach((g, i) => gate(`credentials[${c.id}].rules[${i}]`, g));
    c.sources.forEach((s) => source(`credentials[${c.id}].sources`, s));
    c.formerly?.forEach((f) => f.sources.forEach((s) => source(`credentials[${c.id}].formerly`, s)));
    c.eligibility.forEach((e) => e.sources.forEach((s) => source(`credentials[${c.id}].eligibility`, s)));
  });
  d.salaries.forEach((s) => {
    s.roles.forEach((r) => role(`salaries[${s.id}].roles`, r));
    source(`salaries[${s.id}].source`, s.source);
  });
  d.outlook.forEach((o) => {
    o.roles.forEach((r) => role(`outlook[${o.id}].roles`, r));
    source(`outlook[${o.id}].source`, o.source);
  });
  // One move per (from, to): the graph holds a single edge for each, and two would disagree on years.
  const firstMove = new Map<string, string>();
  d.transitions.forEach((t) => {
    const key = `${t.from}\u0000${t.to}`;
    const first = firstMove.get(key);
    if (first !== undefined)
      problems.push(
        problem(
          `transitions[${t.id}]`,
          'repeated_move',
          { from: t.from, to: t.to, first },
          `repeats the move '${t.from}' → '${t.to}' of transition '${first}'; keep one`,
        ),
      );
    else firstMove.set(key, t.id);
  });
  if (d.roles.length && d.roles.every((r) => r.outOfScope))
    problems.push(
      problem('roles', 'all_out_of_scope', {}, 'every role is marked outOfScope, so the map would be empty'),
    );
  d.transitions.forEach((t) => {
    const at = `transitions[${t.id}]`;
    role(`${at}.from`, t.from);
    role(`${at}.to`, t.to);
    if (t.from === t.to)
      problems.push(
        problem(
          `${at}.to`,
          'self_move',
          { id: t.id, role: t.from },
          `transition '${t.id}' goes from role '${t.from}' to itself`,
        ),
      );
    requires(`${at}.requires`, t.requires);
    t.sources.forEach((s) => source(`${at}.sources`, s));
  });
  (d.programs ?? []).forEach((p) => {
    p.sources.forEach((s) => source(`programs[${p.id}].sources`, s));
    p.countsAs?.forEach((c) => program(`programs[${p.id}].countsAs`, c));
  });
  (d.entries ?? []).forEach((e) => {
    role(`entries[${e.id}].role`, e.role);
    requires(`entries[${e.id}].requires`, e.requires);
    e.sources.forEach((s) => source(`entries[${e.id}].sources`, s));
  });
  d.paths.forEach((p) => {
    const at = `paths[${p.id}]`;
    p.roles.forEach((r) => role(`${at}.roles`, r));
    source(`${at}.source`, p.source);
    if (p.roles.length !== p.titles.length)
      problems.push(
        problem(
          `${at}.roles`,
          'path_roles_count',
          { roles: p.roles.length, titles: p.titles.length },
          `has ${p.roles.length} roles for ${p.titles.length} titles`,
        ),
      );
    if (p.stepYears.length !== p.titles.length - 1)
      problems.push(
        problem(
          `${at}.stepYears`,
          'path_steps_count',
          { needed: p.titles.length - 1, has: p.stepYears.length },
          `needs ${p.titles.length - 1} steps, has ${p.stepYears.length}`,
        ),
      );
  });
  source('cpi.source', d.cpi.source);
  return problems;
}
