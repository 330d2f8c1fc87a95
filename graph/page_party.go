package graph

import (
	"context"

	"hatchery/ent"
	"hatchery/internal/authz"
	"hatchery/internal/party"
)

// pageVisits and pageActivities name a page of party visits or activities
// to the request's party loaders, so that the rows' photos are read in one
// statement for the whole page (party.PageRecords).
func pageVisits(ctx context.Context, conn *ent.PartyVisitConnection) {
	party.PageRecords(ctx, authz.OwnerPartyVisit, ids(conn.Edges, func(e *ent.PartyVisitEdge) int { return e.Node.ID }))
}

func pageActivities(ctx context.Context, conn *ent.PartyActivityConnection) {
	party.PageRecords(ctx, authz.OwnerPartyActivity, ids(conn.Edges, func(e *ent.PartyActivityEdge) int { return e.Node.ID }))
}

// pagePartyOrganizations names a page of party organisations, so that
// their covered counts are read in one statement (party.PagePartyOrganizations).
func pagePartyOrganizations(ctx context.Context, conn *ent.PartyOrganizationConnection) {
	party.PagePartyOrganizations(ctx, ids(conn.Edges, func(e *ent.PartyOrganizationEdge) int { return e.Node.ID }))
}

// ids is the ids of a connection's page.
func ids[E any](edges []E, id func(E) int) []int {
	out := make([]int, 0, len(edges))
	for _, e := range edges {
		out = append(out, id(e))
	}
	return out
}
