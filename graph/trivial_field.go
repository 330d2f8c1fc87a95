package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// resolveTrivial stands in for graphql.ResolveField (graph/rewrite) for the
// fields whose resolver only reads a struct field of the object in hand
// (return obj.Name, nil) and that have no directive: the ids, names and
// dates that make up most of a list's fields (650 of the benchmark's 1,000
// fields a request).
//
// gqlgen runs every field through the field middleware, a closure per
// layer, a deferred recover and its generic result handling. For a read of
// a loaded struct field none of that does anything: it cannot fail, panic
// or be slow, and it is not a list the middleware would cap (those are left
// to ResolveField). So the value is marshalled at once, under the field's
// own FieldContext, exactly as ResolveField does when a resolver succeeds.
// Anything else (no value, an error, a middleware) goes to ResolveField,
// which reports it with the field's path.
func resolveTrivial[T any](
	ctx context.Context,
	oc *graphql.OperationContext,
	field graphql.CollectedField,
	initializeFieldContext func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error),
	fieldResolver func(ctx context.Context) (any, error),
	middlewareChain func(ctx context.Context, next graphql.Resolver) graphql.Resolver,
	marshal func(ctx context.Context, sel ast.SelectionSet, v T) graphql.Marshaler,
	recoverFromPanic bool,
	nonNull bool,
) graphql.Marshaler {
	if middlewareChain == nil {
		if res, err := fieldResolver(ctx); err == nil && res != nil {
			if v, ok := res.(T); ok {
				if fc, err := initializeFieldContext(ctx, field); err == nil {
					fc.Result = v
					return marshal(graphql.WithFieldContext(ctx, fc), field.Selections, v)
				}
			}
		}
	}
	return graphql.ResolveField(ctx, oc, field, initializeFieldContext, fieldResolver, middlewareChain, marshal, recoverFromPanic, nonNull)
}
