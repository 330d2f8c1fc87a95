package graph

import (
	"context"

	"hatchery/ent"
	"hatchery/internal/incubation"
)

// pageTenancies names a page of tenancies to the request's incubation
// loaders, so that the rows' seats, plans and scores are read in one
// statement each for exactly these rows (incubation.PageTenancies).
func pageTenancies(ctx context.Context, conn *ent.TenancyConnection) {
	rows := make([]*ent.Tenancy, 0, len(conn.Edges))
	for _, e := range conn.Edges {
		if e != nil && e.Node != nil {
			rows = append(rows, e.Node)
		}
	}
	incubation.PageTenancies(ctx, rows)
}
