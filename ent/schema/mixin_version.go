package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

// VersionMixin gives an editable record optimistic concurrency: every update
// must name the version it was read at; a stale one is a CONFLICT.
type VersionMixin struct{ mixin.Schema }

// Fields of the VersionMixin. The version is shown in GraphQL and accepted in
// the update input (as the version the client read), never in create.
func (VersionMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("version").Default(1).Positive().
			Annotations(skipCreateAndWhere()),
	}
}
