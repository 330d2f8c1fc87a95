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

// Fund is a source of grant money a county draws on (the welfare-lottery
// public-welfare fund, the fiscal budget, a community-development
// foundation, social donations). Its money is allotted year by year
// (FundBudget); every movement is a LedgerEntry.
type Fund struct{ ent.Schema }

// Mixin of the Fund.
func (Fund) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the Fund.
func (Fund) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().Validate(oneLine(100)).Annotations(entgql.OrderField("NAME")),
		field.Enum("kind").Values("WELFARE_LOTTERY", "FISCAL_BUDGET", "COMMUNITY_FOUNDATION", "SOCIAL_DONATIONS", "OTHER"),
		field.Text("description").Default("").Validate(multiLine(2000)),
		field.Bool("active").Default(true),
	}
}

// Edges of the Fund.
func (Fund) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("budgets", FundBudget.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the Fund.
func (Fund) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("domain_id", "name").Unique()}, slices.Concat(orderIndexes("created_at", "name"), filterIndexes("kind", "active"))...)
}

// Annotations of the Fund.
func (Fund) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("kind", "active"),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}
