package workdays_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/internal/workdays"
)

// clockOracle restates the Clock's rules day by day, straight from the doc
// comment: a working day after the start day runs unless a pause was active
// when it began; read at t (now, or Stop if earlier), pauses that had not
// begun by t are ignored and pauses still open at t cover every day up to t's.
type clockOracle struct{ workdays.Clock }

func (o clockOracle) readAt(now time.Time) time.Time {
	if o.Stop != nil && o.Stop.Before(now) {
		return *o.Stop
	}
	return now
}

func (o clockOracle) paused(d, t time.Time) bool {
	if d.After(t) {
		return false // the clock is assumed to run after the reading
	}
	for _, p := range o.Pauses {
		if !p.From.After(d) && (p.To == nil || p.To.After(t) || d.Before(*p.To)) {
			return true
		}
	}
	return false
}

func (o clockOracle) used(now time.Time) int {
	t := o.readAt(now)
	n := 0
	for d := workdays.DateOf(o.Start).AddDate(0, 0, 1); !d.After(t); d = d.AddDate(0, 0, 1) {
		if o.Calendar.IsWorkday(d) && !o.paused(d, t) {
			n++
		}
	}
	return n
}

func (o clockOracle) due(t time.Time) time.Time {
	d := workdays.DateOf(o.Start)
	for n := 0; n < o.Limit; {
		d = d.AddDate(0, 0, 1)
		if o.Calendar.IsWorkday(d) && !o.paused(d, t) {
			n++
		}
	}
	return d
}

func TestClockAgainstOracle(t *testing.T) {
	cal := workdays.New()
	r := rand.New(rand.NewPCG(31, 41))
	hours := func(max int) time.Duration { return time.Duration(r.IntN(max*60)) * time.Minute }
	for i := range 4000 {
		start := randomInstant(r, date(t, "2024-01-01"), date(t, "2027-10-31"))
		c := workdays.Clock{Calendar: cal, Start: start, Limit: r.IntN(31)}
		for range r.IntN(4) {
			p := workdays.Pause{From: start.Add(hours(24*40) - 72*time.Hour)}
			if r.IntN(4) > 0 {
				p.To = ptr(p.From.Add(hours(24 * 12)))
			}
			c.Pauses = append(c.Pauses, p)
		}
		if r.IntN(3) == 0 {
			c.Stop = ptr(start.Add(hours(24 * 60)))
		}
		o := clockOracle{c}

		for range 5 {
			now := start.Add(hours(24*70) - 48*time.Hour)
			if r.IntN(4) == 0 {
				now = workdays.DateOf(now) // exactly midnight
			}
			at := o.readAt(now)
			require.Equalf(t, o.used(now), c.Used(now), "case %d: Used at %s of %+v", i, now, c)
			due := o.due(at)
			require.Equalf(t, due, c.DueAt(now), "case %d: DueAt %s of %+v", i, now, c)
			require.Equal(t, workdays.DateOf(at).After(due), c.Overdue(now))

			stopped := c.Stop != nil && !c.Stop.After(now)
			today := workdays.DateOf(now)
			soon := !stopped && !c.Paused(now) && !due.Before(today) && !due.After(cal.AddWorkdays(today, 1))
			require.Equalf(t, soon, c.DueSoon(now), "case %d: DueSoon at %s of %+v", i, now, c)
		}

		open := false
		for _, p := range c.Pauses {
			open = open || p.To == nil
		}
		switch {
		case c.Stop != nil:
			require.Equal(t, o.due(*c.Stop), c.Due())
		case open:
			require.True(t, c.Due().IsZero())
		default:
			far := date(t, "2100-01-01")
			require.Equal(t, o.due(far), c.Due())
			if c.Limit > 0 {
				require.Equal(t, c.Limit, c.Used(c.Due().Add(12*time.Hour)))
				require.True(t, cal.IsWorkday(c.Due()))
			}
		}
	}
}
