package schema

import (
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// documentCategories are what a document is, as the programmes ask for it.
var documentCategories = []string{
	"REGISTRATION_CERTIFICATE", // 登记证书
	"ARTICLES_OF_ASSOCIATION",  // 章程
	"LEGAL_REPRESENTATIVE_ID",  // 法定代表人身份证明
	"FINANCIAL_STATEMENT",      // 财务报表
	"PROPOSAL",                 // 项目申报书
	"BUDGET",                   // 预算
	"AGREEMENT",                // 协议 / 合同
	"REPORT",                   // 报告
	"DECISION_LETTER",          // 决定书, issued by the platform
	"INVOICE",                  // 发票
	"PHOTO",                    // 活动照片
	"CERTIFICATE",              // 证书 / 资质
	"OTHER",
}

// Document is one document an owner keeps on the platform (a registration
// certificate, a budget, …). Its bytes live in object storage as versions:
// uploading again makes a new DocumentVersion, earlier ones stay readable.
//
// Owner: any record, named by owner_kind (a kind registered in
// internal/documents/owner: "organization", …) and owner_id. A new kind of
// owner is a registration there, not a column here; who may attach to and
// read through an owner is the kind's to say (one privacy rule asks it).
// organization_id and case_id are the columns this replaced; they stay,
// kept in step by the writers, only until Organization.documents and
// Case.documents are resolved through the owner (see README).
type Document struct{ ent.Schema }

// Mixin of the Document.
func (Document) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the Document.
func (Document) Fields() []ent.Field {
	return []ent.Field{
		// The generic owner (see the type's comment); internal only.
		field.String("owner_kind").NotEmpty().Validate(oneLine(40)).Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("owner_id").Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("organization_id").Optional().Nillable().Immutable(),
		field.Int("case_id").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Enum("category").Values(documentCategories...).
			Annotations(entgql.OrderField("CATEGORY")),
		field.String("title").NotEmpty().Validate(oneLine(200)).
			Annotations(entgql.OrderField("TITLE")),
		// Last day the document is valid (a certificate's expiry), if any.
		field.Time("expires_on").Optional().Nillable().
			Annotations(entgql.OrderField("EXPIRES_ON")),
		// Number of the newest version; versions are numbered from 1.
		field.Int("version_count").Default(0).NonNegative().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("current_version_id").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
		// Soft delete: the document disappears from lists; its objects are
		// removed by the clean-up job after the retention period.
		field.Time("deleted_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("deleted_by_id").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
		// Set when the clean-up job has removed the objects of a deleted document.
		field.Time("purged_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the Document.
func (Document) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("documents").
			Field("organization_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("service_case", ServiceCase.Type).Ref("documents").
			Field("case_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("versions", DocumentVersion.Type).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
				entgql.RelayConnection()),
		edge.To("current", DocumentVersion.Type).Field("current_version_id").Unique().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
		edge.To("deleted_by", User.Type).Field("deleted_by_id").Unique().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
	}
}

// Indexes of the Document.
func (Document) Indexes() []ent.Index {
	return append([]ent.Index{
		index.Fields("case_id"), index.Fields("current_version_id"), index.Fields("deleted_by_id"),
		index.Fields("organization_id", "deleted_at"),
		// An organisation's documents in id order: a nested documents(first: n)
		// reads each organisation's first n through it (internal/perparent).
		index.Fields("organization_id", "id"),
		index.Fields("owner_kind", "owner_id", "deleted_at"),
	}, slices.Concat(orderIndexes("created_at", "category", "title", "expires_on"), filterIndexes("deleted_at"))...)
}

// Annotations of the Document.
func (Document) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("category", "expires_on", "deleted_at"),
		// Query.documents: e.g. every certificate of the county expiring
		// within a month (where: {expiresOnLTE: …, deletedAtIsNil: true}).
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationUpdate()),
	}
}
