package incubation

import (
	"context"

	gen "hatchery/ent"
	"hatchery/internal/pageload"
)

// The tenant list's seats, plans and latest scores are read for the rows the
// list named (PageTenancies), through pageload loaders, one statement each.
//
// The per-county loaders would also cost one statement, but they read
// every tenancy of the page's counties: at province scale a platform
// admin's page of 50 tenancies read the seats, plans and scores of 3,000.
// A page-keyed load reads the 50. Rows the list did not name (a tenancy
// reached through a space's occupants, say) still go to the county
// loaders, so a page costs a bounded number of statements either way.

// PageTenancies tells the request's loaders which tenancies a list is about
// to answer: their seats, plans and latest scores are then read for exactly
// these rows, in one statement each, and their counties' centres at once.
// Without loaders in ctx (a mutation) it does nothing.
func PageTenancies(ctx context.Context, rows []*gen.Tenancy) {
	l := loadersFrom(ctx)
	if l == nil {
		return
	}
	ids := make([]int, 0, len(rows))
	domains := make([]int, 0, 1)
	l.mu.Lock()
	if l.rows == nil {
		l.rows = map[int]bool{}
	}
	for _, t := range rows {
		l.rows[t.ID] = true
		ids = append(ids, t.ID)
		domains = append(domains, t.DomainID)
	}
	seats := make([]*pageload.Loader[[]*gen.TenancySpace], 0, len(l.pageSeats))
	for _, ld := range l.pageSeats {
		seats = append(seats, ld)
	}
	l.mu.Unlock()
	for _, ld := range seats { // a loader made later names l.rows itself
		ld.Name(ids...)
	}
	l.pageMilestones.Name(ids...)
	l.pageLatest.Name(ids...)
	PageDomains(ctx, domains)
}

// named reports whether a list named tenancy id: its fields are then read
// through the page loaders rather than the county ones.
func (l *loaders) named(id int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.rows[id]
}
