package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/index"
)

// orderIndexes are the indexes that let a list be read in the order the
// API offers (entgql.OrderField; entgql adds the id as the tie-breaker)
// instead of sorting the whole table for a page of 50 (issue 14): for each
// column, (domain_id, column, id) for a viewer that privacy limits to one
// domain and (column, id) for a cross-domain one. internal/db's
// TestEveryOrderHasAnIndex asks the planner for every order of every list
// on Query, so an order added without its index fails there.
func orderIndexes(columns ...string) []ent.Index {
	idx := make([]ent.Index, 0, 2*len(columns))
	for _, c := range columns {
		idx = append(idx, index.Fields("domain_id", c, "id"), index.Fields(c, "id"))
	}
	return idx
}

// globalOrderIndexes are orderIndexes for a table without a domain
// (domains themselves, the working-day calendar): (column, id) only.
func globalOrderIndexes(columns ...string) []ent.Index {
	idx := make([]ent.Index, 0, len(columns))
	for _, c := range columns {
		idx = append(idx, index.Fields(c, "id"))
	}
	return idx
}

// filterIndexes serve the equality filters the API offers (Filters) on
// columns that are not references to another row: the same two indexes as
// orderIndexes, so that a county's staff and a cross-domain viewer both
// find a status's or a kind's rows without reading the table.
// internal/db's TestEveryFilterHasAnIndex reads every where input of a list
// on Query, so a filter added without its index fails there.
func filterIndexes(columns ...string) []ent.Index { return orderIndexes(columns...) }

// refIndexes serve a filter by a reference to another row (an
// organisation's proposals): (column) alone, since one row's references
// are few whichever domains the viewer reads.
func refIndexes(columns ...string) []ent.Index {
	idx := make([]ent.Index, 0, len(columns))
	for _, c := range columns {
		idx = append(idx, index.Fields(c))
	}
	return idx
}
