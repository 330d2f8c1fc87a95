package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Objection is one objection to a provisional award received during its
// announcement (公示), as staff recorded it, and how it was resolved.
type Objection struct{ ent.Schema }

// Mixin of the Objection.
func (Objection) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the Objection.
func (Objection) Fields() []ent.Field {
	return []ent.Field{
		field.Int("award_id").Immutable(),
		field.Time("received_on").Immutable(),
		field.String("from_name").Default("").Immutable().Validate(oneLine(100)),
		field.Text("content").NotEmpty().Immutable().Validate(multiLine(3000)),
		field.Int("recorded_by").Immutable(),
		field.Enum("resolution").Values("OPEN", "DISMISSED", "UPHELD").Default("OPEN"),
		field.Text("resolution_note").Default("").Validate(multiLine(2000)),
		field.Time("resolved_at").Optional().Nillable(),
	}
}

// Edges of the Objection.
func (Objection) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("award", Award.Type).Ref("objections").Field("award_id").Unique().Required().Immutable(),
	}
}

// Indexes of the Objection: an award's objections, in order.
func (Objection) Indexes() []ent.Index {
	return []ent.Index{index.Fields("award_id", "id")}
}

// Annotations of the Objection.
func (Objection) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
