package workdays_test

import (
	"fmt"
	"time"

	"hatchery/internal/workdays"
)

func ExampleCalendar_AddWorkdays() {
	cal := workdays.New()
	// Accepted on Friday 24 January 2025, before the Spring Festival.
	accepted := time.Date(2025, 1, 24, 15, 0, 0, 0, workdays.Zone)
	for _, n := range []int{1, 2, 3, 6} {
		fmt.Println(n, cal.AddWorkdays(accepted, n).Format("2006-01-02 Mon"))
	}
	// Output:
	// 1 2025-01-26 Sun
	// 2 2025-01-27 Mon
	// 3 2025-02-05 Wed
	// 6 2025-02-08 Sat
}

func ExampleCalendar_CoversSpan() {
	cal := workdays.New()
	accepted := time.Date(2027, 12, 20, 10, 0, 0, 0, workdays.Zone)
	due := cal.AddWorkdays(accepted, 15)
	fmt.Println(due.Format(time.DateOnly), cal.CoversSpan(accepted, due))
	// Output: 2028-01-10 false
}

func ExampleClock() {
	at := func(s string) time.Time {
		t, _ := time.ParseInLocation("2006-01-02 15:04", s, workdays.Zone)
		return t
	}
	supplemented := at("2025-10-10 09:30")
	c := workdays.Clock{
		Calendar: workdays.New(),
		Start:    at("2025-09-29 16:00"), // accepted with deficiencies (容缺受理)
		Limit:    5,                      // promised working days
		Pauses:   []workdays.Pause{{From: at("2025-09-30 11:00"), To: &supplemented}},
	}
	// Runs: Tue 30 Sep (the pause began that day), make-up Sat 11 Oct, Mon 13.
	// Paused: Thu 9 and Fri 10 Oct (paused when they began). Holiday: 1–8 Oct.
	now := at("2025-10-13 10:00")
	fmt.Println("due", c.Due().Format("2006-01-02 Mon"))
	fmt.Println("used", c.Used(now), "left", c.Left(now), "overdue", c.Overdue(now), "soon", c.DueSoon(now))
	// Output:
	// due 2025-10-15 Wed
	// used 3 left 2 overdue false soon false
}
