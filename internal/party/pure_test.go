package party

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
)

// TestPoints: minutes at a rate per hour, rounded down, in integers.
func TestPoints(t *testing.T) {
	for _, c := range []struct{ minutes, rate, want int }{
		{60, 10, 10},
		{95, 12, 19}, // 1140 / 60
		{47, 12, 9},  // 9.4
		{130, 9, 19}, // 19.5
		{59, 1, 0},   // less than a point
		{61, 10, 10}, // 10.17
		{1440, 1000, 24000},
		{90, 0, 0},
		{0, 50, 0},
	} {
		require.Equal(t, c.want, Points(c.minutes, c.rate), "%d min at %d/h", c.minutes, c.rate)
	}
}

// TestRank: by points, most first; equal points share a rank and the next
// rank skips (1, 1, 3); ties are listed by name, then id.
func TestRank(t *testing.T) {
	row := func(id int, name string, points int) *LeaderboardRow {
		return &LeaderboardRow{Volunteer: &gen.PartyVolunteer{ID: id, Name: name}, Points: points}
	}
	rows := []*LeaderboardRow{row(5, "党员C", 10), row(3, "党员B", 39), row(9, "党员D", 10), row(1, "党员A", 39),
		row(2, "党员A", 39), row(7, "党员E", 2)}
	rank(rows)
	type got struct {
		Rank, ID, Points int
	}
	var out []got
	for _, r := range rows {
		out = append(out, got{r.Rank, r.Volunteer.ID, r.Points})
	}
	require.Equal(t, []got{{1, 1, 39}, {1, 2, 39}, {1, 3, 39}, {4, 5, 10}, {4, 9, 10}, {6, 7, 2}}, out)

	one := []*LeaderboardRow{row(1, "x", 0)}
	rank(one)
	require.Equal(t, 1, one[0].Rank)
	rank(nil) // nothing to rank is fine
}

// TestMonthEnds: the last day of each month of the year up to today; the
// current month ends today; a year ahead has none, a past year all twelve.
func TestMonthEnds(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	now := d(2026, 6, 15)
	require.Equal(t, []time.Time{d(2026, 1, 31), d(2026, 2, 28), d(2026, 3, 31), d(2026, 4, 30), d(2026, 5, 31), d(2026, 6, 15)},
		monthEnds(2026, now))
	past := monthEnds(2024, now)
	require.Len(t, past, 12)
	require.Equal(t, d(2024, 2, 29), past[1], "a leap year's February")
	require.Equal(t, d(2024, 12, 31), past[11])
	require.Empty(t, monthEnds(2027, now))
	require.Equal(t, []time.Time{d(2026, 1, 1)}, monthEnds(2026, d(2026, 1, 1)), "on New Year's Day, January ends today")
	require.Equal(t, d(2026, 12, 31), monthEnds(2026, d(2026, 12, 31))[11])
}

// TestDay: a moment's date in China, as midnight UTC.
func TestDay(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	cst := time.FixedZone("CST", 8*3600)
	for _, c := range []struct {
		at   time.Time
		want time.Time
	}{
		{time.Date(2026, 3, 1, 0, 0, 0, 0, cst), d(2026, 3, 1)},                            // what the web app sends
		{time.Date(2026, 2, 28, 16, 0, 0, 0, time.UTC), d(2026, 3, 1)},                     // midnight in China, still the 28th in UTC
		{time.Date(2026, 2, 28, 15, 59, 59, 0, time.UTC), d(2026, 2, 28)},                  // a second before
		{time.Date(2026, 12, 31, 23, 30, 0, 0, cst), d(2026, 12, 31)},                      // late on New Year's Eve
		{time.Date(2026, 12, 31, 16, 30, 0, 0, time.UTC), d(2027, 1, 1)},                   // New Year in China
		{time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC), d(2026, 6, 15)},                     // a stored date is its own day
		{time.Date(2026, 6, 14, 20, 0, 0, 0, time.FixedZone("", -4*3600)), d(2026, 6, 15)}, // from New York
	} {
		got := Day(c.at)
		require.Equal(t, c.want, got, "%s", c.at)
		require.Equal(t, time.UTC, got.Location())
		require.Equal(t, got, Day(got), "Day is idempotent on stored dates")
	}
}
