package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// CaseCounter hands out case numbers: the last number used per domain and
// year, incremented in the submitting transaction.
type CaseCounter struct{ ent.Schema }

// Fields of the CaseCounter.
func (CaseCounter) Fields() []ent.Field {
	return []ent.Field{
		field.Int("domain_id").Immutable(),
		field.Int("year").Immutable(),
		field.Int("last").Default(0),
	}
}

// Indexes of the CaseCounter.
func (CaseCounter) Indexes() []ent.Index {
	return []ent.Index{index.Fields("domain_id", "year").Unique()}
}

// Annotations of the CaseCounter.
func (CaseCounter) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
