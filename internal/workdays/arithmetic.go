package workdays

import "time"

// AddWorkdays returns the date of the n-th working day after start's China
// date. The start day itself is never counted (a time limit runs from the day
// after acceptance), so for n ≥ 1 the result is always a working day, even
// when start is a holiday or a weekend. n = 0 returns start's date; n < 0
// returns the |n|-th working day before start's date.
//
// For n ≥ 0, WorkdaysBetween(start, AddWorkdays(start, n)) == n.
func (c *Calendar) AddWorkdays(start time.Time, n int) time.Time {
	s := dayOf(start)
	switch {
	case n > 0:
		return c.nthWorkday(c.before(s+1) + n - 1).time()
	case n < 0:
		return c.nthWorkday(c.before(s) + n).time()
	}
	return s.time()
}

// WorkdaysBetween returns the number of working days in (from, to], on China
// dates: the day of from is not counted, the day of to is. It is 0 on the
// same day and negative when to is before from (minus the count in (to, from]).
func (c *Calendar) WorkdaysBetween(from, to time.Time) int {
	return c.before(dayOf(to)+1) - c.before(dayOf(from)+1)
}

// before returns the number of working days before d, counted from day 0
// (negative before 1970). Differences of it are working-day counts, and for a
// working day it is its ordinal, the inverse of nthWorkday.
func (c *Calendar) before(d day) int {
	switch {
	case d <= c.lo:
		return weekdaysBefore(d)
	case d >= c.hi:
		return weekdaysBefore(d) + c.delta
	default:
		return c.cumLo + int(c.cum[d-c.lo])
	}
}

// nthWorkday returns the working day whose ordinal (see before) is k.
func (c *Calendar) nthWorkday(k int) day {
	switch {
	case k < c.cumLo:
		return nthWeekday(k)
	case k >= c.cumLo+len(c.nth):
		return nthWeekday(k - c.delta)
	default:
		return c.lo + day(c.nth[k-c.cumLo])
	}
}
