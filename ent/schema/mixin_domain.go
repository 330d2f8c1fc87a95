package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

// DomainMixin makes a record belong to one domain (a county's civil-affairs
// jurisdiction). The domain is taken from the viewer on create and can never
// change; the privacy filter keeps every query inside the viewer's domain.
type DomainMixin struct{ mixin.Schema }

// Fields of the DomainMixin.
func (DomainMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("domain_id").
			Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
	}
}

// Edges of the DomainMixin.
func (DomainMixin) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("domain", Domain.Type).
			Field("domain_id").
			Unique().
			Required().
			Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
	}
}
