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

// FundBudget is one fund's money for one year, in fen: allocated to it,
// committed by awards (released when an award is cancelled), disbursed to
// grantees (returned when they pay back). Only internal/grant changes the
// balances, each time with a LedgerEntry in the same transaction; the
// CHECKs keep them from going negative or past what was allocated
// whatever the code does, and a test recomputes them from the ledger.
type FundBudget struct{ ent.Schema }

// Mixin of the FundBudget.
func (FundBudget) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the FundBudget.
func (FundBudget) Fields() []ent.Field {
	return []ent.Field{
		field.Int("fund_id").Immutable(),
		field.Int("year").Range(2000, 2100).Immutable().Annotations(entgql.OrderField("YEAR")),
		field.Int64("allocated").Default(0).Annotations(entgql.Type("Money")),
		field.Int64("committed").Default(0).Annotations(entgql.Type("Money")),
		field.Int64("disbursed").Default(0).Annotations(entgql.Type("Money")),
	}
}

// Edges of the FundBudget.
func (FundBudget) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("fund", Fund.Type).Ref("budgets").Field("fund_id").Unique().Required().Immutable(),
	}
}

// Indexes of the FundBudget.
func (FundBudget) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("fund_id", "year").Unique()}, orderIndexes("created_at", "year")...)
}

// Annotations of the FundBudget.
func (FundBudget) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("year", "fund_id"),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entsql.Checks(map[string]string{
			"fund_budget_balances": "allocated >= 0 AND committed >= 0 AND committed <= allocated AND disbursed >= 0 AND disbursed <= committed",
		}),
	}
}
