package workdays_test

import (
	"testing"
	"time"

	"hatchery/internal/workdays"
)

// date parses "2006-01-02" or "2006-01-02 15:04" as China time.
func date(t testing.TB, s string) time.Time {
	t.Helper()
	layout := time.DateOnly
	if len(s) > len(time.DateOnly) {
		layout = "2006-01-02 15:04"
	}
	d, err := time.ParseInLocation(layout, s, workdays.Zone)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func ptr(t time.Time) *time.Time { return &t }

// oracle is an independent, day-by-day model of the calendar, built straight
// from the entries, to check the indexed arithmetic against.
type oracle map[string]bool

func newOracle(entries ...[]workdays.Override) oracle {
	o := oracle{}
	for _, list := range entries {
		for _, e := range list {
			o[e.Date.In(workdays.Zone).Format(time.DateOnly)] = e.Workday
		}
	}
	return o
}

func (o oracle) isWorkday(t time.Time) bool {
	t = t.In(workdays.Zone)
	if w, ok := o[t.Format(time.DateOnly)]; ok {
		return w
	}
	return t.Weekday() != time.Saturday && t.Weekday() != time.Sunday
}

func (o oracle) addWorkdays(start time.Time, n int) time.Time {
	d := workdays.DateOf(start)
	for n > 0 {
		d = d.AddDate(0, 0, 1)
		if o.isWorkday(d) {
			n--
		}
	}
	return d
}

func (o oracle) between(from, to time.Time) int {
	n := 0
	for d := workdays.DateOf(from).AddDate(0, 0, 1); !d.After(workdays.DateOf(to)); d = d.AddDate(0, 0, 1) {
		if o.isWorkday(d) {
			n++
		}
	}
	return n
}
