package graph

import (
	"context"
	"slices"

	"hatchery/ent"
	"hatchery/internal/incubation"
)

// pageTenancies names the counties of a page of tenancies to the request's
// incubation loaders, so that the rows' seats, plans and scores are read in
// one statement for the whole page (incubation.PageDomains).
func pageTenancies(ctx context.Context, conn *ent.TenancyConnection) {
	var domains []int
	for _, e := range conn.Edges {
		if e != nil && e.Node != nil && !slices.Contains(domains, e.Node.DomainID) {
			domains = append(domains, e.Node.DomainID)
		}
	}
	incubation.PageDomains(ctx, domains)
}
