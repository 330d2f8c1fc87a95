package workdays

import (
	"maps"
	"slices"
	"sync"
	"time"
)

// Override says what one day is, against the plain rule that Monday–Friday
// are working days: a public holiday (Workday false, possibly on a weekday)
// or a make-up working day (Workday true, possibly on a weekend). Name is
// the holiday it belongs to, e.g. "春节"; for a make-up working day it is the
// holiday the day was swapped for.
//
// Date is converted to its China date ([DateOf]), so a DATE column read back
// as UTC midnight lands on the right day.
type Override struct {
	Date    time.Time
	Workday bool
	Name    string
}

// Calendar tells working days from days off. It is immutable after
// construction and safe for concurrent use. The zero Calendar covers no year
// and counts Monday–Friday only.
type Calendar struct {
	// The index spans [lo, hi): from 1 January of the first covered year to
	// 1 January after the last. Outside it every day follows the weekday rule,
	// so the count there is weekdaysBefore plus a constant.
	lo, hi day
	// cumLo is the number of working days before lo (= weekdaysBefore(lo)).
	cumLo int
	// delta is how far the calendar's count has drifted from the weekday count
	// by hi: holidays minus make-up days in the covered span.
	delta int
	// cum[i] is the number of working days in [lo, lo+i); len(cum) = hi-lo+1.
	cum []int32
	// nth[k] is the offset from lo of the k-th working day in [lo, hi).
	nth []int32

	names map[day]string
	years []int // covered years, ascending
}

// New returns the calendar of the compiled-in base data for [BaseFrom] to
// [BaseTo] with the overrides applied on top. Later overrides for the same
// date win over earlier ones.
//
// To remove a base entry, override it with what the day would ordinarily be
// (Workday true on a weekday, false on a weekend); or build the calendar with
// [NewFrom] from a table that was seeded with [Base] and edited.
func New(overrides ...Override) *Calendar {
	return NewFrom(defaultBase(), overrides...)
}

// NewFrom returns the calendar of base with overrides applied on top: an
// override replaces the base entry for its date, name included. Within each
// list the last entry for a date wins.
//
// The index costs about 2.5 KB per year from the first covered year to the
// last, so the entries should be validated (sensible years) before they get
// here. Entries with a zero Date (an empty form field) are skipped rather than
// turning year 1 into a covered year.
func NewFrom(base []Override, overrides ...Override) *Calendar {
	entries := make(map[day]Override, len(base)+len(overrides))
	for _, list := range [][]Override{base, overrides} {
		for _, o := range list {
			if !o.Date.IsZero() {
				entries[dayOf(o.Date)] = o
			}
		}
	}
	c := &Calendar{names: make(map[day]string)}
	if len(entries) == 0 {
		return c
	}

	covered := make(map[int]bool)
	for d := range entries {
		covered[d.time().Year()] = true
	}
	c.years = slices.Sorted(maps.Keys(covered))
	first, last := c.years[0], c.years[len(c.years)-1]
	c.lo = dayOf(time.Date(first, time.January, 1, 0, 0, 0, 0, Zone))
	c.hi = dayOf(time.Date(last+1, time.January, 1, 0, 0, 0, 0, Zone))

	work := make([]bool, c.hi-c.lo)
	for i := range work {
		work[i] = isWeekday(c.lo + day(i))
	}
	for d, o := range entries {
		work[d-c.lo] = o.Workday
		if o.Name != "" {
			c.names[d] = o.Name
		}
	}

	c.cum = make([]int32, len(work)+1)
	for i, w := range work {
		c.cum[i+1] = c.cum[i]
		if w {
			c.cum[i+1]++
			c.nth = append(c.nth, int32(i))
		}
	}
	c.cumLo = weekdaysBefore(c.lo)
	c.delta = c.cumLo + len(c.nth) - weekdaysBefore(c.hi)
	return c
}

// defaultBase is parsed once: New is cheap to call again when an
// administrator edits an override.
var defaultBase = sync.OnceValue(func() []Override { return Base(BaseFrom, BaseTo) })

// defaultCalendar backs [Default].
var defaultCalendar = sync.OnceValue(func() *Calendar { return New() })

// Default returns the calendar of the base data alone, New(). It is what a
// [Clock] with a nil Calendar uses; production code should pass the calendar
// that includes the administrators' overrides instead.
func Default() *Calendar { return defaultCalendar() }

// IsWorkday reports whether t's China date is a working day.
func (c *Calendar) IsWorkday(t time.Time) bool {
	d := dayOf(t)
	return c.before(d+1) > c.before(d)
}

// Name returns the holiday t's China date belongs to ("春节", "国庆中秋"…),
// or "" for an ordinary day. A make-up working day carries the name of the
// holiday it was swapped for; use [Calendar.IsWorkday] to tell them apart.
func (c *Calendar) Name(t time.Time) string { return c.names[dayOf(t)] }

// Covers reports whether the calendar has holiday data for year. Outside the
// covered years the calendar counts Monday–Friday only.
func (c *Calendar) Covers(year int) bool {
	_, ok := slices.BinarySearch(c.years, year)
	return ok
}

// CoversSpan reports whether every year from the China date of from to that
// of to (in either order) is covered, that is whether arithmetic over the
// span used real holiday data throughout. The UI should flag a due date for
// which this is false as provisional.
func (c *Calendar) CoversSpan(from, to time.Time) bool {
	y1, y2 := DateOf(from).Year(), DateOf(to).Year()
	if y1 > y2 {
		y1, y2 = y2, y1
	}
	for y := y1; y <= y2; y++ {
		if !c.Covers(y) {
			return false
		}
	}
	return true
}

// Years returns the covered years in ascending order.
func (c *Calendar) Years() []int { return slices.Clone(c.years) }
