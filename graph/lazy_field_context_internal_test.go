package graph

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"
)

// An object field's lazy context makes its FieldContext only when asked,
// once, and then it is what graphql.WithFieldContext would have carried:
// the field, its value, its parent and the path through it.
func TestLazyFieldContextIsMadeOnceWhenAsked(t *testing.T) {
	require.NotNil(t, fieldContextKey)
	parentFC := &graphql.FieldContext{Object: "Query", Field: graphql.CollectedField{Field: &ast.Field{Alias: "edge", Name: "edge"}}}
	parent := graphql.WithFieldContext(context.WithValue(listCtx(t.Context()), otherKey{}, "kept"), parentFC)
	field := graphql.CollectedField{Field: &ast.Field{Alias: "item", Name: "node"}}
	made := 0
	construct := func(_ *executionContext, _ context.Context, f graphql.CollectedField) (*graphql.FieldContext, error) {
		made++
		return &graphql.FieldContext{Object: "DocumentEdge", Field: f}, nil
	}
	value := &struct{ Title string }{"章程"}

	ctx := newLazyFieldCtx(parent, nil, field, value, construct)
	require.Equal(t, "kept", ctx.Value(otherKey{}), "the parent's values pass through")
	require.Zero(t, made, "nothing has asked for the field context yet")

	fc := graphql.GetFieldContext(ctx)
	require.Equal(t, 1, made)
	require.Equal(t, "DocumentEdge", fc.Object)
	require.Same(t, parentFC, fc.Parent)
	require.Same(t, value, fc.Result)
	require.Equal(t, "edge.item", graphql.GetPath(ctx).String(), "the path names the field by its alias")
	require.Same(t, fc, graphql.GetFieldContext(ctx))
	require.Equal(t, 1, made, "made once")

	// A field below hangs under it, and an error there carries the path.
	child := graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: graphql.CollectedField{Field: &ast.Field{Alias: "title", Name: "title"}}})
	graphql.AddErrorf(child, "wrong")
	errs := graphql.GetErrors(parent)
	require.Len(t, errs, 1)
	require.Equal(t, "edge.item.title", errs[0].Path.String())
}

// Should the constructor fail, the field context still places the field.
func TestLazyFieldContextWithoutItsConstructor(t *testing.T) {
	parent := graphql.WithFieldContext(listCtx(t.Context()), &graphql.FieldContext{Field: graphql.CollectedField{Field: &ast.Field{Alias: "a", Name: "a"}}})
	ctx := newLazyFieldCtx(parent, nil, graphql.CollectedField{Field: &ast.Field{Alias: "b", Name: "b"}}, 7,
		func(*executionContext, context.Context, graphql.CollectedField) (*graphql.FieldContext, error) {
			return nil, errors.New("no")
		})
	require.Equal(t, "a.b", graphql.GetPath(ctx).String())
	require.Equal(t, 7, graphql.GetFieldContext(ctx).Result)
}

// Asked from many goroutines at once, every one gets the same field context.
func TestLazyFieldContextAskedConcurrently(t *testing.T) {
	ctx := newLazyFieldCtx(listCtx(t.Context()), nil, graphql.CollectedField{Field: &ast.Field{Alias: "n", Name: "n"}}, "v",
		func(_ *executionContext, _ context.Context, f graphql.CollectedField) (*graphql.FieldContext, error) {
			return &graphql.FieldContext{Field: f}, nil
		})
	got := make([]*graphql.FieldContext, 8)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() { got[i] = graphql.GetFieldContext(ctx) })
	}
	wg.Wait()
	for _, fc := range got {
		require.Same(t, got[0], fc)
	}
}
