package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// JobRun is one run of a periodic job (internal/jobs): the row a node
// inserts to claim the job's period before running it, then completes with
// the outcome. The unique (job, period_start) key is what makes a job run
// once per period however many app nodes share the database. Bookkeeping,
// not an entity edit: not audited, not in the GraphQL schema.
type JobRun struct{ ent.Schema }

// Fields of the JobRun.
func (JobRun) Fields() []ent.Field {
	return []ent.Field{
		field.String("job").Immutable().Validate(oneLine(100)),
		// The start of the period this run covers (aligned to the job's period).
		field.Time("period_start").Immutable(),
		// The node (host and process) that claimed and ran the period.
		field.String("node").Immutable().Validate(oneLine(200)),
		field.Time("started_at").Immutable(),
		field.Time("finished_at").Optional().Nillable(),
		// Why the run failed; empty when it succeeded or is still running.
		field.Text("error").Optional().Validate(multiLine(2000)),
	}
}

// Indexes of the JobRun.
func (JobRun) Indexes() []ent.Index {
	return []ent.Index{index.Fields("job", "period_start").Unique()}
}

// Annotations of the JobRun: not part of the GraphQL schema.
func (JobRun) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
