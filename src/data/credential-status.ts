/**
 * Whether a credential's eligibility was read on the awarding body's own page. Only `verified`
 * was: `unverified` comes from a secondary source and `seed` from the seed pages alone (RHIT: "not
 * re-checked on the current AHIMA page"), so both carry the "not verified" mark wherever eligibility
 * is shown (the role panel's credentials, a plan's exam steps).
 */
import type { Credential } from './schema';

export function eligibilityVerified(credential: Pick<Credential, 'status'>): boolean {
  return credential.status === 'verified';
}
