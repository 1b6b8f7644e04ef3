/**
 * roles.csv's hiring columns (issue 23, item 1): what each job asks for, with its strength, read
 * from a spreadsheet — rules that all apply ("&"), alternatives ("|"), items all needed ("+"),
 * experience as kind:years — citing the row's source or marked an inference; the credentials they
 * name come along from the built-in data; a bad cell is named by row and column; and the rules
 * open routes in the imported data, as they do in the built-in one.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/data/import/import';
import type { ImportResult } from '../../src/data/import/types';
import { formatProblem } from '../../src/data/import/problem-text';
import { builtinDataset } from '../../src/data/builtin';
import { createModel } from '../../src/graph/model';
import { kBestRoutes } from '../../src/graph/routes';
import { datasetToJson } from '../../src/data/export/json';

const enc = new TextEncoder();
const file = (name: string, text: string) => ({ name, bytes: enc.encode(text) });
const HEADER =
  'id,title,track,level,typical_education,source,hiring_required,hiring_typical,hiring_recommended,hiring_inference';
const run = (...rows: string[]): ImportResult =>
  importDataset([file('roles.csv', [HEADER, ...rows].join('\n'))], { base: builtinDataset });
const messages = (r: ImportResult) => (r.ok ? [] : r.problems.map(formatProblem));

const ROWS = [
  'clinic_clerk,Clinic Records Clerk,records,entry,high school,,,high school,,',
  'clinic_coder,Clinic Coder,coding,entry,certificate,Clinic HR job ads 2026,,cca|cpc-a,coding_certificate,',
  'clinic_lead,Coding Lead,coding,mid,associate,,,associate+rhit|bachelor+rhia & coding:3,,true',
  'tumor_abstractor,Tumor Abstractor,registry,mid,associate,,CTR,,,true',
];

describe('CSV import: hiring rules', () => {
  it('reads rules, alternatives and items with their strength, sources or inference mark', () => {
    const r = run(...ROWS);
    expect(messages(r)).toEqual([]);
    if (!r.ok) return;
    const role = (id: string) => r.dataset.roles.find((x) => x.id === id)!;
    expect(role('clinic_clerk').hiring).toEqual([
      { strength: 'typical', anyOf: [{ education: 'high_school' }], sources: ['user-roles'] },
    ]);
    const coder = role('clinic_coder');
    expect(coder.hiring).toEqual([
      { strength: 'typical', anyOf: [{ credentials: ['cca'] }, { credentials: ['cpc-a'] }], sources: coder.sources },
      { strength: 'recommended', anyOf: [{ programs: ['coding_certificate'] }], sources: coder.sources },
    ]);
    expect(r.dataset.sources.find((s) => s.id === coder.sources[0])).toMatchObject({ title: 'Clinic HR job ads 2026' });
    expect(role('clinic_lead').hiring).toEqual([
      {
        strength: 'typical',
        anyOf: [
          { education: 'associate', credentials: ['rhit'] },
          { education: 'bachelor', credentials: ['rhia'] },
        ],
        sources: ['user-roles'],
        inference: true,
      },
      {
        strength: 'typical',
        anyOf: [{ experience: [{ kind: 'coding', years: 3 }] }],
        sources: ['user-roles'],
        inference: true,
      },
    ]);
    // The ODS's id before NCRA renamed it in 2024 reads as the current one.
    expect(role('tumor_abstractor').hiring?.[0]).toMatchObject({
      strength: 'required',
      anyOf: [{ credentials: ['ods'] }],
    });
    // The credentials the rules name come along, with those their own eligibility rules name.
    expect(r.dataset.credentials.map((c) => c.id)).toEqual(
      expect.arrayContaining(['cca', 'cpc-a', 'rhit', 'rhia', 'ods']),
    );
  });

  it('names each bad cell by row and column', () => {
    const r = run(
      'a,A,coding,entry,certificate,,,cca+dragon,,',
      'b,B,coding,mid,associate,,,associate+bachelor,,',
      'c,C,coding,mid,associate,,,knitting:2|coding:0,,',
      'd,D,coding,mid,associate,,,cca,,maybe',
    );
    expect(messages(r)).toEqual([
      "roles.csv row 2, column hiring_typical: 'dragon' is not an education level, a program, a credential or experience written kind:years (coding:2)",
      'roles.csv row 3, column hiring_typical: one alternative names two education levels (associate and bachelor); write one, or separate alternatives with "|"',
      "roles.csv row 4, column hiring_typical: 'knitting:2' is not experience written kind:years, with kind one of coding, cancer_registry, cdi, health_data, privacy_security and years above 0 and at most 40",
      "roles.csv row 4, column hiring_typical: 'coding:0' is not experience written kind:years, with kind one of coding, cancer_registry, cdi, health_data, privacy_security and years above 0 and at most 40",
      "roles.csv row 5, column hiring_inference: 'maybe' is not true or false",
    ]);
  });

  it('opens routes no listed move gives: the clerk reaches the coder job through its rules', () => {
    const r = run(...ROWS);
    if (!r.ok) throw new Error(messages(r).join('\n'));
    const model = createModel(r.dataset);
    const [route] = kBestRoutes(model.graph, 'clinic_clerk', 'clinic_coder', { k: 1 });
    expect(route?.moves.map((m) => [m.from, m.to, m.derived])).toEqual([['clinic_clerk', 'clinic_coder', true]]);
    // The recommended coding course is counted before the CCA.
    expect(route?.newPrograms).toEqual(['coding_certificate']);
  });

  it('the JSON export carries every role’s hiring rules back in whole', () => {
    const r = importDataset([file('careers.json', datasetToJson(builtinDataset))], { base: builtinDataset });
    expect(messages(r)).toEqual([]);
    // A valid JSON dataset imports without a warning for the reader to weigh.
    expect(r.ok && r.warnings).toEqual([]);
    const rules = (roles: typeof builtinDataset.roles) => roles.map((x) => [x.id, x.hiring]);
    expect(r.ok && rules(r.dataset.roles)).toEqual(rules(builtinDataset.roles));
    expect(builtinDataset.roles.filter((x) => x.hiring?.length).length).toBeGreaterThan(30);
  });

  it('reads items as a spreadsheet user writes them: spaces, capitals, decimal commas, stray separators', () => {
    const r = run(
      'a,A,registry,mid,associate,,,"High School + Cancer Registry: 1,5 + coding:2 + Coding_Certificate",,',
      'b,B,coding,mid,associate,,,cca+CCA + rhit|,,',
      'c,C,coding,mid,associate,,, cca & & associate+ ,,false',
      'd,D,coding,mid,associate,,,rhit |  | cca,,',
    );
    expect(messages(r)).toEqual([]);
    if (!r.ok) return;
    const hiring = (id: string) => r.dataset.roles.find((x) => x.id === id)!.hiring;
    expect(hiring('a')).toEqual([
      {
        strength: 'typical',
        anyOf: [
          {
            education: 'high_school',
            experience: [
              { kind: 'cancer_registry', years: 1.5 },
              { kind: 'coding', years: 2 },
            ],
            programs: ['coding_certificate'],
          },
        ],
        sources: ['user-roles'],
      },
    ]);
    // A credential named twice is needed once; an empty alternative after "|" is no alternative.
    expect(hiring('b')).toEqual([
      { strength: 'typical', anyOf: [{ credentials: ['cca', 'rhit'] }], sources: ['user-roles'] },
    ]);
    // An alternative of spaces is no alternative either (an empty one would let anyone in).
    expect(hiring('d')).toEqual([
      { strength: 'typical', anyOf: [{ credentials: ['rhit'] }, { credentials: ['cca'] }], sources: ['user-roles'] },
    ]);
    // Empty rules between "&" and a trailing "+" are ignored; "false" leaves no inference mark.
    expect(hiring('c')).toEqual([
      { strength: 'typical', anyOf: [{ credentials: ['cca'] }], sources: ['user-roles'] },
      { strength: 'typical', anyOf: [{ education: 'associate' }], sources: ['user-roles'] },
    ]);
  });

  it('reads experience only when the whole item is kind:years', () => {
    const quarter = run('a,A,coding,mid,associate,,,coding:1.25,,');
    expect(quarter.ok && quarter.dataset.roles.find((x) => x.id === 'a')!.hiring?.[0]?.anyOf).toEqual([
      { experience: [{ kind: 'coding', years: 1.25 }] },
    ]);
    // Text before the kind or after the years is not dropped to leave something that reads.
    expect(messages(run('a,A,coding,mid,associate,,,coding:2 years|#coding:2,,'))).toEqual([
      "roles.csv row 2, column hiring_typical: 'coding:2 years' is not an education level, a program, a credential or experience written kind:years (coding:2)",
      "roles.csv row 2, column hiring_typical: '#coding:2' is not an education level, a program, a credential or experience written kind:years (coding:2)",
    ]);
  });

  it('takes up to 40 years of experience and refuses more, and a bad item spoils its whole rule', () => {
    const ok = run('a,A,coding,senior,bachelor,,,coding:40,,');
    expect(messages(ok)).toEqual([]);
    expect(ok.ok && ok.dataset.roles.find((x) => x.id === 'a')!.hiring?.[0]?.anyOf).toEqual([
      { experience: [{ kind: 'coding', years: 40 }] },
    ]);
    const bad = run('a,A,coding,senior,bachelor,,cca,coding:40.5|rhit,,');
    expect(messages(bad)).toEqual([
      "roles.csv row 2, column hiring_typical: 'coding:40.5' is not experience written kind:years, with kind one of coding, cancer_registry, cdi, health_data, privacy_security and years above 0 and at most 40",
    ]);
  });
});
