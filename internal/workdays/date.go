package workdays

import "time"

// Zone is China Standard Time. A fixed offset rather than
// time.LoadLocation("Asia/Shanghai"): China has kept UTC+8 without daylight
// saving since 1991, and a fixed zone needs no tzdata in the container.
var Zone = time.FixedZone("CST", zoneOffset)

const (
	zoneOffset    = 8 * 60 * 60
	secondsPerDay = 24 * 60 * 60
)

// DateOf returns the China calendar day of t, as midnight at the start of
// that day in [Zone].
func DateOf(t time.Time) time.Time { return dayOf(t).time() }

// day is a calendar day in China time, counted from 1970-01-01 (a Thursday).
// All arithmetic is done on day numbers: they are cheap to compare and to
// index with, and they cannot carry a stray time of day or zone.
type day int

func dayOf(t time.Time) day {
	return day(floorDiv(int(t.Unix())+zoneOffset, secondsPerDay))
}

func (d day) time() time.Time {
	return time.Unix(int64(d)*secondsPerDay-zoneOffset, 0).In(Zone)
}

// floorDiv rounds towards minus infinity, so that days before 1970 fall into
// the right week.
func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// Weeks below start on Thursday, because day 0 (1970-01-01) is a Thursday.
var (
	// weekdaysInFirst[r] is the number of Mondays–Fridays among the first r
	// days of a week that starts on Thursday: Thu Fri Sat Sun Mon Tue Wed.
	weekdaysInFirst = [7]int{0, 1, 2, 2, 2, 3, 4}
	// weekdayOffset[r] is the offset in such a week of its r-th weekday.
	weekdayOffset = [5]day{0, 1, 4, 5, 6}
)

// weekdaysBefore returns the number of Mondays–Fridays in [day 0, d), which is
// negative for d before day 0. It is the ordinal of d among weekdays when d
// is one.
func weekdaysBefore(d day) int {
	weeks := floorDiv(int(d), 7)
	return 5*weeks + weekdaysInFirst[int(d)-7*weeks]
}

// nthWeekday is the inverse of weekdaysBefore: the weekday whose ordinal is k.
func nthWeekday(k int) day {
	weeks := floorDiv(k, 5)
	return day(7*weeks) + weekdayOffset[k-5*weeks]
}

func isWeekday(d day) bool {
	return weekdaysBefore(d+1) > weekdaysBefore(d)
}
