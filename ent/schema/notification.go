package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Notification is one in-app message to one person: a case's notice was
// issued, a decision made, a consultation is waiting. Written only by
// internal/notify, in the transaction of what caused it; read and marked
// read only by its recipient (authz.NotificationPolicy).
//
// kind is a dotted key (case.notice_issued) rather than an enum, so that a
// programme adds kinds without a schema change; the texts are stored in
// both languages as they were composed, so a later wording change does not
// rewrite what someone was told.
type Notification struct{ ent.Schema }

// Mixin of the Notification. The domain is the cause's (the case's).
func (Notification) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the Notification.
func (Notification) Fields() []ent.Field {
	return []ent.Field{
		field.Int("recipient_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		// What happened, e.g. case.decided; the web app may pick an icon by it.
		field.String("kind").NotEmpty().Validate(oneLine(64)).Immutable(),
		field.String("title_zh").NotEmpty().Validate(oneLine(200)).Immutable(),
		field.String("title_en").NotEmpty().Validate(oneLine(200)).Immutable(),
		field.Text("body_zh").Default("").Validate(multiLine(2000)).Immutable(),
		field.Text("body_en").Default("").Validate(multiLine(2000)).Immutable(),
		// The record it is about (a Node id), and where the web app shows it.
		field.Int("subject_id").Optional().Nillable().Immutable().Annotations(entgql.Type("ID")),
		field.String("path").Optional().Validate(oneLine(200)).Immutable(),
		// Set by a sender that may run twice (a job on two nodes, a retry):
		// a second notification with the same key for the same recipient is
		// not written (unique index below).
		field.String("dedup_key").Optional().Nillable().Validate(oneLine(200)).Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		// Null while unread.
		field.Time("read_at").Optional().Nillable(),
	}
}

// Edges of the Notification.
func (Notification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("recipient", User.Type).Field("recipient_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the Notification: the viewer's list (newest first), the
// unread count, and the dedup key.
func (Notification) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("recipient_id", "created_at"),
		index.Fields("recipient_id", "read_at"),
		index.Fields("recipient_id", "dedup_key").Unique(),
	}
}

// Annotations of the Notification. No filters: Query.notifications takes
// unreadOnly and always narrows to the viewer; no mutation inputs.
func (Notification) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters(),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
