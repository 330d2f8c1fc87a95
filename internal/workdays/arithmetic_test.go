package workdays_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/internal/workdays"
)

func TestAddWorkdays(t *testing.T) {
	cal := workdays.New()
	tests := []struct {
		name  string
		start string
		n     int
		want  string
	}{
		{"n = 0 is the start date", "2025-01-24 16:30", 0, "2025-01-24"},
		{"n = 0 on a holiday", "2025-01-30", 0, "2025-01-30"},

		// Spring Festival 2025: off Jan 28–Feb 4, make-up Sun Jan 26 and Sat Feb 8.
		{"sf2025 make-up Sunday comes first", "2025-01-24 10:00", 1, "2025-01-26"},
		{"sf2025 then Monday", "2025-01-24", 2, "2025-01-27"},
		{"sf2025 then the holiday is skipped", "2025-01-24", 3, "2025-02-05"},
		{"sf2025 make-up Saturday", "2025-01-24", 6, "2025-02-08"},
		{"sf2025 next week", "2025-01-24", 7, "2025-02-10"},
		{"sf2025 from the eve of the holiday", "2025-01-27 17:00", 1, "2025-02-05"},
		{"sf2025 accepted on a holiday", "2025-01-30", 1, "2025-02-05"},
		{"sf2025 accepted on the make-up Sunday", "2025-01-26", 1, "2025-01-27"},
		{"sf2025 accepted on an ordinary Saturday", "2025-01-25", 1, "2025-01-26"},

		// Spring Festival 2026: off Feb 15–23, make-up Sat Feb 14 and Sat Feb 28.
		{"sf2026 make-up Saturday", "2026-02-13", 1, "2026-02-14"},
		{"sf2026 after nine days off", "2026-02-13", 2, "2026-02-24"},
		{"sf2026 second make-up Saturday", "2026-02-13", 6, "2026-02-28"},
		{"sf2026 next Monday", "2026-02-13", 7, "2026-03-02"},

		// National Day 2025: off Oct 1–8, make-up Sun Sep 28 and Sat Oct 11.
		{"nd2025 make-up Sunday", "2025-09-26", 1, "2025-09-28"},
		{"nd2025 skip eight days", "2025-09-26", 4, "2025-10-09"},
		{"nd2025 make-up Saturday", "2025-09-26", 6, "2025-10-11"},
		{"nd2025 Wenzhou's five days", "2025-09-30 16:00", 5, "2025-10-14"},

		// National Day 2024: off Oct 1–7, make-up Sun Sep 29 and Sat Oct 12.
		{"nd2024 make-up Sunday", "2024-09-27", 1, "2024-09-29"},
		{"nd2024 after the holiday", "2024-09-27", 3, "2024-10-08"},
		{"nd2024 make-up Saturday", "2024-09-27", 7, "2024-10-12"},
		{"nd2024 next Monday", "2024-09-27", 8, "2024-10-14"},

		// New Year 2026: off Jan 1–3, make-up Sun Jan 4, across the year end.
		{"ny2026 across the year", "2025-12-31", 1, "2026-01-04"},

		// n < 0: the |n|-th working day before the start date.
		{"back over the holiday", "2025-02-05", -1, "2025-01-27"},
		{"back from a make-up Saturday", "2025-02-08", -1, "2025-02-07"},
		{"back onto a make-up Sunday", "2025-01-27", -1, "2025-01-26"},
		{"back from a holiday", "2025-02-01", -2, "2025-01-26"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cal.AddWorkdays(date(t, tt.start), tt.n)
			require.Equal(t, date(t, tt.want), got, "got %s", got.Format("2006-01-02 Mon"))
		})
	}
}

func TestWorkdaysBetween(t *testing.T) {
	cal := workdays.New()
	tests := []struct {
		name     string
		from, to string
		want     int
	}{
		{"same day", "2025-03-03 09:00", "2025-03-03 18:00", 0},
		{"next day", "2025-03-03 18:00", "2025-03-04 09:00", 1},
		{"ordinary week", "2025-03-02", "2025-03-09", 5},
		{"sf2025 from Friday to Monday after", "2025-01-24", "2025-02-10", 7},
		{"sf2025 inside the holiday", "2025-01-27", "2025-02-04", 0},
		{"sf2025 backwards", "2025-02-10", "2025-01-24", -7},
		{"sf2026", "2026-02-13", "2026-02-28", 6},
		{"nd2025", "2025-09-26", "2025-10-12", 6},
		{"nd2024", "2024-09-27", "2024-10-13", 7},
		// 261 weekdays minus 13 statutory holidays; each make-up working day
		// is paid for by one more weekday off, so they cancel out.
		{"whole 2025", "2024-12-31", "2025-12-31", 248},
		{"whole 2026", "2025-12-31", "2026-12-31", 248},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, cal.WorkdaysBetween(date(t, tt.from), date(t, tt.to)))
		})
	}
}

// randomInstant returns a random instant between from and to (China dates,
// inclusive), at a random time of day.
func randomInstant(r *rand.Rand, from, to time.Time) time.Time {
	return from.Add(time.Duration(r.Int64N(int64(to.AddDate(0, 0, 1).Sub(from)))))
}

func TestArithmeticProperties(t *testing.T) {
	cal := workdays.New()
	ref := newOracle(workdays.Base(workdays.BaseFrom, workdays.BaseTo))
	r := rand.New(rand.NewPCG(2025, 1001))
	from, to := date(t, "2024-01-01"), date(t, "2027-12-31")

	for range 20000 {
		start := randomInstant(r, from, to)
		n := r.IntN(61)
		due := cal.AddWorkdays(start, n)

		require.Equalf(t, n, cal.WorkdaysBetween(start, due), "round trip from %s, n=%d", start, n)
		if n == 0 {
			require.Equal(t, workdays.DateOf(start), due)
			continue
		}
		require.Truef(t, cal.IsWorkday(due), "due %s (from %s, n=%d) is a day off", due, start, n)
		require.True(t, due.After(start))
		require.Equal(t, ref.addWorkdays(start, n), due, "against the day-by-day oracle")

		// Going back lands on a working day and counts from the other side.
		back := cal.AddWorkdays(start, -n)
		require.True(t, cal.IsWorkday(back))
		today := 0
		if cal.IsWorkday(start) {
			today = 1
		}
		require.Equal(t, n-1+today, cal.WorkdaysBetween(back, start))
	}
}

// Every day's status and every span, including the years on either side of
// the data, agrees with the day-by-day oracle.
func TestArithmeticMatchesOracle(t *testing.T) {
	cal := workdays.New()
	ref := newOracle(workdays.Base(workdays.BaseFrom, workdays.BaseTo))
	first, last := date(t, "2022-06-01"), date(t, "2029-06-30")
	for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
		require.Equalf(t, ref.isWorkday(d), cal.IsWorkday(d), "IsWorkday(%s)", d)
	}

	r := rand.New(rand.NewPCG(7, 7))
	for range 3000 {
		a, b := randomInstant(r, first, last), randomInstant(r, first, last)
		if a.After(b) {
			a, b = b, a
		}
		require.Equalf(t, ref.between(a, b), cal.WorkdaysBetween(a, b), "(%s, %s]", a, b)
		n := r.IntN(300)
		require.Equalf(t, ref.addWorkdays(a, n), cal.AddWorkdays(a, n), "%s + %d", a, n)
	}
}

// Far from the data (and before 1970, where day numbers are negative) the
// closed-form week arithmetic must agree with counting.
func TestWeekdayArithmeticFarOut(t *testing.T) {
	cal := workdays.New()
	var ref oracle // no entries: weekdays only
	r := rand.New(rand.NewPCG(1, 2))
	for _, span := range [][2]string{{"1969-10-01", "1970-03-31"}, {"1950-01-01", "1952-12-31"}, {"2045-01-01", "2047-12-31"}} {
		first, last := date(t, span[0]), date(t, span[1])
		for range 1000 {
			a := randomInstant(r, first, last)
			n := r.IntN(61)
			due := cal.AddWorkdays(a, n)
			require.Equalf(t, ref.addWorkdays(a, n), due, "%s + %d", a, n)
			require.Equal(t, n, cal.WorkdaysBetween(a, due))
			require.Equal(t, ref.between(a, due), cal.WorkdaysBetween(a, due))
		}
	}
}
