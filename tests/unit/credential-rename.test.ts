/**
 * NCRA renamed the CTR (Certified Tumor Registrar) to the ODS (Oncology Data Specialist) in 2024.
 * The built-in data calls it ODS everywhere a reader sees it; links, plans and files made while it
 * was "ctr" still open it.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { currentCredentialId, currentCredentialIds } from '../../src/data/credential-ids';
import { validateDataset } from '../../src/data/validate';
import { createModel } from '../../src/graph/model';
import { decodePlan, encodePlan } from '../../src/plans/share-link';
import { planConstraints, planFromRoute, resolvePlanRoute } from '../../src/plans/plan-routes';

const model = createModel(builtinDataset);
const credentials = builtinDataset.credentials;

describe('the ODS, formerly the CTR', () => {
  it('is named ODS, with the old name, the year of the rename and what holders write', () => {
    const ods = credentials.find((c) => c.id === 'ods');
    expect(ods).toMatchObject({ abbr: 'ODS', name: 'Oncology Data Specialist', body: 'NCRA', postNominal: 'ODS-C' });
    expect(ods?.formerly).toEqual([
      expect.objectContaining({ id: 'ctr', abbr: 'CTR', name: 'Certified Tumor Registrar', until: 2024 }),
    ]);
    expect(credentials.some((c) => c.id === 'ctr' || c.abbr === 'CTR')).toBe(false);
    expect(model.roles.get('registrar')?.credentials).toEqual(['ods']);
  });

  it('no text of ours still calls it the CTR, outside quotes of pages written before the rename', () => {
    const { sources, salaries, outlook, paths, ...ours } = builtinDataset;
    void [sources, salaries, outlook, paths];
    const texts: string[] = [];
    JSON.stringify(ours, (key, value: unknown) => {
      if (key === 'formerly') return undefined; // the old name, kept on purpose
      if (typeof value === 'string') texts.push(value);
      return value;
    });
    // What is left of each text once its quoted passages are taken out.
    const mentions = texts.flatMap((t) => t.replace(/"[^"]*"/g, '""').match(/.{0,30}\bCTR\b.{0,12}/g) ?? []);
    const pastTense = /then called the CTR|entonces llamada CTR|before the rename: CTRs|cambio de nombre: los CTR/;
    expect(mentions.filter((t) => !pastTense.test(t))).toEqual([]);
  });

  it('maps an old id to the current one and leaves other ids alone', () => {
    expect(currentCredentialId(credentials, 'ctr')).toBe('ods');
    expect(currentCredentialId(credentials, 'ods')).toBe('ods');
    expect(currentCredentialId(credentials, 'ghost')).toBe('ghost');
    expect(currentCredentialIds(credentials, ['ctr', 'rhit', 'ods'])).toEqual(['ods', 'rhit']);
  });

  it('a shared plan saved while the credential was "ctr" still counts it as held', () => {
    const old = planFromRoute(
      { roles: ['registrar', 'registry_manager'] },
      { heldCredentials: ['ctr'], education: 'associate', now: new Date('2025-06-01T00:00:00Z'), id: 'p-ctr' },
    );
    const link = encodePlan(old);
    if (!link.ok) throw new Error(link.message);
    const opened = decodePlan(link.value);
    if (!opened.ok) throw new Error(opened.message);
    expect(planConstraints(model, opened.plan).heldCredentials).toEqual(['ods']);
    const resolved = resolvePlanRoute(model, opened.plan, opened.plan.routes[0]!);
    expect(resolved.ok).toBe(true);
    // Holding the ODS already, the registrar needs no exam to become a registry manager.
    if (resolved.ok) expect(resolved.route.newCredentials).not.toContain('ods');
  });

  it('a dataset may not give a former id to another credential', () => {
    const clash = structuredClone(builtinDataset);
    const at = clash.credentials.findIndex((c) => c.id === 'ods');
    clash.credentials[at]!.formerly![0]!.id = 'rhit';
    const result = validateDataset(clash);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(`credentials[${at}].formerly[0].id`);
  });
});

describe('a CSV written with the old id', () => {
  it('imports a role that asks for "ctr" as asking for the ODS', async () => {
    const { importDataset } = await import('../../src/data/import/import');
    const enc = new TextEncoder();
    const roles = [
      'id,title,track,level,typical_education,alternate_titles,credentials',
      'reg,Registrar,registry,mid,associate,,ctr',
    ].join('\n');
    const r = importDataset([{ name: 'roles.csv', bytes: enc.encode(roles) }], { base: builtinDataset });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.dataset.roles[0]?.credentials).toEqual(['ods']);
      expect(r.dataset.credentials.map((c) => c.id)).toContain('ods');
    }
  });
});
