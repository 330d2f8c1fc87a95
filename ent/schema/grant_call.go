package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"hatchery/internal/grant/grantdata"
)

// GrantCall is one annual call for venture-grant proposals (公益创投): its
// categories, budget (drawn from fund budgets, GrantCallFund), the per
// project minimum and maximum, when it is open, its eligibility rules,
// its materials checklist (a service item, whose cases are the
// proposals), its review rubric and reviewers per proposal, its own
// questions, and its public announcement (公示) once awards are made.
type GrantCall struct{ ent.Schema }

// Mixin of the GrantCall.
func (GrantCall) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the GrantCall.
func (GrantCall) Fields() []ent.Field {
	return []ent.Field{
		field.Int("year").Range(2000, 2100).Annotations(entgql.OrderField("YEAR")),
		field.String("title").NotEmpty().Validate(oneLine(200)).Annotations(entgql.OrderField("TITLE")),
		field.Text("description").Default("").Validate(multiLine(5000)),
		field.JSON("categories", []string{}).Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Int64("min_amount").NonNegative().Annotations(entgql.Type("Money")),
		field.Int64("max_amount").Positive().Annotations(entgql.Type("Money")),
		field.Time("opens_at").Annotations(entgql.OrderField("OPENS_AT")),
		field.Time("closes_at").Annotations(entgql.OrderField("CLOSES_AT")),
		field.Int("service_item_id"),
		field.JSON("eligibility", grantdata.Eligibility{}).Annotations(entgql.Skip(entgql.SkipAll)),
		field.JSON("rubric", []grantdata.Criterion{}).Annotations(entgql.Skip(entgql.SkipAll)),
		field.JSON("questions", []grantdata.Question{}).Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("reviewers_per_proposal").Range(1, 9).Default(3),
		// Working days of the public announcement of awards.
		field.Int("announcement_days").Range(1, 30).Default(5),
		// DRAFT while staff set it up; PUBLISHED once it is public (it is
		// open between opens_at and closes_at).
		field.Enum("status").Values("DRAFT", "PUBLISHED").Default("DRAFT"),
		// The sum of its fund lines, and what awards have committed of it.
		field.Int64("budget").Default(0).Annotations(entgql.Type("Money")),
		field.Int64("committed").Default(0).Annotations(entgql.Type("Money")),
		field.Time("announced_on").Optional().Nillable(),
		field.Time("announcement_ends_on").Optional().Nillable(),
		field.Time("finalized_at").Optional().Nillable(),
	}
}

// Edges of the GrantCall.
func (GrantCall) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("service_item", ServiceItem.Type).Field("service_item_id").Unique().Required(),
		edge.To("funds", GrantCallFund.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the GrantCall.
func (GrantCall) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("service_item_id"), index.Fields("status", "closes_at"), index.Fields("domain_id", "status", "closes_at")},
		orderIndexes("created_at", "year", "title", "opens_at", "closes_at")...)
}

// Annotations of the GrantCall.
func (GrantCall) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("year", "status"),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entsql.Checks(map[string]string{
			"grant_call_committed_within": "committed >= 0 AND committed <= budget",
			"grant_call_amounts":          "min_amount <= max_amount",
		}),
	}
}
