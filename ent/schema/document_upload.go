package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// DocumentUpload is an upload in flight: what the uploader declared when
// asking for an upload form, and the object key the form names. Completing
// it checks the bytes and turns it into a DocumentVersion; the clean-up job
// removes uploads (and their objects) a day after they were requested,
// whatever became of them.
type DocumentUpload struct{ ent.Schema }

// Mixin of the DocumentUpload.
func (DocumentUpload) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the DocumentUpload.
func (DocumentUpload) Fields() []ent.Field {
	return []ent.Field{
		// The owner the new document will belong to (see Document); unset
		// when the upload is a new version.
		field.String("owner_kind").Optional().Nillable().Validate(oneLine(40)).Immutable(),
		field.Int("owner_id").Optional().Nillable().Immutable(),
		// Set when the upload is a new version of an existing document.
		field.Int("document_id").Optional().Nillable().Immutable(),
		field.Enum("category").Values(documentCategories...).Immutable(),
		field.String("title").NotEmpty().Validate(oneLine(200)).Immutable(),
		field.Time("expires_on").Optional().Nillable().Immutable(),
		field.String("filename").NotEmpty().Validate(oneLine(255)).Immutable(),
		field.String("content_type").NotEmpty().Validate(oneLine(255)).Immutable(),
		field.Int64("size").Positive().Immutable(),
		field.String("sha256").Match(sha256Pattern).Validate(oneLine(64)).Immutable(),
		// Where the browser uploads to; the checked bytes move elsewhere.
		field.String("object_key").NotEmpty().Validate(oneLine(512)).Immutable(),
		field.Time("form_expires_at").Immutable(),
		field.Enum("status").Values("PENDING", "COMPLETED", "REJECTED").Default("PENDING"),
		field.Int("uploaded_by_id").Immutable(),
	}
}

// Edges of the DocumentUpload.
func (DocumentUpload) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("uploaded_by", User.Type).Field("uploaded_by_id").Unique().Required().Immutable(),
	}
}

// Indexes of the DocumentUpload.
func (DocumentUpload) Indexes() []ent.Index {
	return []ent.Index{index.Fields("uploaded_by_id"), index.Fields("created_at"), index.Fields("object_key").Unique()}
}

// Annotations of the DocumentUpload: internal to the upload flow.
func (DocumentUpload) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
