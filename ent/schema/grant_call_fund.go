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

// GrantCallFund is one line of a call's budget: how much it draws from
// one fund's budget of a year, and how much of that awards have
// committed. An award's commitment is split over the lines in order.
type GrantCallFund struct{ ent.Schema }

// Mixin of the GrantCallFund.
func (GrantCallFund) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the GrantCallFund.
func (GrantCallFund) Fields() []ent.Field {
	return []ent.Field{
		field.Int("call_id").Immutable(),
		field.Int("fund_budget_id").Immutable(),
		field.Int64("amount").Positive().Annotations(entgql.Type("Money")),
		field.Int64("committed").Default(0).Annotations(entgql.Type("Money")),
	}
}

// Edges of the GrantCallFund.
func (GrantCallFund) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("call", GrantCall.Type).Ref("funds").Field("call_id").Unique().Required().Immutable(),
		edge.To("fund_budget", FundBudget.Type).Field("fund_budget_id").Unique().Required().Immutable(),
	}
}

// Indexes of the GrantCallFund.
func (GrantCallFund) Indexes() []ent.Index {
	return []ent.Index{index.Fields("fund_budget_id"), index.Fields("call_id", "fund_budget_id").Unique()}
}

// Annotations of the GrantCallFund.
func (GrantCallFund) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.Skip(entgql.SkipAll),
		entsql.Checks(map[string]string{"grant_call_fund_within": "committed >= 0 AND committed <= amount"}),
	}
}
