package graph

import (
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"
)

func collected(aliases ...string) []graphql.CollectedField {
	fs := make([]graphql.CollectedField, len(aliases))
	for i, a := range aliases {
		fs[i] = graphql.CollectedField{Field: &ast.Field{Alias: a, Name: a}}
	}
	return fs
}

// objectJSON writes what gqlgen's FieldSet writes: the fields in their
// order, a key selected twice once (the first), and an empty object as {}.
func TestObjectJSONWritesWhatFieldSetWrites(t *testing.T) {
	cases := []struct {
		name    string
		aliases []string
		values  []graphql.Marshaler
		want    string
	}{
		{"fields in order", []string{"id", "name", "docs"},
			[]graphql.Marshaler{graphql.MarshalString("7"), graphql.MarshalString("德清\"社工\""), graphql.Array{graphql.MarshalInt(1), graphql.Null}},
			`{"id":"7","name":"德清\"社工\"","docs":[1,null]}`},
		{"a key twice", []string{"id", "name", "id"},
			[]graphql.Marshaler{graphql.MarshalString("7"), graphql.Null, graphql.MarshalString("7")},
			`{"id":"7","name":null}`},
		{"no fields", nil, nil, `{}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fields := collected(c.aliases...)
			fs := graphql.NewFieldSet(fields)
			copy(fs.Values, c.values)
			require.Equal(t, c.want, text(objectOf(fields, fs)))
			require.Equal(t, text(fs), text(objectOf(fields, fs)), "same bytes as gqlgen's FieldSet")
		})
	}
}
