package schema

// Filters names the fields of an entity that the GraphQL API lets clients
// filter on: entgql's where input offers predicates on these fields and on
// no other, and on no edge (ent/entc.go applies it at generation time).
//
// Why so strict: a where predicate runs in SQL before privacy has a say on
// the columns it tests, and an edge predicate (hasXWith) joins rows that
// privacy never sees, so with totalCount as an oracle a filter can read a
// hidden value one prefix at a time. A field belongs here only when every
// viewer who can read a row may read the field, and a screen needs it.
// graph/where_inputs_test.go walks the generated inputs to hold this.
type Filters struct{ Fields []string }

// Name of the annotation, read by ent/entc.go.
func (Filters) Name() string { return "Filters" }

func filters(fields ...string) Filters { return Filters{Fields: fields} }
