package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"
)

// An object's resolved fields are answered at once, on the calling
// goroutine, with ResolveConcurrently's bookkeeping: a panic is an error and
// a null, and a null counts against the object only where the schema says
// it must not be null.
func TestResolveInline(t *testing.T) {
	oc := &graphql.OperationContext{RecoverFunc: func(_ context.Context, err any) error {
		return &recovered{err}
	}}
	ctx := graphql.WithOperationContext(listCtx(t.Context()), oc)
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: "Query", Field: graphql.CollectedField{Field: &ast.Field{Alias: "thing", Name: "thing"}}})
	fields := []graphql.CollectedField{{Field: &ast.Field{Alias: "a", Name: "a"}}, {Field: &ast.Field{Alias: "b", Name: "b"}}, {Field: &ast.Field{Alias: "c", Name: "c"}}}

	out := newFieldSet(fields)
	ran := false
	resolveInline(ctx, out, oc, 0, true, true, func(context.Context) graphql.Marshaler { ran = true; return graphql.MarshalString("x") })
	require.True(t, ran, "resolved before the call returns, not scheduled")
	require.Equal(t, `"x"`, text(out.Values[0]))
	require.Zero(t, out.Invalids)

	resolveInline(ctx, out, oc, 1, true, false, func(context.Context) graphql.Marshaler { return graphql.Null })
	require.Zero(t, out.Invalids, "a nullable field may be null")
	resolveInline(ctx, out, oc, 2, true, true, func(context.Context) graphql.Marshaler { panic("boom") })
	require.Equal(t, graphql.Null, out.Values[2])
	require.EqualValues(t, 1, out.Invalids, "a non-null field that panicked invalidates its object")
	errs := graphql.GetErrors(ctx)
	require.Len(t, errs, 1)
	require.Contains(t, errs[0].Message, "boom")

	out = newFieldSet(fields)
	resolveInline(ctx, out, oc, 0, true, false, func(context.Context) graphql.Marshaler { return graphql.RequiredNull })
	require.EqualValues(t, 1, out.Invalids, "a nullable field's required null invalidates its object")
	require.Panics(t, func() {
		resolveInline(ctx, out, oc, 1, false, true, func(context.Context) graphql.Marshaler { panic("not recovered") })
	}, "without recoverFromPanic the panic goes on, as in gqlgen")
}

type recovered struct{ v any }

func (r *recovered) Error() string { return "recovered: " + r.v.(string) }
