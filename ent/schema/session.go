package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Session is a server-side login session. Only the SHA-256 of the bearer
// token is stored, so a leaked database does not leak live sessions.
type Session struct{ ent.Schema }

// Fields of the Session.
func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.Bytes("token_hash").Sensitive().Unique().Immutable(),
		field.Int("user_id").Immutable(),
		field.Time("created_at").Immutable(),
		field.Time("expires_at"),
		field.Time("last_seen_at"),
		field.Time("revoked_at").Optional().Nillable(),
		// The domain a platform admin chose to act in (actInDomain); null
		// acts in the user's home domain. Checked again on every request
		// against the cross-domain right (internal/auth).
		field.Int("acting_domain_id").Optional().Nillable(),
		field.String("user_agent").Optional().Validate(oneLine(512)),
		field.String("ip").Optional().Validate(oneLine(64)),
	}
}

// Edges of the Session.
func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("sessions").Field("user_id").Unique().Required().Immutable(),
	}
}

// Indexes of the Session.
func (Session) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id"), index.Fields("expires_at")}
}

// Annotations of the Session: not part of the GraphQL schema.
func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
