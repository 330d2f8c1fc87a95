package schema

import (
	"slices"

	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// AuditLog is one recorded change: who, when, which entity and id, which
// operation, and the fields it changed. Rows are written by the audit hook
// in the transaction of the change and are never updated or deleted.
type AuditLog struct{ ent.Schema }

// Fields of the AuditLog.
func (AuditLog) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Default(time.Now).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
		// The domain the change happened in; null for platform-wide events.
		field.Int("domain_id").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		// The domain the actor was acting in (a platform admin's chosen
		// domain, otherwise their home domain); null for the system. Kept
		// apart from domain_id, the domain of the changed entity.
		field.Int("acting_domain_id").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		// Actor; null for the system (seeding, scheduled jobs) and anonymous logins.
		field.Int("actor_id").Optional().Nillable().Immutable(),
		field.String("actor_username").Optional().Immutable().Validate(oneLine(64)),
		field.Enum("operation").Values("CREATE", "UPDATE", "DELETE", "LOGIN", "LOGIN_FAILED", "LOGOUT", "PASSWORD_CHANGE", "DOWNLOAD").Immutable(),
		field.String("entity_type").Immutable().Validate(oneLine(64)),
		field.String("entity_id").Optional().Immutable().Validate(oneLine(64)),
		field.Strings("changed_fields").Optional().Immutable(),
		// New values of the changed fields; sensitive ones are redacted.
		field.JSON("changes", map[string]any{}).Optional().Immutable().
			Annotations(entgql.Type("Map")),
		field.String("request_id").Optional().Immutable().Validate(oneLine(64)),
	}
}

// Edges of the AuditLog.
func (AuditLog) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("actor", User.Type).Field("actor_id").Unique().Immutable(),
		edge.To("acting_domain", Domain.Type).Field("acting_domain_id").Unique().Immutable(),
	}
}

// Indexes of the AuditLog.
func (AuditLog) Indexes() []ent.Index {
	return append([]ent.Index{
		index.Fields("actor_id", "created_at"),
		index.Fields("entity_type", "entity_id"),
		index.Fields("domain_id", "entity_type", "entity_id"),
	}, slices.Concat(orderIndexes("created_at"), filterIndexes("operation", "entity_id"))...)
}

// Annotations of the AuditLog.
func (AuditLog) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("actor_id", "operation", "entity_type", "entity_id", "created_at"),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
}
