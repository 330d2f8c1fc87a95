package workdays_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/internal/workdays"
)

// A week of March 2025 without holidays: Mon 3 … Fri 7, Mon 10 … Fri 14.
func marchClock(t *testing.T, pauses ...workdays.Pause) workdays.Clock {
	return workdays.Clock{
		Calendar: workdays.New(),
		Start:    date(t, "2025-03-03 09:00"),
		Limit:    5,
		Pauses:   pauses,
	}
}

func TestClockWithoutPauses(t *testing.T) {
	// Accepted on the eve of National Day 2025 with Wenzhou's 5-day promise.
	c := workdays.Clock{Calendar: workdays.New(), Start: date(t, "2025-09-30 16:00"), Limit: 5}
	require.Equal(t, date(t, "2025-10-14"), c.Due())
	require.Equal(t, c.Due(), c.DueAt(date(t, "2025-10-01")))

	tests := []struct {
		now      string
		used     int
		overdue  bool
		dueSoon  bool
		isPaused bool
		comment  string
	}{
		{"2025-09-30 17:00", 0, false, false, false, "acceptance day is not counted"},
		{"2025-10-05 12:00", 0, false, false, false, "holiday"},
		{"2025-10-09 09:00", 1, false, false, false, "today counts once the clock runs on it"},
		{"2025-10-11 10:00", 3, false, false, false, "make-up Saturday"},
		{"2025-10-12 10:00", 3, false, false, false, "Sunday"},
		{"2025-10-13 10:00", 4, false, true, false, "due on the next working day"},
		{"2025-10-14 23:59", 5, false, true, false, "due today"},
		{"2025-10-15 00:00", 6, true, false, false, "a day late"},
	}
	for _, tt := range tests {
		now := date(t, tt.now)
		require.Equal(t, tt.used, c.Used(now), "Used at %s (%s)", tt.now, tt.comment)
		require.Equal(t, 5-tt.used, c.Left(now), "Left at %s", tt.now)
		require.Equal(t, tt.overdue, c.Overdue(now), "Overdue at %s", tt.now)
		require.Equal(t, tt.dueSoon, c.DueSoon(now), "DueSoon at %s", tt.now)
		require.Equal(t, tt.isPaused, c.Paused(now), "Paused at %s", tt.now)
	}
	require.Zero(t, c.Used(date(t, "2025-09-01")), "before acceptance")
	require.Equal(t, 5, c.Left(date(t, "2025-09-01")))
}

func TestPauseAndResumeMovesDue(t *testing.T) {
	require.Equal(t, date(t, "2025-03-10"), marchClock(t).Due())

	// Paused Wed 15:00 to the next Mon 10:00: Wed runs (worked on before the
	// pause), Thu, Fri and Mon are paused (paused when they began).
	c := marchClock(t, workdays.Pause{From: date(t, "2025-03-05 15:00"), To: ptr(date(t, "2025-03-10 10:00"))})
	require.Equal(t, date(t, "2025-03-13"), c.Due(), "three paused working days")
	require.Equal(t, 2, c.Used(date(t, "2025-03-05 16:00")), "Tue and Wed")
	require.Equal(t, 2, c.Used(date(t, "2025-03-09 12:00")))
	require.Equal(t, 2, c.Used(date(t, "2025-03-10 12:00")), "the resumption day is paused")
	require.Equal(t, 3, c.Used(date(t, "2025-03-11 00:00")))
	require.Equal(t, 5, c.Used(date(t, "2025-03-13 12:00")))
	require.False(t, c.Overdue(date(t, "2025-03-13 18:00")))
	require.True(t, c.Overdue(date(t, "2025-03-14 08:00")))
}

func TestPauseEdges(t *testing.T) {
	tests := []struct {
		name   string
		pauses []workdays.Pause
		due    string
	}{
		{"no pause", nil, "2025-03-10"},
		{"same-day pause pauses nothing",
			[]workdays.Pause{{From: date(t, "2025-03-05 09:00"), To: ptr(date(t, "2025-03-05 17:00"))}}, "2025-03-10"},
		{"Friday to Monday pauses Monday",
			[]workdays.Pause{{From: date(t, "2025-03-07 16:00"), To: ptr(date(t, "2025-03-10 09:00"))}}, "2025-03-11"},
		{"Friday to Sunday pauses nothing",
			[]workdays.Pause{{From: date(t, "2025-03-07 16:00"), To: ptr(date(t, "2025-03-09 20:00"))}}, "2025-03-10"},
		{"Saturday to Monday pauses Monday",
			[]workdays.Pause{{From: date(t, "2025-03-08 10:00"), To: ptr(date(t, "2025-03-10 09:00"))}}, "2025-03-11"},
		{"resumed exactly at midnight: that day runs",
			[]workdays.Pause{{From: date(t, "2025-03-05 10:00"), To: ptr(date(t, "2025-03-06 00:00"))}}, "2025-03-10"},
		{"resumed a second after midnight: that day is paused",
			[]workdays.Pause{{From: date(t, "2025-03-05 10:00"), To: ptr(date(t, "2025-03-06 00:00").Add(time.Second))}}, "2025-03-11"},
		{"paused exactly at midnight: that day is paused",
			[]workdays.Pause{{From: date(t, "2025-03-05 00:00"), To: ptr(date(t, "2025-03-05 12:00"))}}, "2025-03-11"},
		{"overlapping pauses count once",
			[]workdays.Pause{
				{From: date(t, "2025-03-05 10:00"), To: ptr(date(t, "2025-03-07 10:00"))},
				{From: date(t, "2025-03-04 10:00"), To: ptr(date(t, "2025-03-06 10:00"))},
			}, "2025-03-13"},
		{"two separate pauses add up",
			[]workdays.Pause{
				{From: date(t, "2025-03-06 10:00"), To: ptr(date(t, "2025-03-07 10:00"))},
				{From: date(t, "2025-03-04 10:00"), To: ptr(date(t, "2025-03-05 10:00"))},
			}, "2025-03-12"},
		{"To before From pauses nothing",
			[]workdays.Pause{{From: date(t, "2025-03-06 10:00"), To: ptr(date(t, "2025-03-04 10:00"))}}, "2025-03-10"},
		{"the part before acceptance is ignored",
			[]workdays.Pause{{From: date(t, "2025-02-20"), To: ptr(date(t, "2025-03-05 08:00"))}}, "2025-03-12"},
		{"a pause on the acceptance day only pauses nothing",
			[]workdays.Pause{{From: date(t, "2025-03-03 10:00"), To: ptr(date(t, "2025-03-03 11:00"))}}, "2025-03-10"},
		{"a pause after the due date changes nothing",
			[]workdays.Pause{{From: date(t, "2025-03-11 10:00"), To: ptr(date(t, "2025-03-13 10:00"))}}, "2025-03-10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := marchClock(t, tt.pauses...)
			require.Equal(t, date(t, tt.due), c.Due())
			// Used on the due date is the limit, whichever way it got there.
			require.Equal(t, 5, c.Used(date(t, tt.due+" 12:00")))
			require.Equal(t, 4, c.Used(date(t, tt.due).Add(-time.Nanosecond)))
		})
	}
}

// Around a holiday the working days inside a pause are what counts: a pause
// over the weekend before National Day 2025 covers the make-up Sunday.
func TestPauseOverHoliday(t *testing.T) {
	c := workdays.Clock{
		Start: date(t, "2025-09-25 10:00"), // Thu; nil Calendar: the base data
		Limit: 3,
	}
	require.Equal(t, date(t, "2025-09-29"), c.Due()) // Fri 26, Sun 28, Mon 29

	c.Pauses = []workdays.Pause{{From: date(t, "2025-09-26 15:00"), To: ptr(date(t, "2025-09-29 09:00"))}}
	// Sun 28 and Mon 29 are paused: Fri 26 (1), Tue 30 (2), Thu Oct 9 (3).
	require.Equal(t, date(t, "2025-10-09"), c.Due())
	require.Equal(t, 2, c.Used(date(t, "2025-10-05")))
	require.True(t, c.DueSoon(date(t, "2025-10-05")), "the next working day is Oct 9")
	require.False(t, c.DueSoon(date(t, "2025-09-29 12:00")))
}

func TestOpenPause(t *testing.T) {
	c := marchClock(t, workdays.Pause{From: date(t, "2025-03-05 10:00")})

	require.Equal(t, 2, c.Used(date(t, "2025-03-05 09:00")), "before the pause begins")
	require.False(t, c.Paused(date(t, "2025-03-05 09:00")))

	for _, now := range []string{"2025-03-05 12:00", "2025-03-10 12:00", "2025-03-20 12:00", "2025-06-30"} {
		now := date(t, now)
		require.Equal(t, 2, c.Used(now), "Used stops growing at %s", now)
		require.Equal(t, 3, c.Left(now))
		require.True(t, c.Paused(now))
		require.False(t, c.Overdue(now))
		require.False(t, c.DueSoon(now), "not due soon while the applicant has the file")
	}
	require.True(t, c.Due().IsZero(), "no due date while the pause is open")
	// Had the applicant supplemented on Thursday the 20th: Fri 21, Mon 24, Tue 25.
	require.Equal(t, date(t, "2025-03-25"), c.DueAt(date(t, "2025-03-20 12:00")))
	require.Equal(t, date(t, "2025-03-26"), c.DueAt(date(t, "2025-03-21 08:00")))

	// They did at 09:00 on Friday the 21st, so the 21st is paused too.
	c.Pauses[0].To = ptr(date(t, "2025-03-21 09:00"))
	require.Equal(t, date(t, "2025-03-26"), c.Due())
	require.Equal(t, 2, c.Used(date(t, "2025-03-21 12:00")))
	require.False(t, c.Paused(date(t, "2025-03-21 12:00")))
	require.True(t, c.DueSoon(date(t, "2025-03-25 12:00")))
}

func TestStopFreezesEverything(t *testing.T) {
	c := marchClock(t)
	c.Stop = ptr(date(t, "2025-03-06 11:00"))
	for _, now := range []string{"2025-03-06 12:00", "2025-03-11", "2026-01-01"} {
		now := date(t, now)
		require.Equal(t, 3, c.Used(now), "Tue, Wed and the decision day")
		require.Equal(t, 2, c.Left(now))
		require.False(t, c.Overdue(now))
		require.False(t, c.DueSoon(now))
		require.False(t, c.Paused(now))
		require.Equal(t, date(t, "2025-03-10"), c.DueAt(now))
	}
	require.Equal(t, date(t, "2025-03-10"), c.Due())
	// Before the decision the clock is read normally.
	require.Equal(t, 2, c.Used(date(t, "2025-03-05 12:00")))

	// A late decision stays late.
	c.Stop = ptr(date(t, "2025-03-12 11:00"))
	require.Equal(t, 7, c.Used(date(t, "2026-01-01")))
	require.Equal(t, -2, c.Left(date(t, "2026-01-01")))
	require.True(t, c.Overdue(date(t, "2026-01-01")))

	// Decided on the acceptance day: no working day used.
	c.Stop = ptr(date(t, "2025-03-03 16:00"))
	require.Zero(t, c.Used(date(t, "2025-03-20")))
}

func TestStopDuringOpenPause(t *testing.T) {
	// Refused on Friday because the applicant never supplemented.
	c := marchClock(t, workdays.Pause{From: date(t, "2025-03-05 10:00")})
	c.Stop = ptr(date(t, "2025-03-07 15:00"))
	require.Equal(t, 2, c.Used(date(t, "2025-04-01")), "Tue and Wed; Thu and Fri paused")
	require.False(t, c.Paused(date(t, "2025-04-01")), "stopped, not paused")
	require.Equal(t, date(t, "2025-03-12"), c.Due(), "the pause ends with the decision")
	require.False(t, c.Overdue(date(t, "2025-04-01")))

	// Pauses recorded after the decision are ignored.
	c = marchClock(t, workdays.Pause{From: date(t, "2025-03-06 10:00"), To: ptr(date(t, "2025-03-12"))})
	c.Stop = ptr(date(t, "2025-03-05 15:00"))
	require.Equal(t, date(t, "2025-03-10"), c.Due())
	require.Equal(t, 2, c.Used(date(t, "2025-03-20")))
}

// Due Monday 2025-01-27, the last working day before the Spring Festival,
// with the make-up Sunday the day before.
func TestOverdueAndDueSoonAroundSpringFestival(t *testing.T) {
	c := workdays.Clock{Calendar: workdays.New(), Start: date(t, "2025-01-21 10:00"), Limit: 5}
	require.Equal(t, date(t, "2025-01-27"), c.Due()) // 22, 23, 24, Sun 26, 27

	tests := []struct {
		now              string
		left             int
		dueSoon, overdue bool
	}{
		{"2025-01-24 17:00", 2, false, false}, // next working day is the make-up Sunday
		{"2025-01-25 12:00", 2, false, false}, // ordinary Saturday, same
		{"2025-01-26 12:00", 1, true, false},  // due on the next working day
		{"2025-01-27 12:00", 0, true, false},  // due today
		{"2025-01-28 12:00", 0, false, true},  // overdue on the first holiday, though no working day ran
		{"2025-02-05 12:00", -1, false, true},
	}
	for _, tt := range tests {
		now := date(t, tt.now)
		require.Equal(t, tt.left, c.Left(now), "Left at %s", tt.now)
		require.Equal(t, tt.dueSoon, c.DueSoon(now), "DueSoon at %s", tt.now)
		require.Equal(t, tt.overdue, c.Overdue(now), "Overdue at %s", tt.now)
	}

	// Due the first working day after the holiday: due soon all through it.
	c = workdays.Clock{Calendar: workdays.New(), Start: date(t, "2025-01-23 10:00"), Limit: 4}
	require.Equal(t, date(t, "2025-02-05"), c.Due()) // 24, Sun 26, 27, Feb 5
	require.False(t, c.DueSoon(date(t, "2025-01-26 12:00")))
	require.True(t, c.DueSoon(date(t, "2025-01-27 12:00")))
	require.True(t, c.DueSoon(date(t, "2025-01-31 12:00")))
	require.True(t, c.DueSoon(date(t, "2025-02-05 12:00")))
	require.False(t, c.Overdue(date(t, "2025-02-05 23:59")))
	require.True(t, c.Overdue(date(t, "2025-02-06 00:00")))
}

func TestZeroLimit(t *testing.T) {
	// 即办件: decided on the spot.
	c := workdays.Clock{Calendar: workdays.New(), Start: date(t, "2025-03-03 10:00")}
	require.Equal(t, date(t, "2025-03-03"), c.Due())
	require.True(t, c.DueSoon(date(t, "2025-03-03 11:00")))
	require.False(t, c.Overdue(date(t, "2025-03-03 23:00")))
	require.True(t, c.Overdue(date(t, "2025-03-04 09:00")))
}

func TestNilCalendarIsDefault(t *testing.T) {
	c := workdays.Clock{Start: date(t, "2025-01-24"), Limit: 1}
	require.Equal(t, date(t, "2025-01-26"), c.Due())
	require.Same(t, workdays.Default(), workdays.Default())
}

// Pause bookkeeping never makes Used go backwards as time passes.
func TestUsedIsMonotonic(t *testing.T) {
	c := workdays.Clock{
		Start: date(t, "2025-09-20 10:00"),
		Limit: 10,
		Pauses: []workdays.Pause{
			{From: date(t, "2025-09-24 16:00"), To: ptr(date(t, "2025-09-28 10:00"))},
			{From: date(t, "2025-10-10 09:00"), To: ptr(date(t, "2025-10-10 11:00"))},
			{From: date(t, "2025-10-13 09:00")},
		},
	}
	prev := 0
	for now := c.Start; now.Before(date(t, "2025-11-01")); now = now.Add(37 * time.Minute) {
		used := c.Used(now)
		require.GreaterOrEqual(t, used, prev, "at %s", now)
		prev = used
	}
}
