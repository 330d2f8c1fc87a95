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

// PartyVolunteer is a party member who gives volunteer service (党员社会服务
// 积分制): their name, their party organisation and, when they have one,
// the account they log in with to see their own record.
type PartyVolunteer struct{ ent.Schema }

// Mixin of the PartyVolunteer.
func (PartyVolunteer) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the PartyVolunteer.
func (PartyVolunteer) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().Validate(oneLine(50)).Annotations(entgql.OrderField("NAME")),
		field.Int("party_organization_id"),
		field.Int("user_id").Optional().Nillable(),
	}
}

// Edges of the PartyVolunteer.
func (PartyVolunteer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("party_organization", PartyOrganization.Type).Field("party_organization_id").Unique().Required(),
		edge.To("user", User.Type).Field("user_id").Unique(),
		edge.From("points", VolunteerPointEntry.Type).Ref("volunteer").Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the PartyVolunteer.
func (PartyVolunteer) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("user_id").Unique()},
		slices.Concat(orderIndexes("created_at", "name"), refIndexes("party_organization_id"))...)
}

// Annotations of the PartyVolunteer.
func (PartyVolunteer) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("party_organization_id"),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}

// VolunteerPointEntry is one line of the append-only point ledger: a
// volunteer's service in an activity (EARNED: its minutes and the points
// they convert to under the county's rule at the time) or a CORRECTION
// (a signed number of points with its reason). Nothing is ever changed or
// deleted; a wrong line is corrected by another.
type VolunteerPointEntry struct{ ent.Schema }

// Mixin of the VolunteerPointEntry.
func (VolunteerPointEntry) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the VolunteerPointEntry.
func (VolunteerPointEntry) Fields() []ent.Field {
	return []ent.Field{
		field.Int("volunteer_id").Immutable(),
		field.Enum("kind").Values("EARNED", "CORRECTION").Immutable(),
		field.Int("activity_id").Optional().Nillable().Immutable(),
		// The year the points count for (the activity's year).
		field.Int("year").Immutable(),
		field.Int("minutes").NonNegative().Default(0).Immutable(),
		field.Int("points").Immutable(),
		field.String("reason").Default("").Validate(oneLine(300)).Immutable(),
	}
}

// Edges of the VolunteerPointEntry.
func (VolunteerPointEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("volunteer", PartyVolunteer.Type).Field("volunteer_id").Unique().Required().Immutable(),
		edge.To("activity", PartyActivity.Type).Field("activity_id").Unique().Immutable(),
	}
}

// Indexes of the VolunteerPointEntry.
func (VolunteerPointEntry) Indexes() []ent.Index {
	return []ent.Index{
		// A volunteer earns once per activity.
		index.Fields("activity_id", "volunteer_id").Unique().Annotations(entsql.IndexWhere("kind = 'EARNED'")),
		index.Fields("domain_id", "year", "volunteer_id"),
		index.Fields("volunteer_id", "year"),
	}
}

// Annotations of the VolunteerPointEntry.
func (VolunteerPointEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entsql.Checks(map[string]string{"volunteer_points_entry": "CASE kind WHEN 'EARNED' THEN activity_id IS NOT NULL AND points >= 0 ELSE points <> 0 END"}),
		filters("volunteer_id", "year"),
		entgql.RelayConnection(),
	}
}
