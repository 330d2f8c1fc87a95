package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// PartyVisit is a guidance officer's visit to an organisation: when, the
// topics, what they found. Its follow-ups carry due dates that remind the
// officer; its photos are documents owned by the visit.
type PartyVisit struct{ ent.Schema }

// Mixin of the PartyVisit.
func (PartyVisit) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the PartyVisit.
func (PartyVisit) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.Int("officer_id").Immutable(),
		field.Time("visited_on").Annotations(entgql.OrderField("VISITED_ON")),
		field.String("topics").NotEmpty().Validate(oneLine(200)),
		field.Text("findings").Default("").Validate(multiLine(3000)),
	}
}

// Edges of the PartyVisit.
func (PartyVisit) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).Field("organization_id").Unique().Required().Immutable(),
		edge.To("officer", GuidanceOfficer.Type).Field("officer_id").Unique().Required().Immutable(),
		edge.From("follow_ups", VisitFollowUp.Type).Ref("visit"),
	}
}

// Indexes of the PartyVisit.
func (PartyVisit) Indexes() []ent.Index {
	return append([]ent.Index{
		index.Fields("organization_id", "visited_on"),
		index.Fields("officer_id", "visited_on"),
	}, orderIndexes("created_at", "visited_on")...)
}

// Annotations of the PartyVisit.
func (PartyVisit) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("organization_id", "officer_id", "visited_on"),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}

// VisitFollowUp is something a visit left to do, by a date; the officer
// is reminded as it comes due and marks it done.
type VisitFollowUp struct{ ent.Schema }

// Mixin of the VisitFollowUp.
func (VisitFollowUp) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the VisitFollowUp.
func (VisitFollowUp) Fields() []ent.Field {
	return []ent.Field{
		field.Int("visit_id").Immutable(),
		// The visit's organisation and officer, copied so reminders and
		// filters need no join.
		field.Int("organization_id").Immutable(),
		field.Int("officer_id").Immutable(),
		field.String("action").NotEmpty().Validate(oneLine(300)),
		field.Time("due_on").Annotations(entgql.OrderField("DUE_ON")),
		field.Time("done_on").Optional().Nillable(),
	}
}

// Edges of the VisitFollowUp.
func (VisitFollowUp) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("visit", PartyVisit.Type).Field("visit_id").Unique().Required().Immutable(),
	}
}

// Indexes of the VisitFollowUp.
func (VisitFollowUp) Indexes() []ent.Index {
	return []ent.Index{index.Fields("officer_id", "done_on", "due_on"), index.Fields("visit_id")}
}

// Annotations of the VisitFollowUp.
func (VisitFollowUp) Annotations() []schema.Annotation {
	return []schema.Annotation{filters("officer_id", "organization_id")}
}
