package schema

import (
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// IncubationCentre is an incubation base (孵化基地) a bureau runs: its
// floor area, its graduation threshold (the maturity score a tenant must
// reach to graduate, 出壳) and the default term of a tenancy. A centre also
// runs virtual incubation: tenancies with the same plan and scorecard but
// no space.
type IncubationCentre struct{ ent.Schema }

// Mixin of the IncubationCentre.
func (IncubationCentre) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the IncubationCentre.
func (IncubationCentre) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().Validate(oneLine(100)).Annotations(entgql.OrderField("NAME")),
		field.String("address").Default("").Validate(oneLine(200)),
		// Total floor area in square metres.
		field.Int("total_area").NonNegative(),
		// Number of staff who run the centre.
		field.Int("staff_count").NonNegative().Default(0),
		// The maturity score (0–100) a tenant's latest assessment must reach
		// to graduate.
		field.Int("graduation_threshold").Range(0, 100).Default(80),
		// A new tenancy's agreed term, months (12–24).
		field.Int("default_term_months").Range(12, 24).Default(24),
		// Working days an organisation has to answer a space offer.
		field.Int("offer_days").Range(1, 30).Default(5),
		// Months between maturity assessments (quarterly by default).
		field.Int("assessment_interval_months").Range(1, 12).Default(3),
		field.Bool("active").Default(true),
	}
}

// Edges of the IncubationCentre.
func (IncubationCentre) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("spaces", IncubationSpace.Type).Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("criteria", MaturityCriterion.Type).Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of the IncubationCentre.
func (IncubationCentre) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("domain_id", "name").Unique()}, slices.Concat(orderIndexes("created_at", "name"), filterIndexes("active"))...)
}

// Annotations of the IncubationCentre.
func (IncubationCentre) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("active"),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
