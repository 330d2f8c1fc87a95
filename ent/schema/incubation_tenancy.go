package schema

import (
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Tenancy is an organisation's stay in a centre (入壳), from admission to
// graduation (出壳) or early exit: its seats (TenancySpace rows; none for
// virtual incubation), term, mentor, agreement and incubation plan. An
// organisation has at most one active tenancy per centre (a partial unique
// index). Written by internal/incubation only.
type Tenancy struct{ ent.Schema }

// Mixin of the Tenancy.
func (Tenancy) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the Tenancy.
func (Tenancy) Fields() []ent.Field {
	return []ent.Field{
		field.Int("centre_id").Immutable(),
		field.Int("organization_id").Immutable(),
		// The admission case it came from; none for tenancies entered by staff
		// (e.g. carried over from before the platform).
		field.Int("case_id").Optional().Nillable().Immutable(),
		field.Bool("virtual").Default(false).Immutable(),
		// The stage applied for and admitted at: 萌芽型 / 初创型 / 枢纽型.
		field.Enum("stage").Values("SPROUT", "STARTUP", "HUB"),
		field.Enum("status").Values("ACTIVE", "GRADUATED", "WITHDRAWN", "TERMINATED").Default("ACTIVE").
			Annotations(entgql.OrderField("STATUS")),
		field.Time("start_on").Annotations(entgql.OrderField("START_ON")),
		field.Int("term_months").Range(1, 60),
		// Start plus the term and every extension.
		field.Time("ends_on").Annotations(entgql.OrderField("ENDS_ON")),
		field.Int("mentor_id").Optional().Nillable(),
		field.Int("agreement_document_id").Optional().Nillable(),
		field.Text("notes").Default("").Validate(multiLine(5000)),
		field.Time("ended_on").Optional().Nillable(),
		field.Text("end_reason").Default("").Validate(multiLine(2000)),
		// Graduation certificate number, e.g. 德清孵证〔2026〕7号, and the
		// token of its public verify page.
		field.String("certificate_no").Optional().Nillable().Validate(oneLine(60)),
		// The certificate's PDF, a document of the organisation.
		field.Int("certificate_document_id").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("certificate_token").Optional().Nillable().Sensitive().Validate(oneLine(100)).
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the Tenancy.
func (Tenancy) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("centre", IncubationCentre.Type).Field("centre_id").Unique().Required().Immutable(),
		edge.To("organization", Organization.Type).Field("organization_id").Unique().Required().Immutable(),
		edge.To("mentor", User.Type).Field("mentor_id").Unique(),
		edge.To("spaces", TenancySpace.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("milestones", TenancyMilestone.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("services", TenancyService.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("extensions", TenancyExtension.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("assessments", MaturityAssessment.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("alumni_reports", AlumniReport.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the Tenancy: one per order the API offers (order_indexes.go),
// and for the web app's tenant list, which filters by status and orders by
// the end of the term, (status, ends_on, id) both ways. Without them the
// list and its count read every tenancy and sorted them on each request (at
// province scale 3,000 rows, about 1 ms of PostgreSQL's time a request).
func (Tenancy) Indexes() []ent.Index {
	return append([]ent.Index{
		index.Fields("mentor_id"),
		index.Fields("organization_id", "centre_id").Unique().
			Annotations(entsql.IndexWhere("status = 'ACTIVE'")),
		index.Fields("centre_id", "status"),
		index.Fields("certificate_no").Unique(),
		index.Fields("certificate_token").Unique(),
		index.Fields("domain_id", "status", "ends_on", "id"),
		index.Fields("status", "ends_on", "id"),
	}, slices.Concat(orderIndexes("created_at", "status", "start_on", "ends_on"),
		// The unique index above is partial (running tenancies only).
		filterIndexes("stage", "virtual"), refIndexes("organization_id"))...)
}

// Annotations of the Tenancy.
func (Tenancy) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("status", "stage", "virtual", "centre_id", "organization_id"),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
