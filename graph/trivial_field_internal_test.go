package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"
)

// trivialResult is what a resolveTrivial call for a field "name" of a
// "Thing" under a field "thing" gave: the JSON written, the field
// middleware's calls, the field named by the context the marshaller ran
// under, and the errors with their paths.
type trivialResult struct {
	out        string
	middleware int
	fieldSeen  string
	errs       []string
}

func trivialCall[T any](t *testing.T, v T, nonNull bool, marshalValue func(T) graphql.Marshaler) trivialResult {
	t.Helper()
	var r trivialResult
	oc := &graphql.OperationContext{
		ResolverMiddleware: func(ctx context.Context, next graphql.Resolver) (any, error) {
			r.middleware++
			return next(ctx)
		},
	}
	ec := &executionContext{&graphql.ExecutionContextState[ResolverRoot, DirectiveRoot, ComplexityRoot]{OperationContext: oc}}
	ctx := graphql.WithOperationContext(listCtx(t.Context()), oc)
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: "Query", Field: graphql.CollectedField{Field: &ast.Field{Alias: "thing", Name: "thing"}}})
	field := graphql.CollectedField{Field: &ast.Field{Alias: "name", Name: "name"}}
	m := resolveTrivial(ctx, ec, field, v,
		func(_ *executionContext, _ context.Context, f graphql.CollectedField) (*graphql.FieldContext, error) {
			return graphql.NewScalarFieldContext("Thing", f, false, false, "String")
		},
		func(_ *executionContext, ctx context.Context, _ ast.SelectionSet, v T) graphql.Marshaler {
			r.fieldSeen = graphql.GetFieldContext(ctx).Field.Name
			return marshalValue(v)
		},
		true, nonNull)
	for _, e := range graphql.GetErrors(ctx) {
		r.errs = append(r.errs, e.Path.String()+": "+e.Message)
	}
	r.out = text(m)
	return r
}

func marshalStringPtr(v *string) graphql.Marshaler {
	if v == nil {
		return graphql.Null
	}
	return graphql.MarshalString(*v)
}

// A plain string is written at once: no middleware, and no field context
// of its own (the marshaller runs under the parent's).
func TestResolveTrivialWritesAPlainValue(t *testing.T) {
	r := trivialCall(t, "德清", true, graphql.MarshalString)
	require.Equal(t, `"德清"`, r.out)
	require.Zero(t, r.middleware, "a struct field read does not go through the middleware")
	require.Equal(t, "thing", r.fieldSeen, "a plain value needs no context of its own")
	require.Empty(t, r.errs)

	r = trivialCall(t, 42, true, graphql.MarshalInt)
	require.Equal(t, `42`, r.out)
	require.Equal(t, "thing", r.fieldSeen)
}

// Any other value (a pointer, a time, an object) is marshalled under the
// field's own context, still without the middleware; a typed nil (a
// nullable field left empty) is a value: null, no error, as ResolveField
// answers it.
func TestResolveTrivialGivesOtherValuesTheirContext(t *testing.T) {
	name := "德清"
	r := trivialCall(t, &name, true, marshalStringPtr)
	require.Equal(t, `"德清"`, r.out)
	require.Zero(t, r.middleware)
	require.Equal(t, "name", r.fieldSeen, "marshalled under the field's context")
	require.Empty(t, r.errs)

	r = trivialCall(t, (*string)(nil), false, marshalStringPtr)
	require.Equal(t, "null", r.out)
	require.Zero(t, r.middleware)
	require.Equal(t, "name", r.fieldSeen)
	require.Empty(t, r.errs)
}

// No value at all (a nil interface) goes to gqlgen's ResolveField, which
// runs the middleware and reports a missing non-null value at the field's
// path.
func TestResolveTrivialLeavesNoValueToResolveField(t *testing.T) {
	r := trivialCall[any](t, nil, true, func(any) graphql.Marshaler { return graphql.Null })
	require.Equal(t, "null", r.out)
	require.Equal(t, 1, r.middleware)
	require.Len(t, r.errs, 1)
	require.True(t, strings.HasPrefix(r.errs[0], "thing.name: cannot return null for non-null field Thing.name"), r.errs[0])
}
