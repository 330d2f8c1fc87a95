package graph

import (
	"slices"

	"entgo.io/ent/dialect/sql"

	"hatchery/ent"
	"hatchery/ent/tenancy"
	"hatchery/internal/sqlconst"
)

// statusWritten returns where with its status filter ("status: ACTIVE", the
// tenant list's own) written into the statement instead of bound
// (sqlconst). Bound, PostgreSQL plans the page anew on every request: its
// plan for any status costs more than the plan for the one at hand plus the
// planning, so it never settles on one (0.16 ms of its CPU a request at
// province scale). The status is one of the schema's few values, checked
// here again, so a connection keeps at most one plan for each. Only the
// top-level equality moves; every other filter stays as ent binds it.
func statusWritten(where *ent.TenancyWhereInput) *ent.TenancyWhereInput {
	if where == nil || where.Status == nil || tenancy.StatusValidator(*where.Status) != nil {
		return where
	}
	status := string(*where.Status)
	w := *where
	w.Status = nil
	w.Predicates = append(slices.Clip(where.Predicates), func(s *sql.Selector) {
		s.Where(sqlconst.Compare(s.C(tenancy.FieldStatus), sql.OpEQ, status))
	})
	return &w
}
