package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"
)

// perSelection works a selection out once an operation for each way the
// field is merged: one query field (a fragment's) merged with different
// siblings under two parents has two selection sets, and each gets its own
// answer; the same selection set asks again for nothing.
func TestPerSelectionKeysBySelectionSet(t *testing.T) {
	oc := &graphql.OperationContext{}
	op := graphql.WithOperationContext(t.Context(), oc)
	withFieldsCache(op, func(context.Context) graphql.ResponseHandler { return nil })

	seats := &ast.Field{Alias: "seats", Name: "seats"} // the fragment's field
	id := &ast.Field{Alias: "id", Name: "id"}          // the fragment's selection
	space := &ast.Field{Alias: "space", Name: "space"} // a sibling's, under one parent
	merged := ast.SelectionSet{id, space}              // under that parent
	fragmentOnly := ast.SelectionSet{id}               // under the other
	at := func(ctx context.Context, sel ast.SelectionSet) context.Context {
		return graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: graphql.CollectedField{Field: seats, Selections: sel}})
	}
	calls := 0
	fieldNames := func(ctx context.Context) []string {
		calls++
		var out []string
		for _, s := range graphql.GetFieldContext(ctx).Field.Selections {
			out = append(out, s.(*ast.Field).Name)
		}
		return out
	}

	require.Equal(t, []string{"id", "space"}, perSelection(at(op, merged), "names", fieldNames))
	require.Equal(t, []string{"id"}, perSelection(at(op, fragmentOnly), "names", fieldNames), "the other parent's merge is its own")
	require.Equal(t, 2, calls)
	for range 3 { // every row of a list
		require.Equal(t, []string{"id", "space"}, perSelection(at(op, merged), "names", fieldNames))
	}
	require.Equal(t, 2, calls, "a selection already worked out is not worked out again")
	require.Equal(t, []string{"id"}, perSelection(at(op, merged[:1]), "names", fieldNames), "a shorter view of the same array is another selection")
	require.Equal(t, 3, calls)
	require.Equal(t, []int{7}, perSelection(at(op, merged), "count", func(context.Context) []int { calls++; return []int{7} }))
	require.Equal(t, 4, calls, "another computation on the same selection is its own")

	// Outside an operation that has the cache, it is worked out each time.
	for range 2 {
		require.Equal(t, []string{"id", "space"}, perSelection(at(t.Context(), merged), "names", fieldNames))
	}
	require.Equal(t, 6, calls)
}
