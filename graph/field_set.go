package graph

import (
	"context"
	"io"

	"github.com/99designs/gqlgen/graphql"
)

// fieldSet stands in for graphql.FieldSet in the generated executor
// (graph/rewrite) for every object type but the roots (Query, Mutation),
// whose fields gqlgen schedules through FieldSet methods of its own.
//
// A gqlgen object costs three allocations before its fields: the FieldSet,
// its Values slice, and the objectJSON it is written through. The 350
// objects of the benchmark's organisation page made these 16% of the
// request's allocations. A fieldSet is one: it holds the values of up to
// inlineFields fields itself, and is itself what writes the object.
//
// Nothing may schedule a field for later on a fieldSet: it has no
// Concurrently, so generated code that wanted to would not compile, and
// Dispatch has nothing to do. Every field of an object is resolved in place
// (graph/inline_field.go).
type fieldSet struct {
	fields   []graphql.CollectedField
	Values   []graphql.Marshaler
	Invalids uint32
	inline   [inlineFields]graphql.Marshaler
}

// inlineFields covers the objects of the lists we measure (an organisation
// row asks 4 fields, a coverage row 8); past it Values is a slice of its
// own, a second allocation, as gqlgen's was.
const inlineFields = 8

func newFieldSet(fields []graphql.CollectedField) *fieldSet {
	fs := &fieldSet{fields: fields}
	if len(fields) <= inlineFields {
		fs.Values = fs.inline[:len(fields):len(fields)]
	} else {
		fs.Values = make([]graphql.Marshaler, len(fields))
	}
	return fs
}

// Dispatch is where gqlgen runs the fields scheduled for later; a fieldSet
// has none.
func (*fieldSet) Dispatch(context.Context) {}

func (fs *fieldSet) MarshalGQL(w io.Writer) { writeObject(w, fs.fields, fs.Values) }
