package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// ConflictDeclaration is an expert's declared conflict of interest with
// one item of a panel: from then on the expert is never assigned to it
// and cannot read it.
type ConflictDeclaration struct{ ent.Schema }

// Mixin of the ConflictDeclaration.
func (ConflictDeclaration) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the ConflictDeclaration.
func (ConflictDeclaration) Fields() []ent.Field {
	return []ent.Field{
		field.Int("panel_id").Immutable(),
		field.Int("item_id").Immutable(),
		field.Int("expert_id").Immutable(),
		field.Text("reason").NotEmpty().Immutable().Validate(multiLine(1000)),
	}
}

// Indexes of the ConflictDeclaration.
func (ConflictDeclaration) Indexes() []ent.Index {
	return []ent.Index{index.Fields("panel_id", "item_id", "expert_id").Unique()}
}

// Annotations of the ConflictDeclaration.
func (ConflictDeclaration) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
