package pageload

import (
	"context"
	"testing"
)

// BenchmarkPage50 is what a tenant list page costs its three lookups
// (seats, plans, scores) beyond the reads: naming 50 ids and loading each.
func BenchmarkPage50(b *testing.B) {
	ctx := context.Background()
	ids := make([]int, 50)
	for i := range ids {
		ids[i] = 1000 + i*7
	}
	fetch := func(_ context.Context, ids []int) (map[int]int, error) {
		out := make(map[int]int, len(ids))
		for _, id := range ids {
			out[id] = id
		}
		return out, nil
	}
	b.ReportAllocs()
	for b.Loop() {
		for range 3 {
			l := New(fetch)
			l.Name(ids...)
			for _, id := range ids {
				_, _ = l.Load(ctx, id)
			}
		}
	}
}
