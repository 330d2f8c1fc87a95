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

// Award is the money a proposal was awarded, committed from its call's
// budget in the transaction of the case's decision. It is PROVISIONAL
// while the awards are publicly announced (公示) and FINAL when the
// announcement ends; CANCELLED (an objection upheld) releases the money.
type Award struct{ ent.Schema }

// Mixin of the Award.
func (Award) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the Award.
func (Award) Fields() []ent.Field {
	return []ent.Field{
		field.Int("proposal_id").Immutable(),
		field.Int("call_id").Immutable(),
		field.Int("organization_id").Immutable(),
		field.Int("case_id").Immutable().Annotations(entgql.Type("ID")),
		field.Int64("amount").Positive().Immutable().Annotations(entgql.Type("Money"), entgql.OrderField("AMOUNT")),
		field.Text("conditions").Default("").Validate(multiLine(2000)),
		field.Enum("status").Values("PROVISIONAL", "FINAL", "CANCELLED").Default("PROVISIONAL"),
		field.Int("decided_by").Optional().Nillable().Immutable().Annotations(entgql.Type("ID")),
		field.Time("finalized_at").Optional().Nillable(),
		field.Text("cancel_reason").Default("").Validate(multiLine(2000)),
		// The project's grade in its final evaluation (the second half of
		// the programme sets it); a C keeps the organisation out of the next
		// year's call.
		field.Enum("final_grade").Values("A", "B", "C", "D").Optional().Nillable(),
	}
}

// Edges of the Award.
func (Award) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("proposal", Proposal.Type).Field("proposal_id").Unique().Required().Immutable(),
		edge.To("call", GrantCall.Type).Field("call_id").Unique().Required().Immutable(),
		edge.To("organization", Organization.Type).Field("organization_id").Unique().Required().Immutable(),
		edge.To("objections", Objection.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the Award.
func (Award) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("proposal_id").Unique(), index.Fields("call_id", "status")},
		slices.Concat(orderIndexes("created_at", "amount"), filterIndexes("status"), refIndexes("organization_id"))...)
}

// Annotations of the Award.
func (Award) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("status", "call_id", "organization_id"),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}
