package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"hatchery/internal/casework/casedata"
)

// CaseNotice is the one-time deficiency notice (一次性告知) of a case
// accepted with deficiencies: every item to supplement, the deadline and
// what happens if it passes. A case has at most one, which the unique
// case_id holds even against two handlers issuing at once.
type CaseNotice struct{ ent.Schema }

// Mixin of the CaseNotice.
func (CaseNotice) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the CaseNotice.
func (CaseNotice) Fields() []ent.Field {
	return []ent.Field{
		field.Int("case_id").Unique().Immutable(),
		field.JSON("items", []casedata.NoticeItem{}).Immutable().
			Annotations(entgql.Type("[NoticeItem!]")),
		// Last day to supplement.
		field.Time("deadline").Immutable(),
		// What happens when the deadline passes, in words for the applicant.
		field.Text("consequence").Immutable().Validate(multiLine(5000)),
		field.Int("issued_by_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("fulfilled_at").Optional().Nillable(),
		// Set when the deadline job applied the consequence.
		field.Time("expired_at").Optional().Nillable(),
	}
}

// Edges of the CaseNotice.
func (CaseNotice) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("service_case", ServiceCase.Type).Ref("notice").Field("case_id").Unique().Required().Immutable(),
	}
}

// Annotations of the CaseNotice.
func (CaseNotice) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}
