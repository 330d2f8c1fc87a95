package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// LoginAttempt is one login that has not succeeded: a failed one, or one
// being checked right now. The login throttle (internal/auth) counts them by
// the name tried, by the client address, and by both, over a short window;
// rows older than that are deleted. Names are whatever was typed (normalized),
// whether or not such an account exists, so unknown and known names are
// counted alike. Kept in the database so that every app node and a restart
// see the same counts.
type LoginAttempt struct{ ent.Schema }

// Fields of the LoginAttempt.
func (LoginAttempt) Fields() []ent.Field {
	return []ent.Field{
		field.String("username").Validate(oneLine(64)).Immutable(),
		field.String("address").Validate(oneLine(64)).Immutable(),
		field.Time("at").Immutable(),
	}
}

// Indexes of the LoginAttempt: one per way the throttle counts, and the
// clean-up by age.
func (LoginAttempt) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("username", "address", "at"),
		index.Fields("username", "at"),
		index.Fields("address", "at"),
		index.Fields("at"),
	}
}

// Annotations of the LoginAttempt: not part of the GraphQL schema.
func (LoginAttempt) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
