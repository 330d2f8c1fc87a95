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

// PartyOrganization is a party organisation of the social-organisation
// sector: the county's comprehensive committee (综合党委), a standalone
// branch an organisation builds for itself (单独组建), or a joint branch
// several organisations share (联合组建). A branch needs at least three full
// party members (the Party's rule; internal/party refuses fewer with a
// clear message and a CHECK holds it whatever the code does). Which
// organisations a branch covers is told by their coverage rows.
type PartyOrganization struct{ ent.Schema }

// Mixin of the PartyOrganization.
func (PartyOrganization) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the PartyOrganization.
func (PartyOrganization) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values("COMMITTEE", "STANDALONE", "JOINT").Annotations(entgql.OrderField("KIND")),
		field.String("name").NotEmpty().Validate(oneLine(200)).Annotations(entgql.OrderField("NAME")),
		field.Int("parent_id").Optional().Nillable(),
		// The organisation that set up a standalone branch (or leads a
		// joint one); none for the committee.
		field.Int("organization_id").Optional().Nillable(),
		field.String("secretary").Default("").Validate(oneLine(50)),
		field.String("secretary_phone").Default("").Validate(oneLine(32)),
		field.Int("full_members").NonNegative().Default(0),
		field.Int("probationary_members").NonNegative().Default(0),
		field.Time("founded_on").Annotations(entgql.OrderField("FOUNDED_ON")),
		// Set when the organisation is dissolved; it then covers nobody.
		field.Time("dissolved_on").Optional().Nillable(),
	}
}

// Edges of the PartyOrganization.
func (PartyOrganization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", PartyOrganization.Type).From("parent").Field("parent_id").Unique(),
		edge.To("organization", Organization.Type).Field("organization_id").Unique(),
		edge.From("coverages", PartyCoverage.Type).Ref("party_organization").Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the PartyOrganization.
func (PartyOrganization) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("domain_id", "kind", "name")},
		slices.Concat(orderIndexes("created_at", "kind", "name", "founded_on"), refIndexes("organization_id", "parent_id"))...)
}

// Annotations of the PartyOrganization.
func (PartyOrganization) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entsql.Checks(map[string]string{
			"party_branch_three_members": "kind = 'COMMITTEE' OR full_members >= 3",
		}),
		filters("kind", "organization_id", "parent_id"),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}
