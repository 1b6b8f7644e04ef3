/**
 * Credentials get renamed (NCRA's CTR became the ODS in 2024), while share links, saved plans
 * and exported files keep the id they were made with. These turn such an id into the id the
 * credential has now (`credentials[].formerly[].id`), so an old link or plan still opens.
 */
import type { Credential } from './schema';

type Named = Pick<Credential, 'id' | 'formerly'>;

/** The credential's current id; an id the data does not know comes back unchanged. */
export function currentCredentialId(credentials: readonly Named[], id: string): string {
  if (credentials.some((c) => c.id === id)) return id;
  return credentials.find((c) => c.formerly?.some((f) => f.id === id))?.id ?? id;
}

/** currentCredentialId of each, in order, each id once (a plan naming "ctr" and "ods" holds one credential). */
export function currentCredentialIds(credentials: readonly Named[], ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => currentCredentialId(credentials, id)))];
}
