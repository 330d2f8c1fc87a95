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

// Consultation is a case sent to a consulted unit (another department, the
// business supervisory unit) in parallel with others (并联审批): each has
// its own due date and answer; the case moves on when all have answered.
type Consultation struct{ ent.Schema }

// Mixin of the Consultation.
func (Consultation) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the Consultation.
func (Consultation) Fields() []ent.Field {
	return []ent.Field{
		field.Int("case_id").Immutable(),
		// The unit's name, e.g. 县文化和广电旅游体育局.
		field.String("unit").NotEmpty().Validate(oneLine(100)).Immutable(),
		// The account that answers for the unit.
		field.Int("assignee_id").Immutable(),
		field.Time("due_on").Immutable(),
		field.Enum("answer").Values("PENDING", "AGREE", "DISAGREE").Default("PENDING"),
		field.Text("reason").Optional().Validate(multiLine(5000)),
		field.Time("answered_at").Optional().Nillable(),
	}
}

// Edges of the Consultation.
func (Consultation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("service_case", ServiceCase.Type).Ref("consultations").Field("case_id").Unique().Required().Immutable(),
		edge.To("assignee", User.Type).Field("assignee_id").Unique().Required().Immutable(),
	}
}

// Indexes of the Consultation.
func (Consultation) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("case_id"), index.Fields("assignee_id", "answer")}, slices.Concat(orderIndexes("created_at"), filterIndexes("answer"))...)
}

// Annotations of the Consultation.
func (Consultation) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("answer", "assignee_id"),
		// Query.consultations: a consulted unit's inbox.
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
