package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// DocumentVersion is one uploaded file of a Document. A row exists only for
// bytes that were checked and are in object storage: uploads in flight are
// DocumentUploads. Versions never change.
type DocumentVersion struct{ ent.Schema }

// Mixin of the DocumentVersion: created_at is the upload time.
func (DocumentVersion) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the DocumentVersion.
func (DocumentVersion) Fields() []ent.Field {
	return []ent.Field{
		field.Int("document_id").Immutable(),
		field.Int("number").Positive().Immutable().
			Annotations(entgql.OrderField("VERSION")),
		// Name of the file as the uploader had it; only ever shown and used
		// in Content-Disposition, never as a storage key.
		field.String("filename").NotEmpty().Validate(oneLine(255)).Immutable(),
		field.String("content_type").NotEmpty().Validate(oneLine(255)).Immutable(),
		field.Int64("size").Positive().Immutable(),
		// Hex SHA-256 of the bytes, computed by the server.
		field.String("sha256").Match(sha256Pattern).Validate(oneLine(64)).Immutable(),
		field.String("object_key").NotEmpty().Validate(oneLine(512)).Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("uploaded_by_id").Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		// The uploader's display name when they uploaded: whoever may read
		// the document sees who uploaded it, even when they may not read
		// that user's account (an NGO member and the staff who uploaded).
		field.String("uploader_name").Validate(oneLine(100)).Immutable(),
	}
}

// Edges of the DocumentVersion.
func (DocumentVersion) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("document", Document.Type).Ref("versions").
			Field("document_id").Unique().Required().Immutable(),
		edge.To("uploaded_by", User.Type).Field("uploaded_by_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the DocumentVersion.
func (DocumentVersion) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("uploaded_by_id"),
		index.Fields("document_id", "number").Unique(),
		index.Fields("object_key").Unique(),
	}
}

// Annotations of the DocumentVersion.
func (DocumentVersion) Annotations() []schema.Annotation {
	return []schema.Annotation{filters(), entgql.RelayConnection()}
}
