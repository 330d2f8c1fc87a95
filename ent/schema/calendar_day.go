package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
)

// CalendarDay is an exception to "Monday to Friday are working days": a
// public holiday, or a make-up working day (调休) on a weekend. The platform
// seeds the State Council's calendar for the years it knows; admins add
// later years when they are published. One national calendar, no domain.
type CalendarDay struct{ ent.Schema }

// Mixin of the CalendarDay.
func (CalendarDay) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}}
}

// Fields of the CalendarDay.
func (CalendarDay) Fields() []ent.Field {
	return []ent.Field{
		field.Time("date").Unique().Annotations(entgql.OrderField("DATE")),
		// True for a make-up working day, false for a holiday.
		field.Bool("workday"),
		field.String("name").Optional().Validate(oneLine(50)),
	}
}

// Indexes of the CalendarDay: one per order the API offers (order_indexes.go).
func (CalendarDay) Indexes() []ent.Index {
	// workday is a filter (the calendar has no domain).
	return globalOrderIndexes("created_at", "date", "workday")
}

// Annotations of the CalendarDay.
func (CalendarDay) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("date", "workday"),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
