package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"hatchery/internal/incubation/scores"
)

// AdmissionAssessment is staff's assessment of an admission case before
// its decision: a readiness score per criterion and what to do if the case
// is approved (admit into a space, or put on the waitlist with a
// priority). The case's decision carries it out (incubation's Decided), in
// the decision's transaction. One per case; assessing again replaces it.
type AdmissionAssessment struct{ ent.Schema }

// Mixin of the AdmissionAssessment.
func (AdmissionAssessment) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the AdmissionAssessment.
func (AdmissionAssessment) Fields() []ent.Field {
	return []ent.Field{
		field.Int("case_id").Unique().Immutable(),
		field.Int("centre_id"),
		field.JSON("scores", []scores.Admission{}).
			Annotations(entgql.Type("[AdmissionScore!]"), entgql.Skip(entgql.SkipWhereInput)),
		// Weighted readiness 0–100.
		field.Int("readiness").Range(0, 100),
		field.Enum("outcome").Values("ADMIT", "WAITLIST", "VIRTUAL"),
		// For ADMIT: the space and seats.
		field.Int("space_id").Optional().Nillable(),
		field.Int("seats").Default(0),
		field.Int("term_months").Range(12, 24),
		field.Int("mentor_id").Optional().Nillable(),
		field.Text("comment").Default("").Validate(multiLine(5000)),
		field.String("assessor_name").Validate(oneLine(100)),
	}
}

// Annotations of the AdmissionAssessment.
func (AdmissionAssessment) Annotations() []schema.Annotation { return partAnnotations() }
