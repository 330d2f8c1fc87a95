package graph

import (
	"io"

	"github.com/99designs/gqlgen/graphql"
)

// objectJSON writes a root type's resolved fields (Query's) as a JSON
// object. The generated executor returns it in place of the root's
// *graphql.FieldSet (graph/rewrite): gqlgen's FieldSet.MarshalGQL walks its
// fields through an iterator that moves each field to the heap and keeps a
// map of the keys written, a map per object. Every other object type is a
// fieldSet, which writes itself the same way (graph/field_set.go).
type objectJSON struct {
	fields []graphql.CollectedField
	values []graphql.Marshaler
}

// objectOf is called once the object's fields are resolved (after
// Dispatch), when its values no longer change.
func objectOf(fields []graphql.CollectedField, out *graphql.FieldSet) graphql.Marshaler {
	return &objectJSON{fields: fields, values: out.Values}
}

var (
	openBrace  = []byte{'{'}
	closeBrace = []byte{'}'}
	comma      = []byte{','}
	quoteColon = []byte{'"', ':'}
	quote      = []byte{'"'}
)

func (o *objectJSON) MarshalGQL(w io.Writer) { writeObject(w, o.fields, o.values) }

// writeObject writes fields with their values as a JSON object, as gqlgen's
// FieldSet would.
func writeObject(w io.Writer, fields []graphql.CollectedField, values []graphql.Marshaler) {
	_, _ = w.Write(openBrace)
	first := true
	for i := range fields {
		alias := fields[i].Alias
		if written(fields, i, alias) {
			continue
		}
		if !first {
			_, _ = w.Write(comma)
		}
		first = false
		// A response key is a GraphQL name ([_A-Za-z][_0-9A-Za-z]*, the
		// parser refuses anything else), so it needs no escaping.
		_, _ = w.Write(quote)
		_, _ = io.WriteString(w, alias)
		_, _ = w.Write(quoteColon)
		values[i].MarshalGQL(w)
	}
	_, _ = w.Write(closeBrace)
}

// written reports whether a field before i had the same response key. Two
// can, when the same field is selected through fragments on two interfaces
// (... on Node { id } ... on Auditable { id }): gqlgen collects both, they
// hold the same value, and the key is written once, as gqlgen does.
// Objects have a handful of fields: a scan costs less than gqlgen's map.
func written(fields []graphql.CollectedField, i int, alias string) bool {
	for j := range i {
		if fields[j].Alias == alias {
			return true
		}
	}
	return false
}
