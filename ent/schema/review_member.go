package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// PanelMember is an expert on a review panel: automatic assignment
// spreads the panel's items over its members.
type PanelMember struct{ ent.Schema }

// Mixin of the PanelMember.
func (PanelMember) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the PanelMember.
func (PanelMember) Fields() []ent.Field {
	return []ent.Field{
		field.Int("panel_id").Immutable(),
		field.Int("expert_id").Immutable(),
	}
}

// Edges of the PanelMember.
func (PanelMember) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("panel", ReviewPanel.Type).Ref("members").Field("panel_id").Unique().Required().Immutable(),
		edge.To("expert", User.Type).Field("expert_id").Unique().Required().Immutable(),
	}
}

// Indexes of the PanelMember.
func (PanelMember) Indexes() []ent.Index {
	return []ent.Index{index.Fields("expert_id"), index.Fields("panel_id", "expert_id").Unique()}
}

// Annotations of the PanelMember.
func (PanelMember) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
