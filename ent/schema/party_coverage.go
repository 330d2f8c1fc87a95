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

// PartyCoverage is one period of how an organisation is covered by party
// work: BUILD (its own standalone branch), JOIN (a joint branch with
// others), ATTACH (掛靠, attached to another organisation's branch),
// DISPATCH (a guidance officer sent in) or UNCOVERED. An organisation's
// periods are continuous and never overlap: a change ends the current
// period on the day the next one starts (end_on exclusive). The current
// period is the one with no end; a partial unique index allows one.
// An organisation with no period at all is uncovered.
type PartyCoverage struct{ ent.Schema }

// Mixin of the PartyCoverage.
func (PartyCoverage) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the PartyCoverage.
func (PartyCoverage) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.Enum("form").Values("BUILD", "JOIN", "ATTACH", "DISPATCH", "UNCOVERED").Immutable(),
		// The branch that covers the organisation (BUILD, JOIN, ATTACH).
		field.Int("party_organization_id").Optional().Nillable().Immutable(),
		field.Time("start_on").Immutable().Annotations(entgql.OrderField("START_ON")),
		field.Time("end_on").Optional().Nillable(),
		// Why the organisation came to be covered so.
		field.Text("reason").Default("").Validate(multiLine(500)).Immutable(),
		// Why the period ended (the next period's reason, as a rule).
		field.Text("end_reason").Default("").Validate(multiLine(500)),
	}
}

// Edges of the PartyCoverage.
func (PartyCoverage) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).Field("organization_id").Unique().Required().Immutable(),
		edge.To("party_organization", PartyOrganization.Type).Field("party_organization_id").Unique().Immutable(),
	}
}

// Indexes of the PartyCoverage.
func (PartyCoverage) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("party_organization_id"),
		index.Fields("organization_id").Unique().Annotations(entsql.IndexWhere("end_on IS NULL")),
		index.Fields("organization_id", "start_on"),
		index.Fields("domain_id", "form"),
	}
}

// Annotations of the PartyCoverage.
func (PartyCoverage) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entsql.Checks(map[string]string{
			"party_coverage_period":     "end_on IS NULL OR end_on > start_on",
			"party_coverage_has_branch": "form NOT IN ('BUILD', 'JOIN', 'ATTACH') OR party_organization_id IS NOT NULL",
		}),
		filters("form", "organization_id"),
		entgql.RelayConnection(),
	}
}
