package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"hatchery/internal/review/reviewdata"
)

// ReviewAssignment gives one item of a panel (a proposal) to one expert,
// and holds the expert's scores once submitted. REMOVED is an assignment
// taken back (a conflict declared, a manual change); it is kept for the
// record but gives no access. The item's organisation is kept so the
// conflict rule (a member of the applicant never reviews it) needs no
// programme knowledge.
type ReviewAssignment struct{ ent.Schema }

// Mixin of the ReviewAssignment.
func (ReviewAssignment) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the ReviewAssignment.
func (ReviewAssignment) Fields() []ent.Field {
	return []ent.Field{
		field.Int("panel_id").Immutable(),
		field.Int("item_id").Immutable(),
		field.Int("organization_id").Immutable(),
		field.Int("expert_id").Immutable(),
		field.Enum("status").Values("ASSIGNED", "SUBMITTED", "REMOVED").Default("ASSIGNED"),
		// Assigned by hand (true) or by the balancing (false).
		field.Bool("manual").Default(false).Immutable(),
		field.JSON("scores", []reviewdata.Score{}).Default([]reviewdata.Score{}).Annotations(entgql.Skip(entgql.SkipAll)),
		field.Text("comment").Default("").Validate(multiLine(3000)).Annotations(entgql.Skip(entgql.SkipAll)),
		// Weighted total in tenths of a point (835 is 83.5), once submitted.
		field.Int("total_tenths").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("submitted_at").Optional().Nillable(),
		field.String("removed_reason").Default("").Validate(oneLine(500)),
	}
}

// Edges of the ReviewAssignment.
func (ReviewAssignment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("panel", ReviewPanel.Type).Ref("assignments").Field("panel_id").Unique().Required().Immutable(),
		edge.To("expert", User.Type).Field("expert_id").Unique().Required().Immutable(),
	}
}

// Indexes of the ReviewAssignment.
func (ReviewAssignment) Indexes() []ent.Index {
	return []ent.Index{
		// An expert holds an item at most once at a time.
		index.Fields("panel_id", "item_id", "expert_id").Unique().Annotations(entsql.IndexWhere("status <> 'REMOVED'")),
		index.Fields("expert_id", "status"),
		index.Fields("panel_id", "item_id"),
	}
}

// Annotations of the ReviewAssignment.
func (ReviewAssignment) Annotations() []schema.Annotation {
	return []schema.Annotation{filters("status"), entgql.RelayConnection()}
}
