package graph

import (
	"context"

	"hatchery/ent"
	"hatchery/internal/incubation"
)

// pageCentres names a page of incubation centres to the request's
// incubation loaders, so that their occupancies are read together and
// their spaces' occupants and offers for all their counties at once
// (incubation.PageCentres).
func pageCentres(ctx context.Context, conn *ent.IncubationCentreConnection) {
	incubation.PageCentres(ctx, nodes(conn.Edges, func(e *ent.IncubationCentreEdge) *ent.IncubationCentre { return e.Node }))
}
