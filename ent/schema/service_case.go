package schema

import (
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"hatchery/internal/casework/casedata"
)

// caseStates are the steps of a one-window case; internal/casework holds
// which transitions lead between them and who may make each.
var caseStates = []string{
	"DRAFT", "SUBMITTED", "PRE_REVIEW",
	"ACCEPTED", "ACCEPTED_WITH_DEFICIENCIES", "RETURNED",
	"IN_REVIEW", "CONSULTING", "DECIDED", "DELIVERED", "CLOSED", "WITHDRAWN",
}

// ServiceCase (GraphQL: Case; "case" is a Go keyword) is one application handled through the one window: every programme
// (incubation admission, venture grants, service purchase, awards) files
// its applications as cases. A programme keeps its application form in
// application and its own records in its own schemas, linked by their own
// case_id: this schema does not change per programme (internal/casework/programme.go).
type ServiceCase struct{ ent.Schema }

// Mixin of the ServiceCase.
func (ServiceCase) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the ServiceCase. Every change goes through internal/casework.
func (ServiceCase) Fields() []ent.Field {
	ro := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
	return []ent.Field{
		// Readable number per domain and year, given at submission.
		field.String("number").Optional().Nillable().Validate(oneLine(32)).
			Annotations(entgql.OrderField("NUMBER"), ro),
		field.Int("service_item_id").Immutable(),
		field.Int("organization_id").Immutable(),
		field.Int("applicant_id").Immutable().Annotations(ro),
		// The programme of the service item when the case was opened ("" for
		// none): it checks the application at submission and acts on the decision.
		field.String("programme").Default("").Immutable().Validate(oneLine(50)).Annotations(ro).
			Comment("Key of the programme of the case's service item when it was opened; empty for none."),
		// The applicant's application form for the programme, as the
		// programme defines it; casework stores it, the programme reads and
		// checks it (internal/casework/programme.go).
		field.JSON("application", map[string]any{}).Optional().
			Comment("The applicant's application form for the programme (its fields are the programme's).").
			Annotations(entgql.Type("Map"), ro, entgql.Skip(entgql.SkipWhereInput)),
		field.Int("handler_id").Optional().Nillable().Annotations(ro),
		field.String("title").NotEmpty().Validate(oneLine(200)),
		field.Enum("state").Values(caseStates...).Default("DRAFT").
			Annotations(entgql.OrderField("STATE"), ro),
		// The service item as it was at submission.
		field.String("item_name").Validate(oneLine(100)).Annotations(ro),
		field.Int("statutory_days").Annotations(ro),
		field.Int("promised_days").Annotations(ro),
		field.Int("supplement_days").Annotations(ro),
		field.Bool("delegated").Annotations(ro),
		field.JSON("checklist", []casedata.Check{}).Default([]casedata.Check{}).
			Annotations(entgql.Type("[MaterialCheck!]"), ro),
		field.JSON("pauses", []casedata.Pause{}).Default([]casedata.Pause{}).
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("submitted_at").Optional().Nillable().Annotations(entgql.OrderField("SUBMITTED_AT"), ro),
		field.Time("accepted_at").Optional().Nillable().Annotations(ro),
		// Due date of the decision, for the handlers' queue; recomputed by
		// casework whenever the clock starts, pauses or resumes.
		field.Time("due_on").Optional().Nillable().Annotations(entgql.OrderField("DUE_ON"), ro),
		field.Time("decided_at").Optional().Nillable().Annotations(ro),
		field.Enum("decision").Values("APPROVED", "REJECTED").Optional().Nillable().Annotations(ro),
		field.Text("decision_reason").Optional().Validate(multiLine(10000)).Annotations(ro),
		// Clock figures frozen at decision, for statistics.
		field.Int("working_days_used").Optional().Nillable().Annotations(ro),
		field.Bool("on_time").Optional().Nillable().Annotations(ro),
		field.Enum("delivery_method").Values("ONLINE", "COUNTER", "COURIER").Optional().Nillable().Annotations(ro),
		field.String("tracking_number").Optional().Validate(oneLine(64)).Annotations(ro),
		field.Time("delivered_at").Optional().Nillable().Annotations(ro),
		field.Int("rating").Optional().Nillable().Range(1, 5).Annotations(ro),
		field.Text("rating_comment").Optional().Validate(multiLine(5000)).Annotations(ro),
		field.Time("closed_at").Optional().Nillable().Annotations(entgql.OrderField("CLOSED_AT"), ro),
		// A rating of 2 or less opens a follow-up for the handler's supervisor.
		field.Enum("follow_up").Values("NONE", "OPEN", "RESOLVED").Default("NONE").Annotations(ro),
		field.Text("follow_up_note").Optional().Validate(multiLine(5000)).Annotations(ro),
		// Last day the due-soon reminder was sent, so the job sends one a day.
		field.Time("reminded_on").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the ServiceCase.
func (ServiceCase) Edges() []ent.Edge {
	ro := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
	return []ent.Edge{
		edge.To("service_item", ServiceItem.Type).Field("service_item_id").Unique().Required().Immutable(),
		edge.To("organization", Organization.Type).Field("organization_id").Unique().Required().Immutable(),
		edge.To("applicant", User.Type).Field("applicant_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("handler", User.Type).Field("handler_id").Unique().
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("events", CaseEvent.Type).Annotations(ro),
		edge.To("notice", CaseNotice.Type).Unique().Annotations(ro),
		edge.To("consultations", Consultation.Type).Annotations(ro),
		edge.To("documents", Document.Type).Annotations(ro),
	}
}

// Indexes of the ServiceCase.
func (ServiceCase) Indexes() []ent.Index {
	return append([]ent.Index{
		index.Fields("applicant_id"), index.Fields("handler_id"),
		index.Fields("domain_id", "number").Unique(),
		index.Fields("domain_id", "state", "due_on"),
		// Covers the statistics query (internal/casework/stats.go), so it is
		// answered from the index alone over a year of a county's cases.
		index.Fields("domain_id", "state", "closed_at", "service_item_id",
			"on_time", "working_days_used", "promised_days", "rating").
			StorageKey("servicecase_statistics"), // the generated name exceeds identifier limits
		index.Fields("organization_id"),
	}, slices.Concat(orderIndexes("created_at", "number", "state", "submitted_at", "due_on", "closed_at"),
		filterIndexes("follow_up", "title"), refIndexes("service_item_id"))...)
}

// Annotations of the ServiceCase.
func (ServiceCase) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("number", "title", "state", "service_item_id", "organization_id", "follow_up", "due_on", "submitted_at", "closed_at"),
		entgql.Type("Case"),
		entgql.QueryField("cases"),
		entgql.RelayConnection(),
	}
}
