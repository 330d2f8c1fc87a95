import type { AppLocale } from '../../../lib/format';

const intlLocale: Record<AppLocale, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

/** A rate (0–1) as a percentage with up to one decimal: 0.7427 → "74.3%". */
export function formatRate(rate: number, locale: AppLocale): string {
  if (!Number.isFinite(rate)) return '—';
  return new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** Working days with up to two decimals: 1.5714 → "1.57". */
export function formatDays(days: number, locale: AppLocale): string {
  if (!Number.isFinite(days)) return '—';
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 }).format(days);
}

/**
 * The speed-up as people read it: "faster by 74.3%" when positive,
 * "slower by 12%" (as a positive figure) when cases took longer than promised.
 */
export function speedUpOf(speedUp: number, locale: AppLocale): { faster: boolean; text: string } {
  return { faster: speedUp >= 0, text: formatRate(Math.abs(speedUp), locale) };
}

/** Average promised and actual working days per case; zero without cases. */
export function averages(s: { closed: number; promisedDays: number; actualDays: number }): { promised: number; actual: number } {
  if (s.closed <= 0) return { promised: 0, actual: 0 };
  return { promised: s.promisedDays / s.closed, actual: s.actualDays / s.closed };
}

/** The county's time zone: periods are whole days there, wherever the browser is. */
const COUNTY_OFFSET = '+08:00';

function nextDay(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  const n = new Date(Date.UTC(y, m - 1, d + 1));
  return n.toISOString().slice(0, 10);
}

/**
 * A period of whole days [first, last] (YYYY-MM-DD, both included) as the
 * API's half-open [from, to) instants at the county's midnight.
 */
export function periodToApi(first: string, last: string): { from: string; to: string } {
  return { from: `${first}T00:00:00${COUNTY_OFFSET}`, to: `${nextDay(last)}T00:00:00${COUNTY_OFFSET}` };
}

/** The default period: twelve calendar months, the current one included (the 1st eleven months back .. today). */
export function defaultPeriod(today: string): [string, string] {
  const [y, m] = today.split('-').map(Number);
  const start = new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10);
  return [start, today];
}

/** A rate as a percentage number for charts, one decimal: 0.74268 → 74.3. */
export function percent(rate: number): number {
  return Math.round(rate * 1000) / 10;
}
