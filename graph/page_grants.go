package graph

import (
	"context"

	"hatchery/ent"
	"hatchery/internal/grant"
)

// pageProposals, pageAwards and pageAssignments name a page of the grant
// lists to the request's lookups (grant.NameProposals and the like), so
// that what each row shows beyond its columns (the applicant's name, the
// award, the objections, an assignment's proposal) is read in one
// statement for the whole page instead of one per row.
func pageProposals(ctx context.Context, conn *ent.ProposalConnection) {
	grant.NameProposals(ctx, nodes(conn.Edges, func(e *ent.ProposalEdge) *ent.Proposal { return e.Node }))
}

func pageAwards(ctx context.Context, conn *ent.AwardConnection) {
	grant.NameAwards(ctx, nodes(conn.Edges, func(e *ent.AwardEdge) *ent.Award { return e.Node }))
}

func pageAssignments(ctx context.Context, conn *ent.ReviewAssignmentConnection) {
	grant.NameAssignments(ctx, nodes(conn.Edges, func(e *ent.ReviewAssignmentEdge) *ent.ReviewAssignment { return e.Node }))
}

// nodes is the rows of a connection's page.
func nodes[E any, N comparable](edges []E, node func(E) N) []N {
	var none N
	out := make([]N, 0, len(edges))
	for _, e := range edges {
		if n := node(e); n != none {
			out = append(out, n)
		}
	}
	return out
}
