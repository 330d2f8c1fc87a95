package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"hatchery/internal/review/reviewdata"
)

// ReviewPanel is a panel of expert reviewers for one subject (a grant
// call; later a purchase or an award round): its rubric, how many
// reviewers each item gets, its members, and whether it is closed.
// Scores are hidden from applicants and from other reviewers until it
// closes. internal/review owns it; programmes name their items by id.
type ReviewPanel struct{ ent.Schema }

// Mixin of the ReviewPanel.
func (ReviewPanel) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the ReviewPanel.
func (ReviewPanel) Fields() []ent.Field {
	return []ent.Field{
		// What the panel reviews, e.g. "grant_call", and its id.
		field.String("subject_kind").Immutable().Validate(oneLine(40)),
		field.Int("subject_id").Immutable(),
		field.String("name").NotEmpty().Validate(oneLine(200)),
		field.JSON("rubric", []reviewdata.Criterion{}).Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("reviewers_per_item").Range(1, 9).Default(3),
		field.Time("closed_at").Optional().Nillable(),
	}
}

// Edges of the ReviewPanel.
func (ReviewPanel) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("members", PanelMember.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("assignments", ReviewAssignment.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the ReviewPanel.
func (ReviewPanel) Indexes() []ent.Index {
	return []ent.Index{index.Fields("subject_kind", "subject_id").Unique()}
}

// Annotations of the ReviewPanel.
func (ReviewPanel) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}
