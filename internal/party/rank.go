package party

import (
	"cmp"
	"slices"
)

// rank orders rows by points (most first), then name, then id, and gives
// each its rank: equal points share a rank, the next rank skips (1, 1, 3).
func rank(rows []*LeaderboardRow) {
	slices.SortFunc(rows, func(a, b *LeaderboardRow) int {
		if c := cmp.Compare(b.Points, a.Points); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Volunteer.Name, b.Volunteer.Name); c != 0 {
			return c
		}
		return cmp.Compare(a.Volunteer.ID, b.Volunteer.ID)
	})
	for i, r := range rows {
		if i > 0 && r.Points == rows[i-1].Points {
			r.Rank = rows[i-1].Rank
		} else {
			r.Rank = i + 1
		}
	}
}
