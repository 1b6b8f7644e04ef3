/**
 * The route planner's From and To find what the main search finds (issue 23): a credential's
 * abbreviation or name stands for the roles that ask for it, and every option is a role that
 * says where the typed title lands.
 */
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtin';
import { buildSearchIndex, search, searchRoles } from '../../src/graph/search';

const index = buildSearchIndex(builtinDataset);
const roles = (query: string, locale?: 'en' | 'es') => searchRoles(index, query, { locale });
const ids = (query: string) => roles(query).map((r) => r.roleId);

describe('searchRoles', () => {
  it('turns a credential into the roles that ask for it, named after the role, the credential kept', () => {
    // CTR is the ODS's name before 2024: people still type it.
    const ctr = roles('CTR');
    expect(ctr.map((r) => r.roleId)).toEqual(['registrar', 'registry_manager']);
    expect(ctr[0]).toMatchObject({
      kind: 'role',
      matchedText: 'CTR',
      title: 'Cancer / Tumor Registrar',
      viaAlternate: true,
      credentialId: 'ods',
      roleIds: ['registrar'],
    });
    expect(ids('CCS').slice(0, 3)).toEqual(['coder_facility', 'coding_auditor', 'coding_manager']);
    expect(ids('certified tumor registrar')).toContain('registrar');
  });

  it('prefers a role’s own alternate title to a credential it asks for', () => {
    // "RHIT" is the technician's own title ("Registered Health Information Technician (RHIT)") and a credential.
    const [first] = roles('RHIT');
    expect(first).toMatchObject({ roleId: 'hit', matchedText: 'RHIT' });
    expect(first!.credentialId).toBeUndefined();
    expect(ids('RHIT')).toEqual(expect.arrayContaining(['him_supervisor', 'coding_manager']));
  });

  it('finds job-ad titles, misspellings and Spanish titles, each landing on one role', () => {
    expect(roles('front desk')[0]).toMatchObject({
      roleId: 'patient_access',
      matchedText: 'Front Desk Receptionist',
      title: 'Patient Access / Patient Service Representative',
    });
    expect(ids('medcal coder')[0]).toBe('coder');
    expect(roles('registrador de tumores', 'es')[0]).toMatchObject({
      roleId: 'registrar',
      title: 'Registrador/a de tumores (cáncer)',
    });
    expect(roles('CTR', 'es')[0]!.title).toBe('Registrador/a de tumores (cáncer)');
  });

  it('offers each role once, never a credential, at most `limit`', () => {
    for (const q of ['coder', 'CCS', 'manager', 'registro', 'rhia']) {
      const found = searchRoles(index, q, { limit: 5 });
      expect(found.length).toBeLessThanOrEqual(5);
      expect(found.every((r) => r.kind === 'role' && r.roleId)).toBe(true);
      expect(new Set(found.map((r) => r.roleId)).size).toBe(found.length);
    }
  });

  it('finds a role for every query the main search answers with a credential asked for by some role', () => {
    for (const c of builtinDataset.credentials) {
      const main = search(index, c.abbr);
      const asked = main.find((r) => r.credentialId === c.id)?.roleIds ?? [];
      for (const roleId of asked) expect(ids(c.abbr), `${c.abbr} → ${roleId}`).toContain(roleId);
    }
  });
});
