package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"hatchery/internal/party/partydata"
)

// PartyActivity is a "party building + public benefit" activity: its
// type, date and place, the organisations involved, how many took part
// and the volunteer hours given (in minutes, exact); the organisations
// involved are its ActivityOrganization rows. Its photos are
// documents owned by the activity; the party-member volunteers who joined
// earn points through the point ledger.
type PartyActivity struct{ ent.Schema }

// Mixin of the PartyActivity.
func (PartyActivity) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the PartyActivity.
func (PartyActivity) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("type").GoType(partydata.ActivityType("")).Annotations(entgql.Type("PartyActivityType"), entgql.OrderField("TYPE")),
		field.String("title").NotEmpty().Validate(oneLine(200)).Annotations(entgql.OrderField("TITLE")),
		field.Time("held_on").Annotations(entgql.OrderField("HELD_ON")),
		field.String("place").Default("").Validate(oneLine(200)),
		field.Text("description").Default("").Validate(multiLine(3000)),
		field.Int("participants").NonNegative().Default(0),
		field.Int("volunteer_minutes").NonNegative().Default(0),
		// The officer who recorded it (none when the committee did).
		field.Int("officer_id").Optional().Nillable().Immutable(),
	}
}

// Edges of the PartyActivity.
func (PartyActivity) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("involvements", ActivityOrganization.Type).Ref("activity"),
		edge.To("officer", GuidanceOfficer.Type).Field("officer_id").Unique().Immutable(),
	}
}

// Indexes of the PartyActivity.
func (PartyActivity) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("officer_id")}, orderIndexes("created_at", "type", "title", "held_on")...)
}

// Annotations of the PartyActivity.
func (PartyActivity) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("type", "held_on"),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}

// ActivityOrganization is one organisation involved in an activity.
type ActivityOrganization struct{ ent.Schema }

// Mixin of the ActivityOrganization.
func (ActivityOrganization) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the ActivityOrganization.
func (ActivityOrganization) Fields() []ent.Field {
	return []ent.Field{
		field.Int("activity_id").Immutable(),
		field.Int("organization_id").Immutable(),
	}
}

// Edges of the ActivityOrganization.
func (ActivityOrganization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("activity", PartyActivity.Type).Field("activity_id").Unique().Required().Immutable(),
		edge.To("organization", Organization.Type).Field("organization_id").Unique().Required().Immutable(),
	}
}

// Indexes of the ActivityOrganization.
func (ActivityOrganization) Indexes() []ent.Index {
	return []ent.Index{index.Fields("activity_id", "organization_id").Unique(), index.Fields("organization_id")}
}

// Annotations of the ActivityOrganization.
func (ActivityOrganization) Annotations() []schema.Annotation {
	return []schema.Annotation{filters("organization_id")}
}
