package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// IncubationSpace is a room, office, desk area or shared zone of a centre,
// with its seats. seats_used counts the seats held by active tenancies and
// open offers; it only ever changes by a conditional UPDATE in
// internal/incubation and a CHECK keeps it within seats, so concurrent
// admissions can never over-allocate a space. Its status (available,
// occupied, maintenance) is derived: maintenance when so marked, occupied
// when no seat is free.
type IncubationSpace struct{ ent.Schema }

// Mixin of the IncubationSpace.
func (IncubationSpace) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the IncubationSpace.
func (IncubationSpace) Fields() []ent.Field {
	return []ent.Field{
		field.Int("centre_id").Immutable(),
		// The room's code on the floor plan, e.g. 101 or A-03.
		field.String("code").NotEmpty().Validate(oneLine(30)).Annotations(entgql.OrderField("CODE")),
		field.Enum("kind").Values("ROOM", "OFFICE", "DESK_AREA", "SHARED_ZONE"),
		field.Int("floor").Default(1),
		// Area in square metres.
		field.Int("area").Positive(),
		field.Int("seats").NonNegative(),
		field.Int("seats_used").NonNegative().Default(0).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		// Facilities, e.g. 投影仪、白板.
		field.String("facilities").Default("").Validate(oneLine(200)),
		// Closed for maintenance: offered to nobody while set.
		field.Bool("maintenance").Default(false),
	}
}

// Edges of the IncubationSpace.
func (IncubationSpace) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("centre", IncubationCentre.Type).Ref("spaces").Field("centre_id").Unique().Required().Immutable(),
	}
}

// Indexes of the IncubationSpace.
func (IncubationSpace) Indexes() []ent.Index {
	return []ent.Index{index.Fields("centre_id", "code").Unique()}
}

// Annotations of the IncubationSpace.
func (IncubationSpace) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entsql.Checks(map[string]string{"incubation_space_seats_within": "seats_used >= 0 AND seats_used <= seats"}),
		filters("kind", "maintenance"),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
