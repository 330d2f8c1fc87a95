package main

import (
	"context"
	"fmt"
)

// The party-building coverage table (frontend: party/committee
// CoveragePage): the first 50 organisations by name, each with its
// current form and since when, its branch, its live guidance-officer
// assignment with the officer, and its last visit of the past year. The
// page also shows the county's maximum officer load, a setting rather than
// a column of the row, which is left out.
//
// Hatchery's table is organisations with their coverage, so PostGraphile's
// is allOrganizations by name with the organisation's coverage periods and
// assignments that have no end (condition endOn: null; a partial unique
// index allows one of each) and its latest visit. Two differences the
// tables leave: Hatchery skips deregistered organisations (the data set
// has none; a condition cannot say "not") and counts only visits of the
// past year (bench/gen dates every visit within it).
const (
	coverageHatchery = `{ partyCoverageTable(first: 50) { totalCount edges { node { id form since lastVisitOn organization { id name uscc town kind } partyOrganization { id name kind } assignment { id startOn officer { id name currentLoad } } } } } }`

	coveragePostGraphile = `{ organizations: allOrganizations(first: 50, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { totalCount edges { node { rowId name uscc town kind coverages: partyCoveragesByOrganizationId(condition: {endOn: null}) { nodes { form startOn partyOrganization: partyOrganizationByPartyOrganizationId { rowId name kind } } } assignments: officerAssignmentsByOrganizationId(condition: {endOn: null}) { nodes { rowId startOn officer: guidanceOfficerByOfficerId { rowId name currentLoad } } } visits: partyVisitsByOrganizationId(first: 1, orderBy: [VISITED_ON_DESC]) { nodes { visitedOn } } } } } }`
)

func coverageList() *list {
	return &list{
		title:    "the coverage table: the first 50 organisations by name, with form, branch, officer and last visit",
		hatchery: body(coverageHatchery), postgraphile: body(coveragePostGraphile),
		needle: `"uscc":`, same: sameCoverage,
	}
}

type branchNode struct{ ID, RowID, Name, Kind text }

type assignmentNode struct {
	ID, RowID, StartOn text
	Officer            struct{ ID, RowID, Name, CurrentLoad text }
}

func coverageLine(id, form, since, visit text, o struct{ ID, RowID, Name, USCC, Town, Kind text }, b *branchNode, a *assignmentNode) string {
	branch, officer := "-", "-"
	if b != nil {
		branch = row(b.ID+b.RowID, b.Name, b.Kind)
	}
	if a != nil {
		officer = row(a.ID+a.RowID, when(a.StartOn), a.Officer.ID+a.Officer.RowID, a.Officer.Name, a.Officer.CurrentLoad)
	}
	return row(id, form, when(since), when(visit), o.ID+o.RowID, o.Name, o.USCC, o.Town, o.Kind, branch, officer)
}

func sameCoverage(ctx context.Context, h, p *target, edges int) error {
	var hv struct {
		PartyCoverageTable struct {
			Edges []struct {
				Node struct {
					ID, Form, Since, LastVisitOn text
					Organization                 struct{ ID, RowID, Name, USCC, Town, Kind text }
					PartyOrganization            *branchNode
					Assignment                   *assignmentNode
				}
			}
		}
	}
	if err := post(ctx, h.url, h.body, h.auth, &hv); err != nil {
		return fmt.Errorf("%s: %w", h.name, err)
	}
	var pv struct {
		Organizations struct {
			Edges []struct {
				Node struct {
					RowID, Name, USCC, Town, Kind text
					Coverages                     struct {
						Nodes []struct {
							Form, StartOn     text
							PartyOrganization *branchNode
						}
					}
					Assignments struct{ Nodes []assignmentNode }
					Visits      struct{ Nodes []struct{ VisitedOn text } }
				}
			}
		}
	}
	if err := post(ctx, p.url, p.body, p.auth, &pv); err != nil {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	var rh, rp []string
	for _, e := range hv.PartyCoverageTable.Edges {
		n := e.Node
		rh = append(rh, coverageLine(n.ID, n.Form, n.Since, n.LastVisitOn, n.Organization, n.PartyOrganization, n.Assignment))
	}
	for _, e := range pv.Organizations.Edges {
		n := e.Node
		// No period recorded reads as UNCOVERED, with no date (Hatchery's rule).
		form, since, visit := text("UNCOVERED"), text(""), text("")
		var b *branchNode
		var a *assignmentNode
		if len(n.Coverages.Nodes) > 0 {
			c := n.Coverages.Nodes[0]
			form, since, b = c.Form, c.StartOn, c.PartyOrganization
		}
		if len(n.Assignments.Nodes) > 0 {
			a = &n.Assignments.Nodes[0]
		}
		if len(n.Visits.Nodes) > 0 {
			visit = n.Visits.Nodes[0].VisitedOn
		}
		o := struct{ ID, RowID, Name, USCC, Town, Kind text }{RowID: n.RowID, Name: n.Name, USCC: n.USCC, Town: n.Town, Kind: n.Kind}
		rp = append(rp, coverageLine(n.RowID, form, since, visit, o, b, a))
	}
	return sameRows(h, p, rh, rp, edges)
}
