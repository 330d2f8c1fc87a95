package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"hatchery/internal/orgtype"
	"hatchery/internal/uscc"
)

// Organization is a social organisation (NGO) in the county's registry.
type Organization struct{ ent.Schema }

// Mixin of the Organization.
func (Organization) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}, VersionMixin{}}
}

// Fields of the Organization.
func (Organization) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().Validate(oneLine(200)).
			Annotations(entgql.OrderField("NAME")),
		// Unified social credit code, GB 32100-2015; unique within a domain.
		field.String("uscc").
			Validate(uscc.Validate).Validate(oneLine(18)).
			Annotations(entgql.OrderField("USCC")),
		field.Enum("kind").Values(
			"SOCIAL_GROUP",          // 社会团体
			"SOCIAL_SERVICE_AGENCY", // 民办非企业单位 / 社会服务机构
			"FOUNDATION",            // 基金会
			"COMMUNITY_GROUP",       // 备案的社区社会组织
		).Annotations(entgql.OrderField("KIND")),
		field.Enum("stage").Values("SEEDLING", "STARTUP", "HUB").
			Annotations(entgql.OrderField("STAGE")),
		field.JSON("service_fields", []orgtype.ServiceField{}).
			Default([]orgtype.ServiceField{}).
			Annotations(entgql.Type("[ServiceField!]")),
		field.Time("registered_on").Optional().Nillable().
			Annotations(entgql.OrderField("REGISTERED_ON")),
		field.String("legal_representative").Optional().Validate(oneLine(100)),
		field.String("contact_person").Optional().Validate(oneLine(100)),
		field.String("contact_phone").Optional().Validate(oneLine(32)),
		field.String("address").Optional().Validate(oneLine(300)),
		// Sub-district or town (街道/镇) where the organisation is based.
		field.String("town").Optional().Validate(oneLine(100)).
			Annotations(entgql.OrderField("TOWN")),
		field.Enum("charity_status").Values("NONE", "RECOGNIZED", "PUBLIC_FUNDRAISING").Default("NONE"),
		field.Enum("status").Values("ACTIVE", "ABNORMAL", "DEREGISTERED").Default("ACTIVE").
			Annotations(entgql.OrderField("STATUS")),
	}
}

// Edges of the Organization.
func (Organization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("memberships", Membership.Type).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("documents", Document.Type).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput), entgql.RelayConnection()),
	}
}

// orderFields are the columns the API orders organisations by (entgql
// adds the id as the tie-breaker, and filters compare them for equality).
var orderFields = []string{"name", "uscc", "kind", "stage", "registered_on", "town", "status", "created_at"}

// Indexes of the Organization: one per order the API offers
// (order_indexes.go). The registry is written rarely and read on every
// list, so the extra indexes are cheap. (domain_id, uscc, id) is among
// them though the unique (domain_id, uscc) orders by uscc too: PostgreSQL
// does not infer that uscc alone decides the order, and would sort the page
// again by (uscc, id).
func (Organization) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("domain_id", "uscc").Unique()}, orderIndexes(orderFields...)...)
}

// Annotations of the Organization.
func (Organization) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("name", "uscc", "kind", "stage", "status", "town", "registered_on"),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
