package incubation

import (
	"context"
	"slices"
	"sync"

	gen "hatchery/ent"
)

// pageLoader reads one field for every tenancy a list named (PageTenancies)
// in a single statement, on the first row that asks, and answers the other
// rows from what it read.
//
// The per-county loaders would also cost one statement, but they read
// every tenancy of the page's counties: at province scale a platform
// admin's page of 50 tenancies read the seats, plans and scores of 3,000.
// A page-keyed load reads the 50. Rows the list did not name (a tenancy
// reached through a space's occupants, say) still go to the county
// loaders, so a page costs a bounded number of statements either way.
//
// There is no batching wait: the named ids are the batch. The mutex is
// held across the fetch so that rows asking at once share it rather than
// read the page twice; a failed fetch is not remembered.
type pageLoader[V any] struct {
	mu    sync.Mutex
	got   map[int]V // by tenancy id; the zero value for a named row without any
	fetch func(ctx context.Context, ids []int) (map[int]V, error)
}

func newPageLoader[V any](fetch func(ctx context.Context, ids []int) (map[int]V, error)) *pageLoader[V] {
	return &pageLoader[V]{got: map[int]V{}, fetch: fetch}
}

// load is tenancy id's value, reading every named tenancy not yet read.
func (p *pageLoader[V]) load(ctx context.Context, l *loaders, id int) (V, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if v, ok := p.got[id]; ok {
		return v, nil
	}
	want := l.namedNotIn(func(id int) bool { _, ok := p.got[id]; return ok })
	if !slices.Contains(want, id) { // callers ask for named rows; be safe if not
		want = append(want, id)
	}
	got, err := p.fetch(ctx, want)
	if err != nil {
		var zero V
		return zero, err
	}
	for _, w := range want {
		p.got[w] = got[w]
	}
	return p.got[id], nil
}

// PageTenancies tells the request's loaders which tenancies a list is about
// to answer: their seats, plans and latest scores are then read for exactly
// these rows, in one statement each, and their counties' centres at once.
// Without loaders in ctx (a mutation) it does nothing.
func PageTenancies(ctx context.Context, rows []*gen.Tenancy) {
	l := loadersFrom(ctx)
	if l == nil {
		return
	}
	domains := make([]int, 0, 1)
	l.mu.Lock()
	if l.rows == nil {
		l.rows = map[int]bool{}
	}
	for _, t := range rows {
		l.rows[t.ID] = true
		domains = append(domains, t.DomainID)
	}
	l.mu.Unlock()
	PageDomains(ctx, domains)
}

// named reports whether a list named tenancy id.
func (l *loaders) named(id int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.rows[id]
}

// namedNotIn is the named tenancies for which have is false.
func (l *loaders) namedNotIn(have func(id int) bool) []int {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]int, 0, len(l.rows))
	for id := range l.rows {
		if !have(id) {
			out = append(out, id)
		}
	}
	slices.Sort(out) // the same statement text and plan for the same page
	return out
}
