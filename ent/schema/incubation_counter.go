package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// CertificateCounter hands out graduation certificate numbers: the last
// number used per domain and year, incremented in the graduating
// transaction (internal/incubation), so concurrent graduations never share
// a number.
type CertificateCounter struct{ ent.Schema }

// Fields of the CertificateCounter.
func (CertificateCounter) Fields() []ent.Field {
	return []ent.Field{
		field.Int("domain_id").Immutable(),
		field.Int("year").Immutable(),
		field.Int("last").Default(0),
	}
}

// Indexes of the CertificateCounter.
func (CertificateCounter) Indexes() []ent.Index {
	return []ent.Index{index.Fields("domain_id", "year").Unique()}
}

// Annotations of the CertificateCounter: not in the API.
func (CertificateCounter) Annotations() []schema.Annotation {
	return []schema.Annotation{filters(), entgql.Skip(entgql.SkipAll)}
}
