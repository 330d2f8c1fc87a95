package registry

import (
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"hatchery/ent/organization"
	"hatchery/ent/predicate"
	"hatchery/internal/orgtype"
)

// ServesField matches organisations whose service fields include f. The
// fields are a JSON array: the predicate is JSON containment, which ent
// renders for both PostgreSQL and SQLite.
func ServesField(f orgtype.ServiceField) predicate.Organization {
	return predicate.Organization(func(s *sql.Selector) {
		s.Where(sqljson.ValueContains(organization.FieldServiceFields, string(f)))
	})
}
