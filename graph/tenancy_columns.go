package graph

import (
	"context"
	"maps"

	"hatchery/ent/incubationspace"
	"hatchery/ent/tenancy"
	"hatchery/ent/tenancyspace"
	"hatchery/internal/incubation"
)

// tenancyEdges are a tenancy's edges as ent's field collection loads them,
// each with the foreign key it needs (ent adds it too).
var tenancyEdges = map[string][]string{
	"domain":       {tenancy.FieldDomainID},
	"centre":       {tenancy.FieldCentreID},
	"organization": {tenancy.FieldOrganizationID},
	"mentor":       {tenancy.FieldMentorID},
}

// tenancyListFields are what a tenancy list's rows may ask for and still be
// read column by column: plain fields, edges, and the computed fields whose
// resolvers say what they read (incubation.TenancyFieldColumns).
var tenancyListFields = func() map[string][]string {
	m := maps.Clone(tenancyEdges)
	maps.Copy(m, incubation.TenancyFieldColumns)
	return m
}()

// tenancyColumns is what the tenant list reads of each row, or nil for
// every column (see selectedColumns). ent's own field collection gives up
// on a row that asks for any computed field, and the list's page asks for
// three; its edges' foreign keys are ent's to add.
func tenancyColumns(ctx context.Context) []string {
	return selectedColumnsWith(ctx, "Tenancy", tenancy.Columns, tenancyListFields, "edges", "node")
}

// seatColumns is what a tenancy's seats field reads of the seats and their
// spaces (see selectedColumns): the tenant list asks for a seat's count and
// its space's code. Worked out once an operation for each selection of the
// field, not on every row (perSelection).
func seatColumns(ctx context.Context) incubation.SeatColumns {
	return perSelection(ctx, "seatColumns", seatColumnsOf)
}

func seatColumnsOf(ctx context.Context) incubation.SeatColumns {
	return incubation.SeatColumns{
		Seat: selectedColumnsWith(ctx, "TenancySpace", tenancyspace.Columns,
			map[string][]string{"space": {tenancyspace.FieldSpaceID}}),
		Space: selectedColumns(ctx, "IncubationSpace", incubationspace.Columns, "space"),
	}
}
