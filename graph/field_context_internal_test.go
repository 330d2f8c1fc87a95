package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"
)

type otherKey struct{}

// A list element's context is what graphql.WithFieldContext would have made:
// its field context under the list's, the path through it, the parent's
// other values, its cancellation, and a field context of its own below it.
func TestElementContextsAreFieldContexts(t *testing.T) {
	require.NotNil(t, fieldContextKey, "the probe learnt gqlgen's key")

	parent, cancel := context.WithCancel(context.WithValue(listCtx(t.Context()), otherKey{}, "kept"))
	list := &graphql.FieldContext{Object: "OrganizationConnection", Field: graphql.CollectedField{Field: &ast.Field{Alias: "edges", Name: "edges"}}}
	parent = graphql.WithFieldContext(parent, list)

	var paths []string
	marshalSlice(parent, 3, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		fc := graphql.GetFieldContext(ctx)
		require.Equal(t, i, *fc.Index)
		require.Same(t, list, fc.Parent)
		require.Equal(t, "kept", ctx.Value(otherKey{}))
		paths = append(paths, graphql.GetPath(ctx).String())

		// A field below the element hangs under the element.
		node := &graphql.FieldContext{Object: "OrganizationEdge", Field: graphql.CollectedField{Field: &ast.Field{Alias: "node", Name: "node"}}}
		child := graphql.WithFieldContext(ctx, node)
		require.Same(t, fc, node.Parent)
		if i == 1 {
			graphql.AddErrorf(child, "wrong")
		}
		if i == 2 {
			cancel()
			require.ErrorIs(t, ctx.Err(), context.Canceled, "the parent's cancellation reaches the element")
			<-ctx.Done()
		}
		return graphql.Null
	})
	require.Equal(t, []string{"edges[0]", "edges[1]", "edges[2]"}, paths)
	errs := graphql.GetErrors(parent)
	require.Len(t, errs, 1)
	require.Equal(t, "edges[1].node", errs[0].Path.String(), "an error below an element carries its path")
}
