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

	"hatchery/internal/grant/grantdata"
)

// Proposal is a venture-grant proposal: the programme record of a case of
// its call's service item. It is created with the case once the
// organisation passes the eligibility check (one per organisation per
// call); the applicant writes the form on the case (saveCaseApplication),
// and submission copies the checked form here, after which it is frozen.
type Proposal struct{ ent.Schema }

// Mixin of the Proposal.
func (Proposal) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the Proposal.
func (Proposal) Fields() []ent.Field {
	return []ent.Field{
		field.Int("call_id").Immutable(),
		field.Int("case_id").Immutable(),
		field.Int("organization_id").Immutable(),
		field.String("title").Default("").Validate(oneLine(200)).Annotations(entgql.OrderField("TITLE")),
		field.String("category").Default("").Validate(oneLine(40)),
		field.Text("summary").Default("").Validate(multiLine(3000)),
		field.Text("objectives").Default("").Validate(multiLine(3000)),
		field.String("beneficiary_group").Default("").Validate(oneLine(200)),
		field.Int("beneficiary_count").NonNegative().Default(0),
		field.String("town").Default("").Validate(oneLine(60)),
		field.Time("starts_on").Optional().Nillable(),
		field.Time("ends_on").Optional().Nillable(),
		field.JSON("milestones", []grantdata.Milestone{}).Default([]grantdata.Milestone{}).Annotations(entgql.Skip(entgql.SkipAll)),
		field.JSON("budget_lines", []grantdata.BudgetLine{}).Default([]grantdata.BudgetLine{}).Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int64("requested").NonNegative().Default(0).Annotations(entgql.Type("Money"), entgql.OrderField("REQUESTED")),
		field.Int64("cofunding").NonNegative().Default(0).Annotations(entgql.Type("Money")),
		field.Text("team").Default("").Validate(multiLine(3000)),
		field.JSON("answers", map[string]string{}).Default(map[string]string{}).Annotations(entgql.Skip(entgql.SkipAll)),
		// The applicant declared the project is not funded by other
		// government money (no double funding).
		field.Bool("no_double_funding").Default(false),
		field.Enum("status").Values("DRAFT", "SUBMITTED", "AWARDED", "REJECTED", "WITHDRAWN").Default("DRAFT").
			Annotations(entgql.OrderField("STATUS")),
		field.Time("submitted_at").Optional().Nillable(),
	}
}

// Edges of the Proposal.
func (Proposal) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("call", GrantCall.Type).Field("call_id").Unique().Required().Immutable(),
		edge.To("case", ServiceCase.Type).Field("case_id").Unique().Required().Immutable(),
		edge.To("organization", Organization.Type).Field("organization_id").Unique().Required().Immutable(),
	}
}

// Indexes of the Proposal.
func (Proposal) Indexes() []ent.Index {
	return append([]ent.Index{
		index.Fields("case_id").Unique(),
		// One live proposal per organisation per call.
		index.Fields("call_id", "organization_id").Unique().Annotations(entsql.IndexWhere("status <> 'WITHDRAWN'")),
		index.Fields("call_id", "status"),
	}, slices.Concat(orderIndexes("created_at", "title", "requested", "status"), filterIndexes("category"), refIndexes("organization_id"))...)
}

// Annotations of the Proposal.
func (Proposal) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("status", "call_id", "organization_id", "category", "case_id"),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}
