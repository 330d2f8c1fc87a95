package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"
)

// trivialCall runs resolveTrivial for a field "name" of a "Thing" whose
// resolver returns (res, nil), counting the field middleware's calls.
func trivialCall(t *testing.T, res any, nonNull bool) (out string, middleware int, fieldSeen string, errs []string) {
	t.Helper()
	oc := &graphql.OperationContext{
		ResolverMiddleware: func(ctx context.Context, next graphql.Resolver) (any, error) {
			middleware++
			return next(ctx)
		},
	}
	ctx := graphql.WithOperationContext(listCtx(t.Context()), oc)
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: "Query", Field: graphql.CollectedField{Field: &ast.Field{Alias: "thing", Name: "thing"}}})
	field := graphql.CollectedField{Field: &ast.Field{Alias: "name", Name: "name"}}
	m := resolveTrivial(ctx, oc, field,
		func(_ context.Context, f graphql.CollectedField) (*graphql.FieldContext, error) {
			return graphql.NewScalarFieldContext("Thing", f, false, false, "String")
		},
		func(context.Context) (any, error) { return res, nil },
		nil,
		func(ctx context.Context, _ ast.SelectionSet, v *string) graphql.Marshaler {
			fieldSeen = graphql.GetFieldContext(ctx).Field.Name
			if v == nil {
				if nonNull {
					graphql.AddErrorf(ctx, "the requested element is null which the schema does not allow")
				}
				return graphql.Null
			}
			return graphql.MarshalString(*v)
		},
		true, nonNull)
	for _, e := range graphql.GetErrors(ctx) {
		errs = append(errs, e.Path.String()+": "+e.Message)
	}
	return text(m), middleware, fieldSeen, errs
}

// A value read from the object is marshalled under the field's own context,
// without the field middleware.
func TestResolveTrivialMarshalsTheValue(t *testing.T) {
	name := "德清"
	out, middleware, seen, errs := trivialCall(t, &name, true)
	require.Equal(t, `"德清"`, out)
	require.Zero(t, middleware, "a struct field read does not go through the middleware")
	require.Equal(t, "name", seen, "marshalled under the field's context")
	require.Empty(t, errs)
}

// No value at all goes to gqlgen's ResolveField, which runs the middleware
// and reports a missing non-null value at the field's path.
func TestResolveTrivialLeavesNoValueToResolveField(t *testing.T) {
	out, middleware, _, errs := trivialCall(t, nil, true)
	require.Equal(t, "null", out)
	require.Equal(t, 1, middleware)
	require.Len(t, errs, 1)
	require.True(t, strings.HasPrefix(errs[0], "thing.name: cannot return null for non-null field Thing.name"), errs[0])

	// A typed nil (a nullable pointer field left empty) is a value: null,
	// no error, as ResolveField answers it.
	out, middleware, seen, errs := trivialCall(t, (*string)(nil), false)
	require.Equal(t, "null", out)
	require.Zero(t, middleware)
	require.Equal(t, "name", seen)
	require.Empty(t, errs)
}
