package casework

import (
	"context"
	"time"

	gen "hatchery/ent"
	"hatchery/internal/casework/casedata"
	"hatchery/internal/workdays"
)

// clockOf is the working-day clock of an accepted case.
func clockOf(cal *workdays.Calendar, cs *gen.ServiceCase) workdays.Clock {
	k := workdays.Clock{Calendar: cal, Limit: cs.PromisedDays, Stop: cs.DecidedAt}
	if cs.AcceptedAt != nil {
		k.Start = *cs.AcceptedAt
	}
	for _, p := range cs.Pauses {
		k.Pauses = append(k.Pauses, workdays.Pause{From: p.From, To: p.To})
	}
	return k
}

// Clock is the clock of cs as clients see it; nil before acceptance.
func (s *Service) Clock(ctx context.Context, cs *gen.ServiceCase) (*ClockView, error) {
	if cs.AcceptedAt == nil {
		return nil, nil
	}
	cal, err := s.Calendars.Get(ctx)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	k := clockOf(cal, cs)
	v := &ClockView{
		DueIfResumedOn:  Day(k.DueAt(now)),
		PromisedDays:    cs.PromisedDays,
		WorkingDaysUsed: k.Used(now),
		WorkingDaysLeft: k.Left(now),
		Overdue:         k.Overdue(now),
		DueSoon:         k.DueSoon(now),
		Paused:          k.Paused(now),
		Provisional:     !cal.CoversSpan(k.Start, k.DueAt(now)),
	}
	if due := k.Due(); !due.IsZero() {
		due = Day(due)
		v.DueOn = &due
	}
	return v, nil
}

// dueOn is the due date to store for the queue at now.
func dueOn(cal *workdays.Calendar, cs *gen.ServiceCase, pauses []casedata.Pause, now time.Time) time.Time {
	c := *cs
	c.Pauses = pauses
	return Day(clockOf(cal, &c).DueAt(now))
}

// openPause starts a pause at now.
func openPause(pauses []casedata.Pause, now time.Time) []casedata.Pause {
	return append(append([]casedata.Pause{}, pauses...), casedata.Pause{From: now})
}

// closePauses ends any open pause at now.
func closePauses(pauses []casedata.Pause, now time.Time) []casedata.Pause {
	out := append([]casedata.Pause{}, pauses...)
	for i := range out {
		if out[i].To == nil {
			t := now
			out[i].To = &t
		}
	}
	return out
}

// Day is the China calendar date of t as midnight UTC: how casework stores
// and returns dates (deadlines, due dates, holidays), so every database and
// every client reads the same day whatever its time zone.
func Day(t time.Time) time.Time {
	y, m, d := workdays.DateOf(t).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
