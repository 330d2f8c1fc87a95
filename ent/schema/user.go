package schema

import (
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// User is a person who logs in: bureau staff, NGO members, reviewers and the
// rest. Their home domain comes from DomainMixin; what they may do comes from
// their role assignments.
type User struct{ ent.Schema }

// Mixin of the User.
func (User) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the User.
func (User) Fields() []ent.Field {
	hidden := entgql.Skip(entgql.SkipAll)
	readOnly := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)
	return []ent.Field{
		field.String("username").NotEmpty().Validate(oneLine(64)).Unique().Immutable().
			Match(usernamePattern).
			Annotations(entgql.OrderField("USERNAME")),
		field.String("display_name").NotEmpty().Validate(oneLine(100)).
			Annotations(entgql.OrderField("DISPLAY_NAME")),
		field.String("phone").Optional().Validate(oneLine(32)),
		field.String("email").Optional().Validate(oneLine(254)),
		field.Enum("status").Values("ACTIVE", "DISABLED").Default("ACTIVE"),
		// argon2id hash in PHC format; never leaves the server.
		field.String("password_hash").Sensitive().Validate(oneLine(512)).Annotations(hidden),
		// No longer counted: failed logins are rows of LoginAttempt, by name
		// and address (internal/auth). Kept, always 0, rather than rebuild
		// the users table on SQLite to drop it.
		field.Int("failed_logins").Default(0).NonNegative().Annotations(hidden),
		// Until when some client address is locked out of this account
		// (User.locked, for admins); the account stays open from elsewhere.
		field.Time("locked_until").Optional().Nillable().Annotations(readOnly),
		field.Time("last_login_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("password_changed_at").Optional().Nillable().Annotations(readOnly),
	}
}

// Edges of the User.
func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("role_assignments", RoleAssignment.Type).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput), entgql.RelayConnection()),
		edge.To("memberships", Membership.Type).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("sessions", Session.Type).
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the User: one per order the API offers (order_indexes.go).
func (User) Indexes() []ent.Index {
	return slices.Concat(orderIndexes("created_at", "username", "display_name"), filterIndexes("status"))
}

// Annotations of the User.
func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("username", "display_name", "status"),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationUpdate()),
	}
}
