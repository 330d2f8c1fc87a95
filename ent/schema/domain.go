package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
)

// Domain is a county's civil-affairs jurisdiction: the tenant every
// programme record belongs to (the demo one is Deqing County).
type Domain struct{ ent.Schema }

// Mixin of the Domain.
func (Domain) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}}
}

// Fields of the Domain.
func (Domain) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().Validate(oneLine(100)).
			Annotations(entgql.OrderField("NAME")),
		// Administrative division code (GB/T 2260), e.g. 330521 for Deqing.
		field.String("code").NotEmpty().Match(divisionCodePattern).Validate(oneLine(12)).Unique().
			Annotations(entgql.OrderField("CODE")),
		// The county's civil-affairs bureau as people name it (德清县民政局):
		// the web app's header shows it; empty falls back to the domain name.
		field.String("bureau_name").Default("").Validate(oneLine(100)),
		// Prefix of the domain's case numbers, e.g. DQ in DQ-2026-000123.
		field.String("case_prefix").Default("HC").Match(casePrefixPattern).Validate(oneLine(6)),
	}
}

// Indexes of the Domain: one per order the API offers (order_indexes.go).
func (Domain) Indexes() []ent.Index {
	return globalOrderIndexes("created_at", "name", "code")
}

// Annotations of the Domain.
func (Domain) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters(),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
