package workdays

import (
	"cmp"
	"slices"
	"time"
)

// Pause is a period during which the clock stands still, typically while the
// applicant supplements materials after a one-time deficiency notice
// (一次性告知补正, 补正期间不计入办理时限). To is nil while the pause is open.
type Pause struct {
	From time.Time
	To   *time.Time
}

// Clock is the working-day clock of one case.
//
// The clock runs from the day after Start's China date (the acceptance day is
// never counted). Limit is the statutory or promised limit in working days.
// Pauses stop it; Stop (the decision) stops it for good, and every method
// then answers as of Stop whatever now is (Paused and DueSoon are false).
//
// Counting is by whole days, and a day's fate is sealed when it begins: a
// working day after the start day counts ("runs") unless the clock was
// paused at 00:00 China time that day, where a pause is the interval
// [From, To). This is the start-day rule applied to pauses: the day a pause
// begins has been worked on and runs, and a resumption, like an acceptance,
// counts from the next day. So:
//   - The day a pause starts runs, whatever the hour; the day it ends is
//     paused, whatever the hour (unless it ends exactly at 00:00).
//   - A pause that starts and ends on the same day pauses nothing.
//   - A pause from Friday to Monday pauses Monday; Saturday and Sunday are
//     not working days anyway. A pause from Friday to Sunday pauses nothing,
//     unless that Saturday or Sunday is a make-up working day (调休上班),
//     which is paused like any working day.
//   - Overlapping pauses count once; a pause with To before From pauses
//     nothing, and a pause starting after Stop is ignored.
//
// Because today's status is known from midnight on, reading the clock at any
// time today gives the same answer for today, and Used never decreases as
// now advances. The stop day counts unless the clock was paused when it began.
//
// The due date is the Limit-th running working day after the start day, so
// it moves one working day later for every paused working day. Limit ≤ 0 is
// due on the start day. A case is on time if it is decided on or before its
// due date.
//
// A nil Calendar means [Default], the base data without overrides.
type Clock struct {
	Calendar *Calendar
	Start    time.Time
	Limit    int
	Pauses   []Pause
	Stop     *time.Time
}

// Due returns the due date (midnight China time) given the pauses recorded.
// While a pause is open and the clock has not stopped, the due date is not
// known yet (it moves with every paused working day) and Due returns the zero
// time; [Clock.DueAt] gives the due date if the pause ended now.
func (c Clock) Due() time.Time {
	if c.Stop != nil {
		return c.DueAt(*c.Stop)
	}
	for _, p := range c.Pauses {
		if p.To == nil {
			return time.Time{}
		}
	}
	return c.dueDay(c.paused(nil, new(spanBuf)[:])).time() // every pause is closed: take them as recorded
}

// DueAt returns the due date as seen at now: a pause open at now is taken to
// end now (so it pauses today if it began before today), and the clock to run
// from then on. It equals [Clock.Due] once every pause is closed or the clock
// has stopped.
func (c Clock) DueAt(now time.Time) time.Time {
	t := c.readAt(now)
	return c.dueDay(c.paused(&t, new(spanBuf)[:])).time()
}

// Used returns the number of working days the clock has run by now: working
// days after the start day up to and including today (or the stop day),
// minus the paused ones. It is never negative.
func (c Clock) Used(now time.Time) int {
	t := c.readAt(now)
	start, today := dayOf(c.Start), dayOf(t)
	if today <= start {
		return 0
	}
	cal := c.cal()
	used := cal.before(today+1) - cal.before(start+1)
	for _, s := range c.paused(&t, new(spanBuf)[:]) {
		used -= cal.before(s.to) - cal.before(s.from)
	}
	return used
}

// Left returns Limit - Used(now): the working days left, including today if
// the clock runs today. It is negative once more working days have run than
// the limit allows.
func (c Clock) Left(now time.Time) int { return c.Limit - c.Used(now) }

// Overdue reports whether the China date of now (or of Stop, once stopped) is
// after the due date as seen then ([Clock.DueAt]). For a decided case it says
// whether the decision was late. It can be true while Left is 0: a case due
// on Friday is overdue on Saturday although no working day has run since.
func (c Clock) Overdue(now time.Time) bool {
	t := c.readAt(now)
	return dayOf(t) > c.dueDay(c.paused(&t, new(spanBuf)[:]))
}

// DueSoon reports whether the clock is running and due today or on the next
// working day. It is false once stopped, while paused (the due date is not
// approaching while the applicant has the file), and once overdue.
func (c Clock) DueSoon(now time.Time) bool {
	if c.stopped(now) || c.Paused(now) {
		return false
	}
	today := dayOf(now)
	due := c.dueDay(c.paused(&now, new(spanBuf)[:]))
	cal := c.cal()
	next := cal.nthWorkday(cal.before(today + 1))
	return today <= due && due <= next
}

// Paused reports whether a pause is open at now and the clock has not
// stopped.
func (c Clock) Paused(now time.Time) bool {
	if c.stopped(now) {
		return false
	}
	for _, p := range c.Pauses {
		if !p.From.After(now) && (p.To == nil || p.To.After(now)) {
			return true
		}
	}
	return false
}

func (c Clock) cal() *Calendar {
	if c.Calendar == nil {
		return Default()
	}
	return c.Calendar
}

func (c Clock) stopped(now time.Time) bool { return c.Stop != nil && !c.Stop.After(now) }

// readAt is the instant the clock is read at: now, or Stop if it came first.
func (c Clock) readAt(now time.Time) time.Time {
	if c.Stop != nil && c.Stop.Before(now) {
		return *c.Stop
	}
	return now
}

// firstDayFrom returns the first day that begins at or after t: t's own day
// if t is exactly midnight China time, else the next one.
func firstDayFrom(t time.Time) day {
	d := dayOf(t)
	if !d.time().Equal(t) {
		d++
	}
	return d
}

// span is a run of paused days [from, to).
type span struct{ from, to day }

// spanBuf holds the spans of a typical case (rarely more than one or two
// supplement rounds) without a heap allocation.
type spanBuf [4]span

// paused appends to buf the paused days after the start day as sorted,
// disjoint spans, as seen at instant *at. If at is nil every pause is taken as
// recorded, and all of them must be closed. Callers pass a small array on
// their stack as buf so that a dashboard of many cases does not allocate.
func (c Clock) paused(at *time.Time, buf []span) []span {
	start := dayOf(c.Start)
	spans := buf[:0]
	for _, p := range c.Pauses {
		if at != nil && p.From.After(*at) {
			continue // not begun yet as seen at *at
		}
		// Paused days are those that begin inside [From, To).
		s := span{from: max(firstDayFrom(p.From), start+1)}
		if p.To == nil || (at != nil && p.To.After(*at)) {
			s.to = dayOf(*at) + 1 // open at *at: ends now, pausing today if it began before
		} else {
			s.to = firstDayFrom(*p.To)
		}
		if s.to > s.from {
			spans = append(spans, s)
		}
	}
	if len(spans) < 2 {
		return spans
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.from, b.from) })
	merged := spans[:1]
	for _, s := range spans[1:] {
		if last := &merged[len(merged)-1]; s.from <= last.to {
			last.to = max(last.to, s.to)
		} else {
			merged = append(merged, s)
		}
	}
	return merged
}

// dueDay walks the running stretches between the paused spans until Limit
// working days have run.
func (c Clock) dueDay(paused []span) day {
	start := dayOf(c.Start)
	if c.Limit <= 0 {
		return start
	}
	cal := c.cal()
	left := c.Limit
	last := start // the last day already accounted for
	for _, s := range paused {
		running := cal.before(s.from) - cal.before(last+1) // working days in (last, s.from)
		if left <= running {
			break
		}
		left -= running
		last = s.to - 1
	}
	return cal.nthWorkday(cal.before(last+1) + left - 1)
}
