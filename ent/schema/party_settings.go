package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"hatchery/internal/party/partydata"
)

// PartySettings is a county's party-building configuration: the most
// organisations one guidance officer may hold at once, and the points one
// hour of volunteer service earns when no rule names the activity's type.
// One row per domain, created with defaults the first time it is read.
type PartySettings struct{ ent.Schema }

// Mixin of the PartySettings.
func (PartySettings) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the PartySettings.
func (PartySettings) Fields() []ent.Field {
	return []ent.Field{
		field.Int("max_officer_load").Positive().Default(10),
		field.Int("points_per_hour").NonNegative().Default(10),
	}
}

// Indexes of the PartySettings.
func (PartySettings) Indexes() []ent.Index { return []ent.Index{index.Fields("domain_id").Unique()} }

// Annotations of the PartySettings.
func (PartySettings) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Annotation{Table: "party_settings"}}
}

// PartyPointRule is how many points one hour of volunteer service earns in
// activities of one type in a county (rules per domain, one per type).
type PartyPointRule struct{ ent.Schema }

// Mixin of the PartyPointRule.
func (PartyPointRule) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the PartyPointRule.
func (PartyPointRule) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("activity_type").GoType(partydata.ActivityType("")).Annotations(entgql.Type("PartyActivityType")),
		field.Int("points_per_hour").NonNegative(),
	}
}

// Indexes of the PartyPointRule.
func (PartyPointRule) Indexes() []ent.Index {
	return []ent.Index{index.Fields("domain_id", "activity_type").Unique()}
}
