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
