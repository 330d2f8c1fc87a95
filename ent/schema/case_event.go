package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// CaseEvent is one step of a case's timeline: a transition (or a reminder),
// who made it, when and why. Written by internal/casework only, never changed.
type CaseEvent struct{ ent.Schema }

// Mixin of the CaseEvent.
func (CaseEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the CaseEvent.
func (CaseEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Int("case_id").Immutable(),
		field.String("action").Immutable().Validate(oneLine(64)),
		field.String("from_state").Optional().Immutable().Validate(oneLine(64)),
		field.String("to_state").Optional().Immutable().Validate(oneLine(64)),
		// Null for the system (the deadline job).
		field.Int("actor_id").Optional().Nillable().Immutable(),
		field.String("actor_name").Optional().Immutable().Validate(oneLine(100)),
		// Any step's reason, a return's too (composed from the findings).
		field.Text("reason").Optional().Immutable().Validate(multiLine(10000)),
	}
}

// Edges of the CaseEvent.
func (CaseEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("service_case", ServiceCase.Type).Ref("events").Field("case_id").Unique().Required().Immutable(),
	}
}

// Indexes of the CaseEvent: a case's timeline, in order.
func (CaseEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("case_id", "id")}
}

// Annotations of the CaseEvent.
func (CaseEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}
