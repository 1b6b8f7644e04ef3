import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/data/import/import';
import type { ImportResult } from '../../src/data/import/types';
import { formatProblem } from '../../src/data/import/problem-text';
import { roleTitle } from '../../src/data/localize';
import { miniDataset } from '../fixtures/mini-dataset';
import { overwriteGetLocale } from '../../src/paraglide/runtime.js';

const enc = new TextEncoder();
const file = (name: string, text: string) => ({ name, bytes: enc.encode(text) });
const base = miniDataset();

const ROLES_HEADER = 'id,title,track,level,typical_education,alternate_titles,credentials';
const ROLES = [
  ROLES_HEADER,
  'clerk,Clerk,records,entry,high school,Records Clerk,',
  'coder,Coder,coding,mid,certificate,Coding Specialist|Medical Coder,cca',
  'lead,Lead,management,senior,bachelor,,',
].join('\n');
const MOVES_HEADER = 'id,from,to,kind,years,years_low,years_high';
const MOVES = [
  MOVES_HEADER,
  'm1,clerk,coder,advancement,1,1,2',
  'm2,coder,lead,advancement,3,,',
  'm3,lead,coder,lateral,1,0,1',
].join('\n');

function run(...files: { name: string; bytes: Uint8Array }[]): ImportResult {
  return importDataset(files, { base });
}
function messages(r: ImportResult): string[] {
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('CSV import: a valid pair', () => {
  it('builds a dataset with the rows, file sources and the credentials it names', () => {
    const r = run(file('roles.csv', ROLES), file('transitions.csv', MOVES));
    expect(messages(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.dataset.roles.map((x) => x.id)).toEqual(['clerk', 'coder', 'lead']);
    expect(r.dataset.roles[0]?.education.typical).toBe('high_school');
    expect(r.dataset.roles[1]?.titles.map((t) => t.text)).toEqual(['Coding Specialist', 'Medical Coder']);
    expect(r.dataset.credentials.map((c) => c.id)).toEqual(['cca']);
    expect(r.dataset.transitions[1]?.years).toEqual({ typical: 3, low: 3, high: 3, estimated: false });
    expect(r.dataset.sources.map((s) => s.id)).toEqual(['user-roles', 'user-transitions', 'seed-a']);
    expect(r.dataset.sources[0]).toMatchObject({ kind: 'user', title: 'roles.csv' });
  });

  it('accepts a cycle (a move back is a real career step)', () => {
    const r = run(file('roles.csv', ROLES), file('transitions.csv', MOVES));
    expect(r.ok && r.dataset.transitions.some((t) => t.from === 'lead' && t.to === 'coder')).toBe(true);
  });

  it('tells the files apart by their header, whatever their names', () => {
    expect(run(file('b.csv', MOVES), file('a.csv', ROLES)).ok).toBe(true);
  });

  it('imports roles alone with a warning that there are no moves', () => {
    const r = run(file('roles.csv', ROLES));
    expect(r.ok && r.warnings.map(formatProblem)).toEqual([
      'roles.csv: no transitions.csv was given, so the map has roles but no moves',
    ]);
  });

  it('strips a UTF-8 byte-order mark (Excel "CSV UTF-8")', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(ROLES)]);
    const r = run({ name: 'roles.csv', bytes: bom });
    expect(r.ok && r.dataset.roles[0]?.id).toBe('clerk');
  });

  it('keeps markup in titles as plain text', () => {
    const r = run(
      file(
        'roles.csv',
        `${ROLES_HEADER}\nx,"<img src=x onerror=alert(1)> <script>alert(1)</script>",records,entry,none,,`,
      ),
    );
    expect(r.ok && r.dataset.roles[0]?.title).toBe('<img src=x onerror=alert(1)> <script>alert(1)</script>');
  });

  it('imports the published example files', () => {
    const read = (n: string) => ({ name: n, bytes: new Uint8Array(readFileSync(`public/examples/${n}`)) });
    const r = importDataset([read('roles.csv'), read('transitions.csv')], {
      base: JSON.parse(readFileSync('src/data/careers.json', 'utf8')),
    });
    expect(messages(r)).toEqual([]);
    expect(r.ok && r.dataset.roles.length).toBe(4);
  });
});

describe('CSV import: Spanish beside the English', () => {
  const SPANISH_HEADER = `${ROLES_HEADER},title_es,description_es,alternate_titles_es`;

  it('keeps title_es, description_es and alternate_titles_es, and note_es on a move', () => {
    const roles = [
      SPANISH_HEADER,
      'clerk,Clerk,records,entry,high school,Records Clerk,,Auxiliar de archivo,Archiva expedientes.,archivista|auxiliar de archivo',
      'coder,Coder,coding,mid,certificate,,cca,Codificador/a,,',
    ].join('\n');
    const moves = [
      `${MOVES_HEADER},note,note_es`,
      'm1,clerk,coder,advancement,1,1,2,A course first.,Primero un curso.',
    ].join('\n');
    const r = run(file('roles.csv', roles), file('transitions.csv', moves));
    expect(messages(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.dataset.roles[0]?.es).toEqual({
      title: 'Auxiliar de archivo',
      description: 'Archiva expedientes.',
      titles: ['archivista', 'auxiliar de archivo'],
    });
    // No description in either language: the stock note is written in both.
    expect(r.dataset.roles[1]?.es).toEqual({
      title: 'Codificador/a',
      description: 'No se dio ninguna descripción en roles.csv.',
    });
    expect(r.dataset.transitions[0]?.es).toEqual({ note: 'Primero un curso.' });
    // What the import writes itself is written in both languages.
    expect(r.dataset.sources.find((x) => x.id === 'user-roles')?.es).toEqual({ dataYear: 'sin indicar' });
  });

  it('writes its stock note for an estimate without a method in Spanish too', () => {
    const moves = [`${MOVES_HEADER},estimated`, 'm1,clerk,coder,advancement,1,1,2,true'].join('\n');
    const r = run(file('roles.csv', ROLES), file('transitions.csv', moves));
    expect(r.ok && r.dataset.transitions[0]?.es).toEqual({
      method: 'Estimación de transitions.csv; no se indicó el método.',
    });
  });

  it('imports a file without the Spanish columns: the roles have no es and show in English', () => {
    const r = run(file('roles.csv', ROLES), file('transitions.csv', MOVES));
    expect(r.ok && r.dataset.roles.map((x) => x.es)).toEqual([undefined, undefined, undefined]);
    expect(r.ok && roleTitle(r.dataset.roles[0]!, 'es')).toEqual({ text: 'Clerk', lang: 'en', fellBack: true });
  });

  it('reports Spanish without the Spanish title, and a Spanish note without a note', () => {
    const roles = [SPANISH_HEADER, 'clerk,Clerk,records,entry,high school,,,,Archiva expedientes.,'].join('\n');
    const moves = [`${MOVES_HEADER},note_es`, 'm1,clerk,clerk,advancement,1,1,2,Primero un curso.'].join('\n');
    expect(messages(run(file('roles.csv', roles)))).toContain(
      'roles.csv row 2, column title_es: is required when description_es or alternate_titles_es is given',
    );
    expect(messages(run(file('roles.csv', ROLES), file('transitions.csv', moves)))).toContain(
      'transitions.csv row 2, column note_es: is given without a note to translate',
    );
  });

  it('imports the published examples with their Spanish', () => {
    const read = (n: string) => ({ name: n, bytes: new Uint8Array(readFileSync(`public/examples/${n}`)) });
    const r = importDataset([read('roles.csv'), read('transitions.csv')], {
      base: JSON.parse(readFileSync('src/data/careers.json', 'utf8')),
    });
    expect(r.ok && r.dataset.roles.every((role) => role.es?.title)).toBe(true);
  });
});

describe('CSV import: every problem is located', () => {
  const roleRow = (cells: string) => file('roles.csv', `${ROLES_HEADER}\n${cells}`);
  const cases: [string, () => ImportResult, string[]][] = [
    [
      'an unknown level',
      () => run(file('roles.csv', ROLES.replace('lead,Lead,management,senior', 'lead,Lead,management,boss'))),
      ["roles.csv row 4, column level: 'boss' is not one of entry, mid, senior, leadership"],
    ],
    [
      'an empty title',
      () => run(roleRow('a,,records,entry,none,,')),
      ['roles.csv row 2, column title: is required and must not be empty'],
    ],
    [
      'a 10,000-character title',
      () => run(roleRow(`a,${'x'.repeat(10_000)},records,entry,none,,`)),
      ['roles.csv row 2, column title: is 10,000 characters long; at most 120 are allowed'],
    ],
    [
      'a bad id',
      () => run(roleRow('Coder 2,Coder,coding,mid,none,,')),
      [`roles.csv row 2, column id: 'Coder 2' must be lower-case letters, digits, "_" or "-"`],
    ],
    [
      'a duplicate role id',
      () => run(file('roles.csv', `${ROLES}\ncoder,Other,coding,mid,none,,`)),
      ["roles.csv row 5, column id: duplicate role id 'coder' (first used on row 3)"],
    ],
    [
      'an unknown credential',
      () => run(roleRow('a,A,records,entry,none,,cca|xyz')),
      ["roles.csv row 2, column credentials: unknown credential 'xyz' (known: cca)"],
    ],
    [
      'missing required columns',
      () => run(file('roles.csv', 'id,title,track\na,A,records')),
      [
        "roles.csv row 1: missing required columns 'level', 'typical_education'; the header row must name id, title, track, level, typical_education",
      ],
    ],
    [
      'an unclosed quote',
      () => run(file('roles.csv', `${ROLES}\nx,"Broken,records,entry,none,,`)),
      ['roles.csv row 5: a quoted cell is never closed (a missing ")'],
    ],
    [
      'too many cells',
      () => run(roleRow('a,A,records,entry,none,,,surplus')),
      ['roles.csv row 2: has 8 cells but the header has 7 columns (a comma inside a cell needs "quotes")'],
    ],
    [
      'an unknown role in a move',
      () => run(file('roles.csv', ROLES), file('transitions.csv', `${MOVES}\nm4,coder,coder_2,advancement,1,,`)),
      ["transitions.csv row 5, column to: unknown role id 'coder_2'; it is not in roles.csv"],
    ],
    [
      'a self-loop',
      () => run(file('roles.csv', ROLES), file('transitions.csv', `${MOVES_HEADER}\nm1,coder,coder,lateral,1,,`)),
      ["transitions.csv row 2, column to: the move goes from 'coder' to itself"],
    ],
    [
      'negative years',
      () => run(file('roles.csv', ROLES), file('transitions.csv', `${MOVES_HEADER}\nm1,clerk,coder,advancement,-2,,`)),
      ["transitions.csv row 2, column years: '-2' is negative; it must be ≥ 0"],
    ],
    [
      'NaN years',
      () => run(file('roles.csv', ROLES), file('transitions.csv', `${MOVES_HEADER}\nm1,clerk,coder,advancement,NaN,,`)),
      ["transitions.csv row 2, column years: 'NaN' is not a number"],
    ],
    [
      'a range that excludes the typical value',
      () => run(file('roles.csv', ROLES), file('transitions.csv', `${MOVES_HEADER}\nm1,clerk,coder,advancement,5,1,2`)),
      ['transitions.csv row 2, column years: years_low ≤ years ≤ years_high does not hold (1 ≤ 5 ≤ 2)'],
    ],
    [
      'a repeated move',
      () => run(file('roles.csv', ROLES), file('transitions.csv', `${MOVES}\nm9,clerk,coder,lateral,1,,`)),
      ["transitions.csv row 5: repeats the move 'clerk' → 'coder' of transition 'm1'; keep one"],
    ],
    [
      'an unknown required credential',
      () =>
        run(
          file('roles.csv', ROLES),
          file('transitions.csv', 'from,to,years,requires_credentials\nclerk,coder,1,rhit'),
        ),
      ["transitions.csv row 2, column requires_credentials: unknown credential 'rhit' (known: cca)"],
    ],
    [
      'a bad boolean',
      () => run(file('roles.csv', ROLES), file('transitions.csv', 'from,to,years,estimated\nclerk,coder,1,maybe')),
      ["transitions.csv row 2, column estimated: 'maybe' is not true or false"],
    ],
    [
      'moves without roles',
      () => run(file('transitions.csv', MOVES)),
      ['transitions.csv: a transitions file needs its roles.csv: select both files together'],
    ],
    [
      'a header but no rows',
      () => run(file('roles.csv', `${ROLES_HEADER}\n\n`)),
      ['roles.csv: has a header row but no roles'],
    ],
    ['an empty file', () => run(file('roles.csv', '')), ['roles.csv: the file is empty']],
    ['a file of blanks', () => run(file('roles.csv', ' \n\n')), ['roles.csv: the file is empty (only blank space)']],
    [
      'Latin-1 bytes',
      () =>
        run({
          name: 'roles.csv',
          bytes: new Uint8Array([
            ...enc.encode(`${ROLES_HEADER}\na,Caf`),
            0xe9,
            ...enc.encode(',records,entry,none,,'),
          ]),
        }),
      [
        'roles.csv row 2, column title: this cell is not UTF-8 text (read as Windows-1252 it says \'Café\'), so the file mixes encodings or is not UTF-8; retype the cell, or save the file as UTF-8 (in Excel: "CSV UTF-8"), and try again',
      ],
    ],
    [
      'UTF-16',
      () => run({ name: 'roles.csv', bytes: new Uint8Array([0xff, 0xfe, 0x69, 0x00]) }),
      ['roles.csv: not UTF-8 text (it looks like UTF-16); save it as UTF-8 and try again'],
    ],
    [
      'a workbook',
      () => run(file('roles.xlsx', 'PK')),
      ['roles.xlsx: is a spreadsheet workbook; save each sheet as "CSV UTF-8" and import the .csv files'],
    ],
    [
      'JSON and CSV mixed',
      () => run(file('roles.csv', ROLES), file('d.json', '{}')),
      ['roles.csv, d.json: import either one .json file, or roles.csv with transitions.csv — not a mix'],
    ],
    [
      'JSON that is not JSON',
      () => run(file('careers.json', '{"version": 1,\n  "name": oops}')),
      ["careers.json line 2, column 11: not valid JSON: unexpected 'o'"],
    ],
    [
      'JSON cut short',
      () => run(file('careers.json', '{"version": 1, "roles": [')),
      ['careers.json line 1, column 26: not valid JSON: the text ends too early (a missing } or ]?)'],
    ],
    [
      'JSON with a trailing comma',
      () => run(file('careers.json', '{"a": [1,]}')),
      ["careers.json line 1, column 10: not valid JSON: unexpected ']'"],
    ],
    [
      'JSON with a line break inside a string (shown as \\n, not as a break in the message)',
      () => run(file('careers.json', '{"title": "a\nb"}')),
      ["careers.json line 1, column 13: not valid JSON: unexpected '\\n'"],
    ],
    [
      'JSON that is not a dataset',
      () => run(file('careers.json', '[]')),
      [
        'careers.json: is JSON, but not a dataset for this app (it has none of its parts: version, roles, transitions, credentials, sources, salaries, cpi)',
      ],
    ],
    [
      'JSON with an empty role title',
      () =>
        run(
          file(
            'careers.json',
            JSON.stringify({ ...base, roles: base.roles.map((r, i) => (i === 1 ? { ...r, title: ' ' } : r)) }),
          ),
        ),
      ['careers.json roles[1].title: must not be empty'],
    ],
    [
      'a duplicate transition id',
      () => run(file('roles.csv', ROLES), file('transitions.csv', `${MOVES}\nm2,clerk,lead,advancement,4,,`)),
      ["transitions.csv row 5, column id: duplicate transition id 'm2' (first used on row 3)"],
    ],
    [
      'an unknown role a move starts from',
      () => run(file('roles.csv', ROLES), file('transitions.csv', `${MOVES}\nm4,coder_2,coder,advancement,1,,`)),
      ["transitions.csv row 5, column from: unknown role id 'coder_2'; it is not in roles.csv"],
    ],
    [
      'a credential when the base data has none',
      () => importDataset([roleRow('a,A,records,entry,none,,cca')], { base: { ...base, credentials: [] } }),
      ["roles.csv row 2, column credentials: unknown credential 'cca' (there are none)"],
    ],
  ];

  it.each(cases)('%s', (_name, result, expected) => {
    const r = result();
    expect(r.ok).toBe(false);
    expect(messages(r)).toEqual(expected);
  });

  it('does not report moves to a role whose row has another problem as "unknown"', () => {
    const r = run(
      file('roles.csv', ROLES.replace('lead,Lead,management,senior', 'lead,Lead,management,boss')),
      file('transitions.csv', MOVES),
    );
    expect(messages(r)).toEqual(["roles.csv row 4, column level: 'boss' is not one of entry, mid, senior, leadership"]);
  });

  it('lists every problem of a file in one pass', () => {
    const r = run(file('roles.csv', `${ROLES_HEADER}\na,,records,boss,none,,\nb,B,nowhere,entry,none,,`));
    expect(messages(r)).toEqual([
      'roles.csv row 2, column title: is required and must not be empty',
      "roles.csv row 2, column level: 'boss' is not one of entry, mid, senior, leadership",
      "roles.csv row 3, column track: 'nowhere' is not one of records, coding, registry, documentation, analytics, privacy, revenue, management, education, feeder, other",
    ]);
  });
});

describe('CSV import: files as Excel and mixed tools write them', () => {
  const semicolons = (text: string) => text.replace(/,/g, ';');

  it.each([
    ['sep=;', (t: string) => `sep=;\r\n${semicolons(t)}`],
    ['"sep=;" with the trailing separators LibreOffice adds', (t: string) => `"sep=;";;;\n${semicolons(t)}`],
    ['sep=,', (t: string) => `sep=,\n${t}`],
    ['sep= and a tab', (t: string) => `sep=\t\n${t.replace(/,/g, '\t')}`],
    ['sep=\\t written out', (t: string) => `sep=\\t\n${t.replace(/,/g, '\t')}`],
    ['sep=; after a byte-order mark', (t: string) => `\ufeffsep=;\n${semicolons(t)}`],
  ])('reads a first line %s as the separator, not as a row', (_name, excel) => {
    const r = run(file('roles.csv', excel(ROLES)), file('transitions.csv', excel(MOVES)));
    expect(messages(r)).toEqual([]);
    expect(r.ok && r.dataset.roles.map((x) => x.title)).toEqual(['Clerk', 'Coder', 'Lead']);
    expect(r.ok && r.dataset.transitions.map((t) => t.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('keeps the spreadsheet row numbers after a sep= line (Excel hides it: the header is row 1)', () => {
    const r = run(
      file(
        'roles.csv',
        `sep=;\n${semicolons(ROLES.replace('lead,Lead,management,senior', 'lead,Lead,management,boss'))}`,
      ),
    );
    expect(messages(r)).toEqual(["roles.csv row 4, column level: 'boss' is not one of entry, mid, senior, leadership"]);
  });

  // A UTF-8 file (ó, é as two bytes each; row 2 spans two lines) with one cell pasted from Windows-1252 at @@.
  const MIXED = `${ROLES_HEADER}\nclerk,Auxiliar de admisión,records,entry,high school,"Admissions Clerk|\nIntake Clerk",\n"coder","Codificador, m@@",coding,mid,certificate,,\nlead,Direcci@@,management,senior,bachelor,,`;
  /** MIXED with `cell` as single Windows-1252 bytes at the @@ of row `row`, the other @@ dropped. */
  function mixed(row: 3 | 4, cell: string): Uint8Array {
    const at = row === 3 ? MIXED.indexOf('@@') : MIXED.lastIndexOf('@@');
    const [before, after] = [MIXED.slice(0, at), MIXED.slice(at + 2)].map((t) => t.replace('@@', ''));
    return new Uint8Array([...enc.encode(before), ...[...cell].map((c) => c.charCodeAt(0)), ...enc.encode(after)]);
  }

  it('locates the one Windows-1252 cell of a UTF-8 file (spreadsheet row, column) and says what it reads as', () => {
    const r = run({ name: 'roles.csv', bytes: mixed(3, '\u00e9dico') });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      {
        file: 'roles.csv',
        row: 3,
        field: 'title',
        message: expect.stringContaining("(read as Windows-1252 it says 'Codificador, médico')"),
      },
    ]);
  });

  it('says so in Spanish too', () => {
    overwriteGetLocale(() => 'es');
    try {
      expect(messages(run({ name: 'roles.csv', bytes: mixed(4, '\u00f3n') }))).toEqual([
        'roles.csv fila 4, columna title: esta celda no es texto UTF-8 (leída como Windows-1252 dice \'Dirección\'), así que el archivo mezcla codificaciones o no es UTF-8; vuelva a escribir la celda, o guarde el archivo como UTF-8 (en Excel: "CSV UTF-8"), e inténtelo de nuevo',
      ]);
    } finally {
      overwriteGetLocale(() => 'en');
    }
  });

  it('locates a JSON file that stops being UTF-8 by line and column', () => {
    const bytes = new Uint8Array([...enc.encode('{"version": 1,\n  "name": "Caf'), 0xe9, ...enc.encode('"}')]);
    expect(messages(run({ name: 'careers.json', bytes }))).toEqual([
      'careers.json line 2, column 15: not UTF-8 text; save it as UTF-8 (in Excel: "CSV UTF-8") and try again',
    ]);
  });
});

describe('CSV import: an unknown credential among many', () => {
  const roles = `${ROLES_HEADER}\na,A,records,entry,none,,xyz`;
  const withCredentials = (n: number) =>
    importDataset([file('roles.csv', roles)], {
      base: {
        ...base,
        credentials: Array.from({ length: n }, (_, i) => ({ ...base.credentials[0]!, id: `c${i + 1}` })),
      },
    });
  const twelve = 'c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12';

  it('names the first twelve credentials the base data knows, and says when there are more', () => {
    expect(messages(withCredentials(13))).toEqual([
      `roles.csv row 2, column credentials: unknown credential 'xyz' (known: ${twelve}, …)`,
    ]);
    expect(messages(withCredentials(12))).toEqual([
      `roles.csv row 2, column credentials: unknown credential 'xyz' (known: ${twelve})`,
    ]);
  });
});

describe('CSV import: a move row’s defaults and optional cells', () => {
  it('fills in what a blank cell means and keeps what a filled one says', () => {
    const moves = [
      'from,to,years,kind,years_low,estimated,method,requires_credentials,requires_education,note,source',
      'clerk,coder,1,,,,,,,,',
      'coder,lead,2,lateral,1,yes,,cca,associate,Needs a course.,Hospital HR survey 2025',
      'lead,clerk,0,,,,From the HR survey.,,,,',
    ].join('\n');
    const r = run(file('roles.csv', ROLES), file('transitions.csv', moves));
    expect(messages(r)).toEqual([]);
    if (!r.ok) return;
    const [plain, full, method] = r.dataset.transitions;
    expect(plain).toEqual({
      id: 't2',
      from: 'clerk',
      to: 'coder',
      kind: 'advancement',
      years: { typical: 1, low: 1, high: 1, estimated: false },
      requires: { credentials: [] },
      sources: ['user-transitions'],
    });
    expect(full).toEqual({
      id: 't3',
      from: 'coder',
      to: 'lead',
      kind: 'lateral',
      years: {
        typical: 2,
        low: 1,
        high: 2,
        estimated: true,
        method: 'Estimated in transitions.csv; the method was not stated.',
      },
      requires: { credentials: ['cca'], education: 'associate' },
      note: 'Needs a course.',
      sources: [full!.sources[0]],
      es: { method: 'Estimación de transitions.csv; no se indicó el método.' },
    });
    expect(r.dataset.sources.find((s) => s.id === full!.sources[0])).toMatchObject({
      title: 'Hospital HR survey 2025',
    });
    // A method is kept on a figure that is not an estimate too.
    expect(method?.years).toEqual({ typical: 0, low: 0, high: 0, estimated: false, method: 'From the HR survey.' });
    expect(method).not.toHaveProperty('es');
  });
});

describe('CSV import: a role row, every column', () => {
  const HEADER =
    'id,title,track,level,typical_education,description,alternate_titles,credentials,source,title_es,description_es,alternate_titles_es';
  const roles = (...rows: string[]) => run(file('roles.csv', [HEADER, ...rows].join('\n')));

  it('becomes the role a user sees, citing the row’s source for its titles and education', () => {
    const r = roles(
      'coder,Coder,coding,mid,certificate,Assigns codes.,Coding Specialist|Medical Coder,cca,Clinic HR ads 2026,Codificador/a,,codificador',
    );
    expect(messages(r)).toEqual([]);
    if (!r.ok) return;
    // Every documented column is read, none is said to be ignored.
    expect(r.warnings.map(formatProblem)).toEqual([
      'roles.csv: no transitions.csv was given, so the map has roles but no moves',
    ]);
    const cited = r.dataset.roles[0]!.sources;
    expect(r.dataset.sources.find((s) => s.id === cited[0])).toMatchObject({ title: 'Clinic HR ads 2026' });
    expect(r.dataset.roles[0]).toEqual({
      id: 'coder',
      title: 'Coder',
      track: 'coding',
      level: 'mid',
      soc: [],
      description: 'Assigns codes.',
      tasks: [],
      education: {
        typical: 'certificate',
        statements: [
          {
            text: 'Typical education given in roles.csv: Postsecondary certificate.',
            sources: cited,
            es: { text: 'Formación típica indicada en roles.csv: Certificado postsecundario.' },
          },
        ],
      },
      credentials: ['cca'],
      titles: [
        { text: 'Coding Specialist', sources: cited },
        { text: 'Medical Coder', sources: cited },
      ],
      sources: cited,
      // An English description and no Spanish one: the Spanish shows the English, not a "none given" note.
      es: { title: 'Codificador/a', titles: ['codificador'] },
    });
  });

  it('refuses over-long cells at their column, and Spanish search titles without a Spanish title', () => {
    const long = (n: number) => 'x'.repeat(n);
    // A title is quoted cut to its first 40 characters.
    const quoted = `'${long(40)}…'`;
    expect(
      messages(
        roles(
          `a,A,records,entry,none,${long(2001)},${long(201)},,${long(301)},${long(121)},,`,
          `b,B,records,entry,none,,,,,B es,${long(2001)},${long(201)}`,
          'c,C,records,entry,none,,,,,,,buscador',
        ),
      ),
    ).toEqual([
      'roles.csv row 2, column description: is 2,001 characters long; at most 2,000 are allowed',
      'roles.csv row 2, column source: is 301 characters long; at most 300 are allowed',
      `roles.csv row 2, column alternate_titles: the title ${quoted} is longer than 200 characters`,
      'roles.csv row 2, column title_es: is 121 characters long; at most 120 are allowed',
      'roles.csv row 3, column description_es: is 2,001 characters long; at most 2,000 are allowed',
      `roles.csv row 3, column alternate_titles_es: the title ${quoted} is longer than 200 characters`,
      'roles.csv row 4, column title_es: is required when description_es or alternate_titles_es is given',
    ]);
    // At the limits every cell is read.
    expect(
      messages(
        roles(
          `a,A,records,entry,none,${long(2000)},${long(200)},,${long(300)},${long(120)},${long(2000)},${long(200)}`,
        ),
      ),
    ).toEqual([]);
  });

  it('writes the stock English description in English while the interface is in Spanish', () => {
    overwriteGetLocale(() => 'es');
    try {
      const r = roles('a,A,records,entry,none,,,,,A es,,');
      expect(r.ok && r.dataset.roles[0]?.description).toBe('No description was given in roles.csv.');
      expect(r.ok && r.dataset.roles[0]?.es?.description).toBe('No se dio ninguna descripción en roles.csv.');
    } finally {
      overwriteGetLocale(() => 'en');
    }
  });

  it('reports two rows with bad ids for their ids, not as a duplicate of each other', () => {
    expect(messages(roles('Bad Id,A,records,entry,none,,,,,,,', 'Other Bad,B,records,entry,none,,,,,,,'))).toEqual([
      `roles.csv row 2, column id: 'Bad Id' must be lower-case letters, digits, "_" or "-"`,
      `roles.csv row 3, column id: 'Other Bad' must be lower-case letters, digits, "_" or "-"`,
    ]);
  });
});
