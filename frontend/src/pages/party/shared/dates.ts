/**
 * Days as the party API takes them: a Chinese calendar day is sent as
 * midnight in China ("YYYY-MM-DDT00:00:00+08:00"); the server stores it as
 * that date at midnight UTC, which formatDate shows as the same day.
 */
export function dayToApi(ymd: string): string {
  return `${ymd}T00:00:00+08:00`;
}

/** A day value or undefined (an empty date input). */
export function dayOrUndefined(ymd: unknown): string | undefined {
  return typeof ymd === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(ymd) ? dayToApi(ymd) : undefined;
}

/** Today in China as YYYY-MM-DD, the day the server calls today whatever the browser's zone. */
export function chinaToday(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** This year in China. */
export function chinaYear(now: Date = new Date()): number {
  return Number(chinaToday(now).slice(0, 4));
}
