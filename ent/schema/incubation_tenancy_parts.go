package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// The parts of a tenancy: its seats, plan milestones, services received
// and term extensions. All are written by internal/incubation and read
// with their tenancy (authz.TenancyPartPolicy).

// tenancyEdge is a part's edge to its tenancy.
func tenancyEdge(ref string) ent.Edge {
	return edge.From("tenancy", Tenancy.Type).Ref(ref).Field("tenancy_id").Unique().Required().Immutable()
}

func partAnnotations() []schema.Annotation {
	return []schema.Annotation{
		filters(),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}

// TenancySpace is the seats a tenancy holds in one space. Released (at
// graduation or exit) it keeps the row with released_on set, so the space
// board's history and the occupancy statistics can be computed.
type TenancySpace struct{ ent.Schema }

// Mixin of the TenancySpace.
func (TenancySpace) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the TenancySpace.
func (TenancySpace) Fields() []ent.Field {
	return []ent.Field{
		field.Int("tenancy_id").Immutable(),
		field.Int("space_id").Immutable(),
		field.Int("seats").Positive().Immutable(),
		field.Time("from_on").Immutable(),
		field.Time("released_on").Optional().Nillable(),
	}
}

// Edges of the TenancySpace.
func (TenancySpace) Edges() []ent.Edge {
	return []ent.Edge{
		tenancyEdge("spaces"),
		edge.To("space", IncubationSpace.Type).Field("space_id").Unique().Required().Immutable(),
	}
}

// Indexes of the TenancySpace.
func (TenancySpace) Indexes() []ent.Index {
	return []ent.Index{index.Fields("space_id", "released_on"), index.Fields("tenancy_id")}
}

// Annotations of the TenancySpace.
func (TenancySpace) Annotations() []schema.Annotation { return partAnnotations() }

// TenancyMilestone is one milestone of a tenancy's incubation plan: legal
// registration, a board, a financial system, a first project delivered,
// a first grant won, party-building coverage… Graduation needs every
// mandatory one met.
type TenancyMilestone struct{ ent.Schema }

// Mixin of the TenancyMilestone.
func (TenancyMilestone) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the TenancyMilestone.
func (TenancyMilestone) Fields() []ent.Field {
	return []ent.Field{
		field.Int("tenancy_id").Immutable(),
		// A stable key for the standard milestones (LEGAL_REGISTRATION, BOARD,
		// FINANCIAL_SYSTEM, FIRST_PROJECT, FIRST_GRANT, PARTY_BUILDING);
		// CUSTOM for one staff added.
		field.String("key").NotEmpty().Validate(oneLine(40)),
		field.String("title").NotEmpty().Validate(oneLine(200)),
		field.Time("due_on"),
		field.Bool("mandatory").Default(false),
		field.Time("met_on").Optional().Nillable(),
		// How it was met (e.g. the registration certificate's number).
		field.Text("evidence").Default("").Validate(multiLine(2000)),
	}
}

// Edges of the TenancyMilestone.
func (TenancyMilestone) Edges() []ent.Edge { return []ent.Edge{tenancyEdge("milestones")} }

// Indexes of the TenancyMilestone.
func (TenancyMilestone) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenancy_id", "due_on")}
}

// Annotations of the TenancyMilestone.
func (TenancyMilestone) Annotations() []schema.Annotation { return partAnnotations() }

// TenancyService is one service a tenant received: a training session,
// counselling hours, an event.
type TenancyService struct{ ent.Schema }

// Mixin of the TenancyService.
func (TenancyService) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the TenancyService.
func (TenancyService) Fields() []ent.Field {
	return []ent.Field{
		field.Int("tenancy_id").Immutable(),
		field.Enum("kind").Values("TRAINING", "COUNSELLING", "EVENT", "OTHER"),
		field.String("title").NotEmpty().Validate(oneLine(200)),
		field.Time("held_on"),
		// Hours in tenths (15 is 1.5 hours), so sums are exact.
		field.Int("tenth_hours").Range(1, 2400),
		field.Text("note").Default("").Validate(multiLine(2000)),
	}
}

// Edges of the TenancyService.
func (TenancyService) Edges() []ent.Edge { return []ent.Edge{tenancyEdge("services")} }

// Indexes of the TenancyService.
func (TenancyService) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenancy_id", "held_on")}
}

// Annotations of the TenancyService.
func (TenancyService) Annotations() []schema.Annotation { return partAnnotations() }

// TenancyExtension records one extension of a tenancy's term, with its
// reason and who granted it (the audit log records it too).
type TenancyExtension struct{ ent.Schema }

// Mixin of the TenancyExtension.
func (TenancyExtension) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the TenancyExtension.
func (TenancyExtension) Fields() []ent.Field {
	return []ent.Field{
		field.Int("tenancy_id").Immutable(),
		field.Int("months").Range(1, 12).Immutable(),
		field.Text("reason").NotEmpty().Validate(multiLine(2000)).Immutable(),
		field.Time("previous_ends_on").Immutable(),
		field.Time("new_ends_on").Immutable(),
		field.Int("extended_by_id").Immutable(),
		field.String("extended_by_name").Validate(oneLine(100)).Immutable(),
	}
}

// Edges of the TenancyExtension.
func (TenancyExtension) Edges() []ent.Edge { return []ent.Edge{tenancyEdge("extensions")} }

// Indexes of the TenancyExtension: a tenancy's extensions.
func (TenancyExtension) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenancy_id")}
}

// Annotations of the TenancyExtension.
func (TenancyExtension) Annotations() []schema.Annotation { return partAnnotations() }
