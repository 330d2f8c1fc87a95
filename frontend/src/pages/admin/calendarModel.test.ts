import { describe, expect, it } from 'vitest';
import { weekdayOf, yearRange } from './calendarModel';
import { dateToApiTime } from '../../lib/format';

describe('calendar dates', () => {
  it('reads the weekday from the date part, whatever the zone', () => {
    expect(weekdayOf('2026-10-01T00:00:00Z')).toBe(4); // National Day 2026 is a Thursday
    expect(weekdayOf('2026-09-27T00:00:00+08:00')).toBe(0);
  });

  it('asks for one calendar year and sends a picked day as that day', () => {
    expect(yearRange(2026)).toEqual({ from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' });
    expect(dateToApiTime('2026-10-01')).toBe('2026-10-01T00:00:00Z');
  });
});
