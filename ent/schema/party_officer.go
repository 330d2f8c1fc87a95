package schema

import (
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// GuidanceOfficer is a party-building guidance officer (党建工作指导员):
// a person with their unit and contact, linked to the user account they
// log in with (role GUIDANCE_OFFICER), sent to organisations that have no
// party organisation of their own. current_load counts their live
// assignments; it changes only by a conditional UPDATE in internal/party
// that refuses to pass the domain's maximum, so concurrent assignments can
// never overload an officer.
type GuidanceOfficer struct{ ent.Schema }

// Mixin of the GuidanceOfficer.
func (GuidanceOfficer) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the GuidanceOfficer.
func (GuidanceOfficer) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.String("name").NotEmpty().Validate(oneLine(50)).Annotations(entgql.OrderField("NAME")),
		// Their unit, e.g. 县民政局 or 武康街道党工委.
		field.String("unit").Default("").Validate(oneLine(100)),
		field.String("phone").Default("").Validate(oneLine(32)),
		field.Bool("active").Default(true),
		field.Int("current_load").NonNegative().Default(0).
			Annotations(entgql.OrderField("CURRENT_LOAD"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of the GuidanceOfficer.
func (GuidanceOfficer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Field("user_id").Unique().Required().Immutable(),
		edge.From("assignments", OfficerAssignment.Type).Ref("officer").Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the GuidanceOfficer.
func (GuidanceOfficer) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("user_id").Unique()}, slices.Concat(orderIndexes("created_at", "name", "current_load"), filterIndexes("active"))...)
}

// Annotations of the GuidanceOfficer.
func (GuidanceOfficer) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entsql.Checks(map[string]string{"guidance_officer_load": "current_load >= 0"}),
		filters("active"),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}
