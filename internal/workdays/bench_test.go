package workdays_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"hatchery/internal/workdays"
)

// Statistics evaluate the clock for ~100,000 cases at a time; these measure
// the per-case cost over the 60-day spans typical of promised limits.

func benchStarts(b *testing.B) []time.Time {
	r := rand.New(rand.NewPCG(1, 1))
	starts := make([]time.Time, 1024)
	for i := range starts {
		starts[i] = randomInstant(r, date(b, "2024-01-01"), date(b, "2027-10-31"))
	}
	return starts
}

var sinkTime time.Time
var sinkInt int

func BenchmarkAddWorkdays60(b *testing.B) {
	cal, starts := workdays.New(), benchStarts(b)
	i := 0
	for b.Loop() {
		sinkTime = cal.AddWorkdays(starts[i%len(starts)], 60)
		i++
	}
}

func BenchmarkWorkdaysBetween60Days(b *testing.B) {
	cal, starts := workdays.New(), benchStarts(b)
	ends := make([]time.Time, len(starts))
	for i, s := range starts {
		ends[i] = s.AddDate(0, 0, 60)
	}
	i := 0
	for b.Loop() {
		k := i % len(starts)
		sinkInt = cal.WorkdaysBetween(starts[k], ends[k])
		i++
	}
}

// The day-by-day loop the index replaces, for comparison.
func BenchmarkWorkdaysBetween60DaysNaive(b *testing.B) {
	cal, starts := workdays.New(), benchStarts(b)
	i := 0
	for b.Loop() {
		s := starts[i%len(starts)]
		n := 0
		for d := s.AddDate(0, 0, 1); !d.After(s.AddDate(0, 0, 60)); d = d.AddDate(0, 0, 1) {
			if cal.IsWorkday(d) {
				n++
			}
		}
		sinkInt = n
		i++
	}
}

// A case with a closed pause, read for a dashboard row: Due, Used, Overdue.
func BenchmarkClock(b *testing.B) {
	cal, starts := workdays.New(), benchStarts(b)
	clocks := make([]workdays.Clock, len(starts))
	for i, s := range starts {
		clocks[i] = workdays.Clock{
			Calendar: cal, Start: s, Limit: 20,
			Pauses: []workdays.Pause{{From: s.AddDate(0, 0, 5), To: ptr(s.AddDate(0, 0, 12))}},
		}
	}
	now := date(b, "2026-06-01 10:00")
	i := 0
	for b.Loop() {
		c := clocks[i%len(clocks)]
		sinkTime = c.Due()
		sinkInt = c.Used(now)
		if c.Overdue(now) {
			sinkInt++
		}
		i++
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		_ = workdays.New(workdays.Override{Date: date(b, "2028-01-01"), Name: "元旦节"})
	}
}
