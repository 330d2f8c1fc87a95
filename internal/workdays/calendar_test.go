package workdays_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/internal/workdays"
)

type dayWant struct {
	date    string
	workday bool
	name    string
}

// State Council schedules, day by day around the long holidays. The comments
// quote the notices (国务院办公厅关于…部分节假日安排的通知); the table is
// checked against the lunar-go data the calendar is built from.
var stateCouncil = map[string][]dayWant{
	// 国办发明电〔2023〕7号: 春节 2月10日至17日放假调休，共8天。
	// 2月4日（星期日）、2月18日（星期日）上班。
	"spring festival 2024": {
		{"2024-02-03", false, ""}, // ordinary Saturday
		{"2024-02-04", true, "春节"},
		{"2024-02-09", true, ""}, // New Year's Eve is a working day in 2024
		{"2024-02-10", false, "春节"},
		{"2024-02-12", false, "春节"},
		{"2024-02-16", false, "春节"},
		{"2024-02-17", false, "春节"},
		{"2024-02-18", true, "春节"},
		{"2024-02-19", true, ""},
	},
	// 国庆节 10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
	"national day 2024": {
		{"2024-09-28", false, ""},
		{"2024-09-29", true, "国庆节"},
		{"2024-09-30", true, ""},
		{"2024-10-01", false, "国庆节"},
		{"2024-10-07", false, "国庆节"},
		{"2024-10-08", true, ""},
		{"2024-10-12", true, "国庆节"},
		{"2024-10-13", false, ""},
	},
	// 国办发明电〔2024〕12号: 春节 1月28日（农历除夕）至2月4日放假调休，共8天。
	// 1月26日（周日）、2月8日（周六）上班。
	"spring festival 2025": {
		{"2025-01-25", false, ""},
		{"2025-01-26", true, "春节"},
		{"2025-01-27", true, ""},
		{"2025-01-28", false, "春节"},
		{"2025-01-29", false, "春节"},
		{"2025-02-03", false, "春节"},
		{"2025-02-04", false, "春节"},
		{"2025-02-05", true, ""},
		{"2025-02-07", true, ""},
		{"2025-02-08", true, "春节"},
		{"2025-02-09", false, ""},
	},
	// 国庆节、中秋节 10月1日至8日放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
	"national day 2025": {
		{"2025-09-27", false, ""},
		{"2025-09-28", true, "国庆中秋"},
		{"2025-09-30", true, ""},
		{"2025-10-01", false, "国庆中秋"},
		{"2025-10-06", false, "国庆中秋"}, // Mid-Autumn Festival itself
		{"2025-10-08", false, "国庆中秋"},
		{"2025-10-09", true, ""},
		{"2025-10-11", true, "国庆中秋"},
		{"2025-10-12", false, ""},
	},
	// 国办发明电〔2025〕7号: 元旦 1月1日至3日放假调休，共3天。1月4日（周日）上班。
	// 春节 2月15日至23日放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
	"new year and spring festival 2026": {
		{"2026-01-01", false, "元旦节"},
		{"2026-01-03", false, "元旦节"},
		{"2026-01-04", true, "元旦节"},
		{"2026-02-13", true, ""},
		{"2026-02-14", true, "春节"},
		{"2026-02-15", false, "春节"},
		{"2026-02-16", false, "春节"},
		{"2026-02-23", false, "春节"},
		{"2026-02-24", true, ""},
		{"2026-02-28", true, "春节"},
		{"2026-03-01", false, ""},
	},
	// 国庆节 10月1日至7日放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
	"national day 2026": {
		{"2026-09-20", true, "国庆节"},
		{"2026-09-25", false, "中秋节"},
		{"2026-10-01", false, "国庆节"},
		{"2026-10-07", false, "国庆节"},
		{"2026-10-08", true, ""},
		{"2026-10-10", true, "国庆节"},
	},
}

func TestBaseFollowsStateCouncil(t *testing.T) {
	cal := workdays.New()
	for period, days := range stateCouncil {
		t.Run(period, func(t *testing.T) {
			for _, w := range days {
				d := date(t, w.date)
				require.Equalf(t, w.workday, cal.IsWorkday(d), "IsWorkday(%s %s)", w.date, d.Weekday())
				require.Equalf(t, w.name, cal.Name(d), "Name(%s)", w.date)
			}
		})
	}
}

func TestBaseEntries(t *testing.T) {
	base := workdays.Base(2025, 2025)
	var holidays, makeUp []string
	for _, o := range base {
		require.Equal(t, 2025, o.Date.Year())
		require.Equal(t, workdays.Zone, o.Date.Location())
		require.NotEmpty(t, o.Name)
		if o.Workday {
			makeUp = append(makeUp, o.Date.Format("01-02 Mon"))
		} else if wd := o.Date.Weekday(); wd != time.Saturday && wd != time.Sunday {
			holidays = append(holidays, o.Date.Format("01-02"))
		}
	}
	require.Equal(t, []string{"01-26 Sun", "02-08 Sat", "04-27 Sun", "09-28 Sun", "10-11 Sat"}, makeUp)
	// 2025 has 13 statutory holidays (two more since the 2024 revision of the
	// national holiday rules), each moved to a weekday when it falls on a
	// weekend; every make-up working day buys one more weekday off.
	require.Len(t, holidays, 13+len(makeUp))

	require.Empty(t, workdays.Base(2028, 2030), "no data after 2027 in lunar-go v1.4.7")
	require.Empty(t, workdays.Base(2027, 2026))
	require.NotEmpty(t, workdays.Base(2023, 2023), "older years are available if needed")

	prev := time.Time{}
	for _, o := range workdays.Base(workdays.BaseFrom, workdays.BaseTo) {
		require.True(t, o.Date.After(prev), "date order")
		prev = o.Date
	}
}

func TestCovers(t *testing.T) {
	cal := workdays.New()
	require.Equal(t, []int{2024, 2025, 2026, 2027}, cal.Years())
	require.True(t, cal.Covers(2024))
	require.True(t, cal.Covers(2027))
	require.False(t, cal.Covers(2023))
	require.False(t, cal.Covers(2028))

	require.True(t, cal.CoversSpan(date(t, "2027-12-01"), date(t, "2024-01-01")))
	require.False(t, cal.CoversSpan(date(t, "2027-12-20"), date(t, "2028-01-10")))
	// 2027-12-31 17:00 UTC is already 2028 in China.
	require.False(t, cal.CoversSpan(date(t, "2027-12-01"), time.Date(2027, 12, 31, 17, 0, 0, 0, time.UTC)))
}

// Outside the covered years the calendar counts Monday–Friday only: the
// National Day of 2023 and of 2028 are working days to it. That is the
// documented fallback, and why CoversSpan exists.
func TestUncoveredYearsCountWeekdays(t *testing.T) {
	cal := workdays.New()
	for _, s := range []string{"2023-10-02", "2028-01-03", "2028-10-02"} {
		require.Truef(t, cal.IsWorkday(date(t, s)), "%s", s)
		require.Empty(t, cal.Name(date(t, s)))
	}
	require.False(t, cal.IsWorkday(date(t, "2028-10-07")), "Saturday")
	// Across the boundary the real data is still used on the covered side.
	require.Equal(t, date(t, "2028-01-03"), cal.AddWorkdays(date(t, "2027-12-31"), 1))
	require.Equal(t, date(t, "2024-01-02"), cal.AddWorkdays(date(t, "2023-12-29"), 1))
}

func TestOverridesBeatBase(t *testing.T) {
	cal := workdays.New(
		// Local decision: the make-up Sunday is cancelled…
		workdays.Override{Date: date(t, "2025-01-26"), Workday: false},
		// …and the last day of National Day is worked after all.
		workdays.Override{Date: date(t, "2025-10-08"), Workday: true, Name: "国庆中秋"},
		// A later entry for the same date wins.
		workdays.Override{Date: date(t, "2025-03-03"), Workday: false, Name: "typo"},
		workdays.Override{Date: date(t, "2025-03-03"), Workday: true},
	)
	require.False(t, cal.IsWorkday(date(t, "2025-01-26")))
	require.Empty(t, cal.Name(date(t, "2025-01-26")), "an override replaces the name too")
	require.True(t, cal.IsWorkday(date(t, "2025-10-08")))
	require.True(t, cal.IsWorkday(date(t, "2025-03-03")))
	require.Empty(t, cal.Name(date(t, "2025-03-03")))
	require.Equal(t, date(t, "2025-01-27"), cal.AddWorkdays(date(t, "2025-01-24"), 1))
	require.Equal(t, date(t, "2025-10-08"), cal.AddWorkdays(date(t, "2025-09-30"), 1))

	// The base calendar is untouched.
	base := workdays.New()
	require.True(t, base.IsWorkday(date(t, "2025-01-26")))
	require.False(t, base.IsWorkday(date(t, "2025-10-08")))
}

// When the State Council publishes 2028 in November 2027, administrators
// enter it and the year becomes covered.
func TestOverridesAddAYear(t *testing.T) {
	var y2028 []workdays.Override // a made-up schedule: the real one is not out yet
	for d := date(t, "2028-10-01"); d.Day() <= 7; d = d.AddDate(0, 0, 1) {
		y2028 = append(y2028, workdays.Override{Date: d, Name: "国庆节"})
	}
	y2028 = append(y2028, workdays.Override{Date: date(t, "2028-10-08"), Workday: true, Name: "国庆节"})
	cal := workdays.New(y2028...)

	require.True(t, cal.Covers(2028))
	require.Equal(t, []int{2024, 2025, 2026, 2027, 2028}, cal.Years())
	require.False(t, cal.IsWorkday(date(t, "2028-10-02")))
	require.True(t, cal.IsWorkday(date(t, "2028-10-08")), "make-up Sunday")
	require.Equal(t, date(t, "2028-10-08"), cal.AddWorkdays(date(t, "2028-09-29"), 1))
	require.Equal(t, 1, cal.WorkdaysBetween(date(t, "2028-09-29"), date(t, "2028-10-08")))
}

func TestNewFromWithoutBase(t *testing.T) {
	// An edited copy of the base, as the app would load it from its table:
	// the 2025-01-26 row was deleted, so that Sunday is an ordinary Sunday.
	var rows []workdays.Override
	for _, o := range workdays.Base(2025, 2025) {
		if !o.Date.Equal(date(t, "2025-01-26")) {
			rows = append(rows, o)
		}
	}
	cal := workdays.NewFrom(rows)
	require.False(t, cal.IsWorkday(date(t, "2025-01-26")))
	require.True(t, cal.IsWorkday(date(t, "2025-02-08")))
	require.Equal(t, []int{2025}, cal.Years())

	require.Equal(t, []int{2025}, workdays.NewFrom(rows, workdays.Override{}).Years(), "zero dates are skipped")

	empty := workdays.NewFrom(nil)
	require.Empty(t, empty.Years())
	require.True(t, empty.IsWorkday(date(t, "2025-01-28")), "no data: weekdays only")
}

func TestZeroCalendarCountsWeekdays(t *testing.T) {
	var cal workdays.Calendar
	require.False(t, cal.Covers(2025))
	require.True(t, cal.IsWorkday(date(t, "2025-10-01")))
	require.False(t, cal.IsWorkday(date(t, "2025-10-04")))
	require.Equal(t, date(t, "2025-10-06"), cal.AddWorkdays(date(t, "2025-10-03"), 1))
	require.Equal(t, 5, cal.WorkdaysBetween(date(t, "2025-09-30"), date(t, "2025-10-07")))
}

func TestDatesAreChinaDates(t *testing.T) {
	cal := workdays.New()
	lastWorkday := time.Date(2025, 1, 27, 15, 59, 0, 0, time.UTC) // 23:59 in Beijing
	firstHoliday := time.Date(2025, 1, 27, 16, 0, 0, 0, time.UTC) // midnight in Beijing
	require.True(t, cal.IsWorkday(lastWorkday))
	require.False(t, cal.IsWorkday(firstHoliday))
	require.Equal(t, date(t, "2025-01-28"), workdays.DateOf(firstHoliday))
	require.Equal(t, "春节", cal.Name(firstHoliday))

	// An override stored as a UTC-midnight DATE lands on its own day.
	cal = workdays.New(workdays.Override{Date: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)})
	require.False(t, cal.IsWorkday(date(t, "2025-03-03")))
	require.True(t, cal.IsWorkday(date(t, "2025-03-04")))

	// Results are midnight China time whatever the input zone.
	got := cal.AddWorkdays(time.Date(2025, 3, 3, 20, 0, 0, 0, time.UTC), 1) // Mar 4, 04:00 in Beijing
	require.Equal(t, date(t, "2025-03-05"), got)
	require.Equal(t, workdays.Zone, got.Location())
}
