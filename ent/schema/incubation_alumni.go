package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// AlumniReport is a graduated organisation's status for one year (still
// active, staff, projects, funding won), entered by the organisation or by
// staff, so the centre can show its outcomes. One per tenancy and year; a
// second report for the same year corrects the first.
type AlumniReport struct{ ent.Schema }

// Mixin of the AlumniReport.
func (AlumniReport) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, DomainMixin{}} }

// Fields of the AlumniReport.
func (AlumniReport) Fields() []ent.Field {
	return []ent.Field{
		field.Int("tenancy_id").Immutable(),
		field.Int("organization_id").Immutable(),
		field.Int("year").Range(2000, 2100).Immutable(),
		field.Bool("still_active"),
		field.Int("staff_count").NonNegative(),
		field.Int("projects").NonNegative(),
		// Funding won that year, in fen.
		field.Int64("funding_won").NonNegative().Annotations(entgql.Type("Money")),
		field.Text("note").Default("").Validate(multiLine(2000)),
		field.String("reported_by_name").Validate(oneLine(100)),
	}
}

// Edges of the AlumniReport.
func (AlumniReport) Edges() []ent.Edge { return []ent.Edge{tenancyEdge("alumni_reports")} }

// Indexes of the AlumniReport.
func (AlumniReport) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenancy_id", "year").Unique()}
}

// Annotations of the AlumniReport.
func (AlumniReport) Annotations() []schema.Annotation { return partAnnotations() }
