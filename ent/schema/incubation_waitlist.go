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

// WaitlistEntry is an organisation admitted to a centre's waitlist by an
// admission decision. The list is ordered by priority (the readiness score
// at admission, which staff may change with a reason), then by date
// joined. When space is released it is offered to the head of the list
// (SpaceOffer). An organisation is on a centre's list at most once while
// waiting or offered.
type WaitlistEntry struct{ ent.Schema }

// Mixin of the WaitlistEntry.
func (WaitlistEntry) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the WaitlistEntry.
func (WaitlistEntry) Fields() []ent.Field {
	return []ent.Field{
		field.Int("centre_id").Immutable(),
		field.Int("organization_id").Immutable(),
		field.Int("case_id").Optional().Nillable().Immutable(),
		field.Enum("stage").Values("SPROUT", "STARTUP", "HUB").Immutable(),
		// Seats the organisation needs; an offer is made only of a space with
		// this many free.
		field.Int("seats_needed").Range(1, 50),
		// Higher comes first; ties go to the earlier joined_at.
		field.Int("priority").Range(0, 1000).Annotations(entgql.OrderField("PRIORITY")),
		// Why it stands where it does (the readiness score's reasons, or
		// staff's reason for a change).
		field.Text("priority_reason").Default("").Validate(multiLine(2000)),
		field.Time("joined_at").Immutable().Annotations(entgql.OrderField("JOINED_AT")),
		field.Enum("status").Values("WAITING", "OFFERED", "ADMITTED", "LEFT").Default("WAITING"),
		field.Time("left_at").Optional().Nillable(),
		field.Text("left_reason").Default("").Validate(multiLine(2000)),
	}
}

// Edges of the WaitlistEntry.
func (WaitlistEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("centre", IncubationCentre.Type).Field("centre_id").Unique().Required().Immutable(),
		edge.To("organization", Organization.Type).Field("organization_id").Unique().Required().Immutable(),
		edge.To("offers", SpaceOffer.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the WaitlistEntry.
func (WaitlistEntry) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "centre_id").Unique().
			Annotations(entsql.IndexWhere("status = 'WAITING' OR status = 'OFFERED'")),
		index.Fields("centre_id", "status", "priority"),
	}
}

// Annotations of the WaitlistEntry.
func (WaitlistEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("status", "centre_id"),
		entgql.RelayConnection(),
		// The waitlist's order: priority, then date joined.
		entgql.MultiOrder(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}

// SpaceOffer is released space offered to a waitlisted organisation: it
// holds the seats (counted in the space's seats_used) until the
// organisation accepts (a tenancy begins), declines, or the deadline in
// working days passes (the offers job marks it expired, once, and offers
// the seats to the next in line).
type SpaceOffer struct{ ent.Schema }

// Mixin of the SpaceOffer.
func (SpaceOffer) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the SpaceOffer.
func (SpaceOffer) Fields() []ent.Field {
	return []ent.Field{
		field.Int("entry_id").Immutable(),
		field.Int("organization_id").Immutable(),
		field.Int("space_id").Immutable(),
		field.Int("seats").Positive().Immutable(),
		// The last day to answer (end of that working day, Beijing time).
		field.Time("respond_by").Immutable(),
		field.Enum("status").Values("OPEN", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN").Default("OPEN"),
		field.Time("answered_at").Optional().Nillable(),
		field.Text("answer_note").Default("").Validate(multiLine(2000)),
		// The tenancy an accepted offer began.
		field.Int("tenancy_id").Optional().Nillable(),
	}
}

// Edges of the SpaceOffer.
func (SpaceOffer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("entry", WaitlistEntry.Type).Ref("offers").Field("entry_id").Unique().Required().Immutable(),
		edge.To("organization", Organization.Type).Field("organization_id").Unique().Required().Immutable(),
		edge.To("space", IncubationSpace.Type).Field("space_id").Unique().Required().Immutable(),
	}
}

// Indexes of the SpaceOffer: at most one open offer per waitlist entry.
func (SpaceOffer) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("space_id"),
		index.Fields("entry_id").Unique().Annotations(entsql.IndexWhere("status = 'OPEN'")),
		index.Fields("status", "respond_by"),
		index.Fields("organization_id"),
	}
}

// Annotations of the SpaceOffer.
func (SpaceOffer) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("status"),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
