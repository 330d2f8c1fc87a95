/**
 * Locale-aware formatting of dates, times and numbers. Money has its own
 * module (money.ts) because it must never pass through a float.
 */

export type AppLocale = 'zh-CN' | 'en';

const intlLocale: Record<AppLocale, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

const DATE_ONLY_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Formats a calendar date (for example a registration date). Only the
 * YYYY-MM-DD part of the value is used, so a date stored as midnight in
 * the server's zone shows as the same day in every browser time zone.
 */
export function formatDate(value: string | null | undefined, locale: AppLocale): string {
  if (!value) return '';
  const m = DATE_ONLY_RE.exec(value);
  if (!m) return value;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(intlLocale[locale], {
    year: 'numeric',
    month: locale === 'zh-CN' ? 'long' : 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** Formats an instant (RFC 3339) in the browser's time zone, to the minute. */
export function formatDateTime(value: string | null | undefined, locale: AppLocale): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

/** Formats an integer or decimal count with locale grouping. */
export function formatNumber(value: number | bigint, locale: AppLocale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/** Turns a YYYY-MM-DD date into the RFC 3339 instant the API's Time expects. */
export function dateToApiTime(ymd: string): string {
  return `${ymd}T00:00:00Z`;
}

/** The YYYY-MM-DD part of an API Time, or '' when absent. */
export function apiTimeToDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = DATE_ONLY_RE.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : '';
}

const SIZE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * A file size in binary units (1 KB = 1024 B, as file managers on Windows
 * show it, which is what people compare against): whole bytes below 1 KB,
 * one decimal below 10 of a unit, whole units above.
 */
export function formatFileSize(bytes: number, locale: AppLocale): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // 1023.96 KB would round to "1,024 KB": show it as the next unit instead.
  if (unit > 0 && unit < SIZE_UNITS.length - 1 && Math.round(value) >= 1024) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const n = new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: digits }).format(value);
  return `${n} ${SIZE_UNITS[unit]}`;
}
