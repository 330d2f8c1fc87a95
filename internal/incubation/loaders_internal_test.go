package incubation

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
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
