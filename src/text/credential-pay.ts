/**
 * What a route's credentials do to pay, as far as the sources say. BLS publishes one figure per
 * occupation, so a move inside one occupation (coder → facility coder with the CCS) cannot show
 * a pay difference; a credential body's own claim (NCRA for the ODS) is said to be one, and a
 * credential no source speaks for says so rather than borrowing a number.
 */
import { sourcedText } from '../data/localize';
import { citation } from './format';
import type { Locale } from '../i18n/locale';
import { localeOr } from '../i18n/numbers';
import type { CareerModel } from '../graph/model';
import { NO_JOB, type Route } from '../graph/routes';
import { roleHeadline } from '../graph/salary/pick-figure';
import { m as msg } from '../paraglide/messages.js';

/** One line per credential the route earns: the sourced pay difference, or that there is none. */
export function credentialPayLines(
  model: Pick<CareerModel, 'credentials' | 'sources'>,
  route: Pick<Route, 'newCredentials'>,
  locale?: Locale,
): string[] {
  const o = { locale: localeOr(locale) };
  return route.newCredentials.map((id) => {
    const c = model.credentials.get(id);
    const abbr = c?.abbr ?? id;
    if (!c?.payNote) return msg.rc_cred_no_pay({ abbr }, o);
    const source = c.payNote.sources.map((s) => citation(model.sources.get(s), o.locale)).join('; ');
    return msg.rc_cred_pay({ abbr, text: sourcedText(c.payNote, o.locale).text, source }, o);
  });
}

/** True when the route's start and end are paid by the same published figure (one occupation's). */
export function sameFigureAtBothEnds(
  model: Pick<CareerModel, 'roles' | 'salariesByRole' | 'sources'>,
  route: Pick<Route, 'roles'>,
): boolean {
  const first = route.roles[0];
  const last = route.roles[route.roles.length - 1];
  if (!first || !last || first === NO_JOB || first === last) return false;
  const a = roleHeadline(model, first);
  const b = roleHeadline(model, last);
  return a.ok && b.ok && a.picked.point.id === b.picked.point.id;
}
