/**
 * What an outlook figure counts, in words: a bare "215,500" or "11%" is not something a
 * counselor can repeat, and a job count projected in 2008 for 2016 must not read as a count.
 * The source's own words stay beside it (the role panel shows them as printed).
 */
import type { Outlook } from '../data/schema';
import type { Locale } from '../i18n/locale';
import { formatCount, formatNumber, localeOr } from '../i18n/numbers';
import { m } from '../paraglide/messages.js';

/** Growth and change over a period are projections; a job count is one unless the data says so. */
export function isProjection(o: Pick<Outlook, 'metric' | 'projected'>): boolean {
  return o.projected ?? o.metric !== 'employment';
}

/** "2018-2028" → "2018–2028"; a period in words keeps them, in Spanish where the data has them. */
function periodText(o: Pick<Outlook, 'period' | 'es'>, locale: Locale): string {
  if (/^\d{4}(-\d{2,4})?$/.test(o.period)) return o.period.replace('-', '–');
  return locale === 'es' ? (o.es?.period ?? o.period) : o.period;
}

/** "Projected growth in the number of jobs, 2018–2028: 11%" / "Number of jobs in 2018: 215,500". */
export function outlookMeaning(o: Outlook, locale?: Locale): string {
  const loc = localeOr(locale);
  const period = periodText(o, loc);
  const signed = (n: number) => (n > 0 ? '+' : '') + formatCount(n, loc);
  switch (o.metric) {
    case 'growth_pct':
      return m.outlook_growth(
        { period, value: `${o.value > 0 ? '+' : ''}${formatNumber(o.value, 1, loc)}%` },
        { locale: loc },
      );
    case 'employment_change':
      return m.outlook_change({ period, value: signed(o.value) }, { locale: loc });
    case 'employment':
      return (isProjection(o) ? m.outlook_jobs_projected : m.outlook_jobs)(
        { period, value: formatCount(o.value, loc) },
        { locale: loc },
      );
  }
}
