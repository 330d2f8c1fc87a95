/** The API's [from, to) of a calendar year, as calendar dates at UTC midnight (how dates are stored). */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01T00:00:00Z`, to: `${year + 1}-01-01T00:00:00Z` };
}

/** Day of the week (0 = Sunday) of a stored date, read from its date part so no time zone shifts it. */
export function weekdayOf(value: string): number {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
