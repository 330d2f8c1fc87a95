package incubation

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/internal/pageload"
)

// A page spanning counties is read in one load: the first row's load also
// reads the counties PageDomains named, and the other rows find theirs
// primed. Without a name, each county is its own load.
func TestPerDomainLoadsThePageCountiesAtOnce(t *testing.T) {
	var mu sync.Mutex
	var fetches [][]int
	newLoader := func() (context.Context, func(ctx context.Context, d int) string) {
		l := &loaders{}
		ld := perDomain(l, func(_ context.Context, domains []int) (map[int]string, error) {
			mu.Lock()
			fetches = append(fetches, slices.Sorted(slices.Values(domains)))
			mu.Unlock()
			out := map[int]string{}
			for _, d := range domains {
				if d != 3 { // county 3 has no rows
					out[d] = "rows of " + string(rune('A'+d))
				}
			}
			return out, nil
		})
		ctx := context.WithValue(t.Context(), loadersKey{}, l)
		return ctx, func(ctx context.Context, d int) string {
			v, err := ld.Load(ctx, d)
			require.NoError(t, err)
			return v
		}
	}

	ctx, load := newLoader()
	PageDomains(ctx, []int{1, 2, 3})
	PageDomains(ctx, []int{2}) // named twice: once
	require.Equal(t, "rows of B", load(ctx, 1))
	require.Equal(t, "rows of C", load(ctx, 2))
	require.Equal(t, "", load(ctx, 3), "a county without rows still answers")
	require.Equal(t, [][]int{{1, 2, 3}}, fetches, "one load for the page")

	fetches = nil
	ctx, load = newLoader()
	load(ctx, 1)
	load(ctx, 2)
	require.Equal(t, [][]int{{1}, {2}}, fetches, "unnamed: a load per county")

	// Without loaders (a mutation), naming does nothing.
	require.NotPanics(t, func() { PageDomains(t.Context(), []int{1}) })
}

// A list's named rows are read in one fetch of exactly those rows, on the
// first row that asks; a later naming reads only its new rows, and a
// failed fetch is tried again rather than remembered.
func TestPageTenanciesReadsTheNamedRowsOnce(t *testing.T) {
	var fetches [][]int
	fail := false
	l := &loaders{
		pageMilestones: pageload.New(func(context.Context, []int) (map[int][]*gen.TenancyMilestone, error) { return nil, nil }),
		pageLatest: pageload.New(func(_ context.Context, ids []int) (map[int]*gen.MaturityAssessment, error) {
			fetches = append(fetches, slices.Clone(ids))
			if fail {
				return nil, errors.New("database gone")
			}
			out := map[int]*gen.MaturityAssessment{}
			for _, id := range ids {
				if id != 12 { // tenancy 12 was never assessed
					out[id] = &gen.MaturityAssessment{ID: id * 10, TenancyID: id}
				}
			}
			return out, nil
		}),
	}
	ctx := context.WithValue(t.Context(), loadersKey{}, l)
	svc := &Service{}
	latest := func(id int) int {
		require.True(t, l.named(id))
		a, err := svc.LatestAssessment(ctx, nil, &gen.Tenancy{ID: id, DomainID: 1})
		require.NoError(t, err)
		if a == nil {
			return 0
		}
		require.Equal(t, id, a.TenancyID)
		return a.ID
	}

	PageTenancies(ctx, []*gen.Tenancy{{ID: 13, DomainID: 1}, {ID: 11, DomainID: 2}, {ID: 12, DomainID: 1}})
	require.Equal(t, 110, latest(11))
	require.Equal(t, 0, latest(12), "a named row without an assessment has none")
	require.Equal(t, 130, latest(13))
	require.Equal(t, [][]int{{11, 12, 13}}, fetches, "one fetch for the page, of its rows")
	require.Equal(t, []int{1, 2}, l.page, "the page's counties are named too, once each")
	require.False(t, l.named(14))
	require.Empty(t, l.pageSeats, "no row asked for its seats: no seat loader was made")

	PageTenancies(ctx, []*gen.Tenancy{{ID: 14, DomainID: 1}, {ID: 11, DomainID: 2}})
	fail = true
	_, err := svc.LatestAssessment(ctx, nil, &gen.Tenancy{ID: 14, DomainID: 1})
	require.ErrorContains(t, err, "database gone")
	fail = false
	require.Equal(t, 140, latest(14), "a failed fetch is tried again")
	require.Equal(t, 110, latest(11))
	require.Equal(t, [][]int{{11, 12, 13}, {14}, {14}}, fetches, "a second page reads only its new rows")

	// Without loaders (a mutation), naming does nothing.
	require.NotPanics(t, func() { PageTenancies(t.Context(), []*gen.Tenancy{{ID: 1}}) })
}

// Every column, none and some are three different column sets: the seats
// of one selection are never served to another that asks for more.
func TestSeatColumnsKeysTellSetsApart(t *testing.T) {
	keys := map[string]bool{}
	for _, c := range []SeatColumns{
		{}, {Seat: []string{}}, {Seat: []string{"seats"}}, {Space: []string{}},
		{Space: []string{"code"}}, {Seat: []string{"seats"}, Space: []string{"code"}},
		{Seat: []string{"seats", "from_on"}, Space: []string{"code"}},
	} {
		require.False(t, keys[c.key()], "%+v shares its key %q", c, c.key())
		keys[c.key()] = true
	}
}
