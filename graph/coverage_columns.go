package graph

import (
	"context"

	"hatchery/ent/guidanceofficer"
	"hatchery/ent/officerassignment"
	"hatchery/ent/organization"
	"hatchery/ent/partyorganization"
	"hatchery/internal/party"
)

// coverageColumns is what the coverage table's query reads of each row's
// organisation, branch, assignment and officer (see selectedColumns). The
// table loads an assignment's officer itself, so asking for the officer
// needs only the assignment's officer_id.
func coverageColumns(ctx context.Context) party.CoverageColumns {
	return party.CoverageColumns{
		Organization: selectedColumns(ctx, "Organization", organization.Columns, "edges", "node", "organization"),
		Branch:       selectedColumns(ctx, "PartyOrganization", partyorganization.Columns, "edges", "node", "partyOrganization"),
		Assignment: selectedColumnsWith(ctx, "OfficerAssignment", officerassignment.Columns,
			map[string][]string{"officer": {officerassignment.FieldOfficerID}}, "edges", "node", "assignment"),
		Officer: selectedColumns(ctx, "GuidanceOfficer", guidanceofficer.Columns, "edges", "node", "assignment", "officer"),
	}
}
