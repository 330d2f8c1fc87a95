package graph

import (
	"runtime"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
)

// A fieldSet writes what gqlgen's FieldSet writes, with its values held
// inline up to inlineFields and in a slice of their own past it.
func TestFieldSetWritesWhatFieldSetWrites(t *testing.T) {
	many := make([]string, inlineFields+3)
	for i := range many {
		many[i] = string(rune('a' + i))
	}
	cases := []struct {
		name    string
		aliases []string
	}{
		{"none", nil},
		{"one", []string{"node"}},
		{"two", []string{"id", "title"}},
		{"a few", []string{"id", "name", "documents"}},
		{"four", []string{"id", "name", "uscc", "documents"}},
		{"a key twice", []string{"id", "name", "id"}},
		{"as many as held inline", many[:inlineFields]},
		{"more than held inline", many},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fields := collected(c.aliases...)
			ours, theirs := newFieldSet(fields), graphql.NewFieldSet(fields)
			require.Len(t, ours.Values, len(fields))
			for i := range fields {
				v := graphql.MarshalInt(i)
				if i == 1 {
					v = graphql.Null
				}
				ours.Values[i], theirs.Values[i] = v, v
			}
			require.Equal(t, text(theirs), text(ours))
		})
	}
}

// Up to inlineFields, an object is one allocation; gqlgen's FieldSet and the
// objectJSON it was written through were three.
func TestFieldSetIsOneAllocation(t *testing.T) {
	few := collected("id", "name", "uscc", "documents")
	many := collected(make([]string, inlineFields+1)...)
	var sink graphql.Marshaler
	require.Equal(t, 1.0, testing.AllocsPerRun(100, func() { sink = newFieldSet(few) }))
	require.Equal(t, 2.0, testing.AllocsPerRun(100, func() { sink = newFieldSet(many) }),
		"past inlineFields, the values are a second allocation")
	_ = sink
}

// An object's set is allocated in the smallest size class that holds its
// values: an edge (one field) or a document (two) is not given room for
// eight.
func TestFieldSetIsSizedToItsFields(t *testing.T) {
	const runs = 1000
	sets := make([]*fieldSet, runs)
	for _, c := range []struct {
		fields int
		bytes  uint64 // Go's size class for the set and its values
	}{{1, 80}, {2, 96}, {3, 128}, {4, 128}, {8, 192}} {
		fields := collected(make([]string, c.fields)...)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for i := range sets {
			sets[i] = newFieldSet(fields)
		}
		runtime.ReadMemStats(&after)
		require.Equal(t, c.bytes, (after.TotalAlloc-before.TotalAlloc)/runs, "bytes for a set of %d fields", c.fields)
		require.Len(t, sets[runs-1].Values, c.fields)
	}
}
