package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"hatchery/internal/incubation/scores"
)

// MaturityCriterion is one criterion of a centre's maturity scorecard
// (governance, finance, projects delivered, team, funding, party
// building…) with its weight. Weights of a centre's active criteria sum
// to 100 (internal/incubation checks it when an assessment is made).
type MaturityCriterion struct{ ent.Schema }

// Mixin of the MaturityCriterion.
func (MaturityCriterion) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the MaturityCriterion.
func (MaturityCriterion) Fields() []ent.Field {
	return []ent.Field{
		field.Int("centre_id").Immutable(),
		// Stable key, e.g. GOVERNANCE.
		field.String("key").Match(serviceItemCodePattern).Validate(oneLine(40)),
		field.String("name_zh").NotEmpty().Validate(oneLine(50)),
		field.String("name_en").NotEmpty().Validate(oneLine(80)),
		// What a full score looks like, shown to assessors.
		field.Text("guidance").Default("").Validate(multiLine(1000)),
		field.Int("weight").Range(1, 100),
		field.Int("position").Default(0),
		field.Bool("active").Default(true),
	}
}

// Edges of the MaturityCriterion.
func (MaturityCriterion) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("centre", IncubationCentre.Type).Ref("criteria").Field("centre_id").Unique().Required().Immutable(),
	}
}

// Indexes of the MaturityCriterion.
func (MaturityCriterion) Indexes() []ent.Index {
	return []ent.Index{index.Fields("centre_id", "key").Unique()}
}

// Annotations of the MaturityCriterion.
func (MaturityCriterion) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters(),
		entgql.Skip(entgql.SkipWhereInput),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// MaturityAssessment is one assessment of a tenant's maturity: a score per
// criterion, the weighted total (0–100, in tenths for exact averages),
// evidence documents (documents owned by the assessment) and a comment.
type MaturityAssessment struct{ ent.Schema }

// Mixin of the MaturityAssessment.
func (MaturityAssessment) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the MaturityAssessment.
func (MaturityAssessment) Fields() []ent.Field {
	return []ent.Field{
		field.Int("tenancy_id").Immutable(),
		field.Time("assessed_on").Immutable(),
		field.JSON("scores", []scores.Maturity{}).Immutable().
			Annotations(entgql.Type("[MaturityScore!]"), entgql.Skip(entgql.SkipWhereInput)),
		// Weighted total in tenths of a point: 835 is 83.5.
		field.Int("total_tenths").Range(0, 1000).Immutable(),
		field.Text("comment").Default("").Validate(multiLine(5000)).Immutable(),
		// Evidence: documents of the tenant organisation (read through
		// their own privacy, so a reader sees those they may read).
		field.JSON("evidence_document_ids", []int{}).Default([]int{}).Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("assessor_id").Immutable(),
		field.String("assessor_name").Validate(oneLine(100)).Immutable(),
	}
}

// Edges of the MaturityAssessment.
func (MaturityAssessment) Edges() []ent.Edge { return []ent.Edge{tenancyEdge("assessments")} }

// Indexes of the MaturityAssessment.
func (MaturityAssessment) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenancy_id", "assessed_on")}
}

// Annotations of the MaturityAssessment.
func (MaturityAssessment) Annotations() []schema.Annotation { return partAnnotations() }
