package main

import (
	"context"
	"fmt"
	"slices"
)

// The incubator's tenant list (frontend: incubation/TenanciesPage, as it
// opens: running tenancies, by end date), 50 rows with what the page shows
// of each that is a column or a relation: stage, virtual, status, end
// date, the organisation's name, the mentor's name and the seats held now
// with their space's code. The page's maturity score and graduation
// readiness are Hatchery's rules, not columns, and are left out.
//
// PostGraphile reads the seats held now as the tenancy's seat rows with no
// release date (condition releasedOn: null), which is what Hatchery's
// seats field is. Ordering by ends_on needs PgIndexBehaviorsPlugin off
// (bench/postgraphile/graphile.config.mjs); the primary key breaks ties,
// as Hatchery's cursor order does.
const (
	tenancyHatchery = `{ tenancies(first: 50, where: {status: ACTIVE}, orderBy: {field: ENDS_ON, direction: ASC}) { totalCount edges { node { id stage virtual status endsOn organization { id name } mentor { id displayName } seats { id seats space { id code } } } } } }`

	tenancyPostGraphile = `{ tenancies: allTenancies(first: 50, condition: {status: "ACTIVE"}, orderBy: [ENDS_ON_ASC, PRIMARY_KEY_ASC]) { totalCount edges { node { rowId stage virtual status endsOn organization: organizationByOrganizationId { rowId name } mentor: userByMentorId { rowId displayName } seats: tenancySpacesByTenancyId(condition: {releasedOn: null}) { nodes { rowId seats space: incubationSpaceBySpaceId { rowId code } } } } } } }`
)

func tenancyList() *list {
	return &list{
		title:    "the tenant list: the first 50 running tenancies by end date, with organisation, mentor and seats held",
		hatchery: body(tenancyHatchery), postgraphile: body(tenancyPostGraphile),
		needle: `"endsOn":`, same: sameTenancies,
	}
}

// tenancyNode is a tenancy as either server sends it: PostGraphile's
// fields are aliased to Hatchery's names, and its id column is rowId, so
// ID+RowID is whichever of the two the server sent.
type tenancyNode struct {
	ID, RowID             text
	Stage, Status, EndsOn text
	Virtual               bool
	Organization          struct{ ID, RowID, Name text }
	Mentor                *struct{ ID, RowID, DisplayName text }
	Seats                 []seat // Hatchery's list; PostGraphile's connection is decoded apart
}

type seat struct {
	ID, RowID, Seats text
	Space            struct{ ID, RowID, Code text }
}

func (n tenancyNode) line() string {
	mentor := "-"
	if n.Mentor != nil {
		mentor = string(n.Mentor.ID+n.Mentor.RowID) + " " + string(n.Mentor.DisplayName)
	}
	seats := make([]string, len(n.Seats))
	for i, s := range n.Seats {
		seats[i] = fmt.Sprintf("%s:%s@%s/%s", s.ID+s.RowID, s.Seats, s.Space.ID+s.Space.RowID, s.Space.Code)
	}
	slices.Sort(seats)
	return row(n.ID+n.RowID, n.Stage, n.Virtual, n.Status, when(n.EndsOn),
		n.Organization.ID+n.Organization.RowID, n.Organization.Name, mentor, seats)
}

func sameTenancies(ctx context.Context, h, p *target, edges int) error {
	var hv struct {
		Tenancies struct{ Edges []struct{ Node tenancyNode } }
	}
	if err := post(ctx, h.url, h.body, h.auth, &hv); err != nil {
		return fmt.Errorf("%s: %w", h.name, err)
	}
	// PostGraphile's seats are a connection: decode them apart.
	var pv struct {
		Tenancies struct {
			Edges []struct {
				Node struct {
					tenancyNode
					Seats struct{ Nodes []seat }
				}
			}
		}
	}
	if err := post(ctx, p.url, p.body, p.auth, &pv); err != nil {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	var rh, rp []string
	for _, e := range hv.Tenancies.Edges {
		rh = append(rh, e.Node.line())
	}
	for _, e := range pv.Tenancies.Edges {
		n := e.Node.tenancyNode
		n.Seats = e.Node.Seats.Nodes
		rp = append(rp, n.line())
	}
	return sameRows(h, p, rh, rp, edges)
}
