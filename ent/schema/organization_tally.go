package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// OrganizationTally is how many organisations a domain holds in one status.
// The database keeps it: triggers on organizations (created by the
// migration that added this table, for both dialects) change the row of
// every domain and status a statement touched, in the same transaction, so
// an insert, a status change, a delete or a bulk COPY all keep it exact and
// nothing in Go writes it. It lets a list that shows a domain's total (the
// party-building coverage table) read a handful of rows instead of counting
// every organisation on every request.
type OrganizationTally struct{ ent.Schema }

// Fields of the OrganizationTally.
func (OrganizationTally) Fields() []ent.Field {
	return []ent.Field{
		field.Int("domain_id").Immutable(),
		// The organisation status, as organizations.status spells it.
		field.String("status").Immutable().Validate(oneLine(32)),
		field.Int("organizations").Default(0),
	}
}

// Indexes of the OrganizationTally.
func (OrganizationTally) Indexes() []ent.Index {
	return []ent.Index{index.Fields("domain_id", "status").Unique()}
}

// Annotations of the OrganizationTally.
func (OrganizationTally) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
