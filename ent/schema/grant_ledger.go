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

// LedgerEntry is one movement of a fund's money, append-only: written in
// the transaction of what caused it (an allocation, an award's commitment,
// its release, a disbursement, a return), never changed or deleted. A
// FundBudget's balances are the sums of its entries.
type LedgerEntry struct{ ent.Schema }

// Mixin of the LedgerEntry.
func (LedgerEntry) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the LedgerEntry.
func (LedgerEntry) Fields() []ent.Field {
	return []ent.Field{
		field.Int("fund_budget_id").Immutable(),
		field.Enum("kind").Values("ALLOCATION", "COMMITMENT", "RELEASE", "DISBURSEMENT", "RETURN").Immutable(),
		// Always positive: the kind says which way the money moved.
		field.Int64("amount").Positive().Immutable().Annotations(entgql.Type("Money")),
		field.Int("call_id").Optional().Nillable().Immutable().Annotations(entgql.Type("ID")),
		field.Int("award_id").Optional().Nillable().Immutable().Annotations(entgql.Type("ID")),
		field.Int("actor_id").Optional().Nillable().Immutable().Annotations(entgql.Type("ID")),
		field.String("memo").Default("").Immutable().Validate(oneLine(500)),
	}
}

// Edges of the LedgerEntry.
func (LedgerEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("fund_budget", FundBudget.Type).Field("fund_budget_id").Unique().Required().Immutable(),
	}
}

// Indexes of the LedgerEntry.
func (LedgerEntry) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("fund_budget_id", "id"), index.Fields("call_id"), index.Fields("award_id")},
		slices.Concat(orderIndexes("created_at"), filterIndexes("kind"))...)
}

// Annotations of the LedgerEntry.
func (LedgerEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("kind", "fund_budget_id", "call_id"),
		entgql.RelayConnection(),
		entgql.QueryField("ledgerEntries"),
		entsql.Checks(map[string]string{"ledger_entry_positive": "amount > 0"}),
	}
}
