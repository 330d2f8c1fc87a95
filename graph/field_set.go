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
// request's allocations. A fieldSet is one: it is allocated together with
// the values of up to inlineFields fields, and is itself what writes the
// object.
//
// Nothing may schedule a field for later on a fieldSet: it has no
// Concurrently, so generated code that wanted to would not compile, and
// Dispatch has nothing to do. Every field of an object is resolved in place
// (graph/inline_field.go).
type fieldSet struct {
	fields   []graphql.CollectedField
	Values   []graphql.Marshaler
	Invalids uint32
}

// inlineFields covers the objects of the lists we measure (an organisation
// row asks 4 fields, a coverage row 8); past it Values is a slice of its
// own, a second allocation, as gqlgen's was.
const inlineFields = 8

// newFieldSet allocates the set and its values together, in the smallest of
// four sizes that holds them: most objects of a page ask one or two fields
// (an edge its node, a document its id and title), and a set sized for
// eight was 192 bytes where these need 80 or 96. The sets were the largest
// share of the organisation page's allocated bytes (18%). The set is the
// first field of what is allocated, so a pointer to it keeps its values.
func newFieldSet(fields []graphql.CollectedField) *fieldSet {
	switch n := len(fields); {
	case n <= 1:
		return sizedFieldSet(fields, func(v *[1]graphql.Marshaler) []graphql.Marshaler { return v[:] })
	case n <= 2:
		return sizedFieldSet(fields, func(v *[2]graphql.Marshaler) []graphql.Marshaler { return v[:] })
	case n <= 4:
		return sizedFieldSet(fields, func(v *[4]graphql.Marshaler) []graphql.Marshaler { return v[:] })
	case n <= inlineFields:
		return sizedFieldSet(fields, func(v *[inlineFields]graphql.Marshaler) []graphql.Marshaler { return v[:] })
	}
	return &fieldSet{fields: fields, Values: make([]graphql.Marshaler, len(fields))}
}

// sizedFieldSet allocates a fieldSet followed by an array A of values
// (sliced by all), and returns the set, its Values in that array.
func sizedFieldSet[A any](fields []graphql.CollectedField, all func(*A) []graphql.Marshaler) *fieldSet {
	s := &struct {
		fieldSet
		values A
	}{}
	n := len(fields)
	s.fieldSet = fieldSet{fields: fields, Values: all(&s.values)[:n:n]}
	return &s.fieldSet
}

// Dispatch is where gqlgen runs the fields scheduled for later; a fieldSet
// has none.
func (*fieldSet) Dispatch(context.Context) {}

func (fs *fieldSet) MarshalGQL(w io.Writer) { writeObject(w, fs.fields, fs.Values) }
