package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"hatchery/internal/authz"
)

// RoleAssignment gives a user a role in a domain. These rows are Casbin's
// grouping policy (g lines): the enforcer reloads whenever one changes.
// A PLATFORM_ADMIN assignment applies in every domain.
type RoleAssignment struct{ ent.Schema }

// Mixin of the RoleAssignment.
func (RoleAssignment) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the RoleAssignment.
func (RoleAssignment) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		// The roles are named once, in internal/authz (next to the policy
		// that gives them meaning); the web app's list is tested against it.
		field.Enum("role").Values(authz.Roles...).Immutable(),
	}
}

// Edges of the RoleAssignment.
func (RoleAssignment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("role_assignments").
			Field("user_id").Unique().Required().Immutable(),
	}
}

// Indexes of the RoleAssignment.
func (RoleAssignment) Indexes() []ent.Index {
	return append([]ent.Index{
		index.Fields("user_id", "role", "domain_id").Unique(),
	}, orderIndexes("created_at")...)
}

// Annotations of the RoleAssignment.
func (RoleAssignment) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters(),
		entgql.RelayConnection(),
		entgql.QueryField(),
	}
}
