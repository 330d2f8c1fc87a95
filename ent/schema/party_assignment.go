package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// OfficerAssignment is one guidance officer's assignment to one
// organisation, from start_on until end_on (exclusive; none while it
// lasts). An organisation has at most one live assignment (partial unique
// index). A handover ends the assignment on the day the successor's
// starts, and the successor names it as predecessor, so an organisation's
// assignments form one continuous, non-overlapping history.
type OfficerAssignment struct{ ent.Schema }

// Mixin of the OfficerAssignment.
func (OfficerAssignment) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the OfficerAssignment.
func (OfficerAssignment) Fields() []ent.Field {
	return []ent.Field{
		field.Int("officer_id").Immutable(),
		field.Int("organization_id").Immutable(),
		field.Time("start_on").Immutable().Annotations(entgql.OrderField("START_ON")),
		field.Time("end_on").Optional().Nillable(),
		field.Text("note").Default("").Validate(multiLine(500)).Immutable(),
		field.Text("end_reason").Default("").Validate(multiLine(500)),
		// The assignment this one took over (a handover).
		field.Int("predecessor_id").Optional().Nillable().Immutable(),
	}
}

// Edges of the OfficerAssignment.
func (OfficerAssignment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("officer", GuidanceOfficer.Type).Field("officer_id").Unique().Required().Immutable(),
		edge.To("organization", Organization.Type).Field("organization_id").Unique().Required().Immutable(),
		// One assignment succeeds another, at most (a handover).
		edge.To("successor", OfficerAssignment.Type).Unique().From("predecessor").Field("predecessor_id").Unique().Immutable(),
	}
}

// Indexes of the OfficerAssignment.
func (OfficerAssignment) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id").Unique().Annotations(entsql.IndexWhere("end_on IS NULL")),
		index.Fields("organization_id", "start_on"),
		index.Fields("officer_id", "end_on"),
	}
}

// Annotations of the OfficerAssignment.
func (OfficerAssignment) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entsql.Checks(map[string]string{"officer_assignment_period": "end_on IS NULL OR end_on > start_on"}),
		filters("officer_id", "organization_id"),
		entgql.RelayConnection(),
	}
}
