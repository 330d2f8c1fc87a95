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
// to ResolveField). So the value, read by the caller, is marshalled at once.
//
// The call site passes its field-context constructor and its marshaller as
// method expressions ((*executionContext).marshalNString2string), which are
// static: a closure over ec would be allocated on every call, for every
// field of every row, only to be needed on the rare way through ResolveField.
func resolveTrivial[T any](
	ctx context.Context,
	ec *executionContext,
	field graphql.CollectedField,
	v T,
	fieldContext func(ec *executionContext, ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error),
	marshal func(ec *executionContext, ctx context.Context, sel ast.SelectionSet, v T) graphql.Marshaler,
	recoverFromPanic bool,
	nonNull bool,
) graphql.Marshaler {
	switch any(v).(type) {
	case string, int, int64, bool:
		// A plain string, number or boolean is written as it is: none of the
		// schema's marshallers for these Go types can fail (graph/scalar,
		// internal/money and gqlgen's built-ins), and none has child
		// fields, so nothing would read a FieldContext of its own, which
		// with its context would be two allocations per field.
		return marshal(ec, ctx, field.Selections, v)
	}
	if any(v) != nil {
		if len(field.Arguments) == 0 && fieldContextKey != nil {
			// An object: its FieldContext is made only if something below
			// asks for it (lazy_field_context.go).
			return marshal(ec, newLazyFieldCtx(ctx, ec, field, v, fieldContext), field.Selections, v)
		}
		if fc, err := fieldContext(ec, ctx, field); err == nil {
			fc.Result = v
			return marshal(ec, graphql.WithFieldContext(ctx, fc), field.Selections, v)
		}
	}
	// No value (a nil interface) or no field context: ResolveField reports
	// it with the field's path, as it would have without this shortcut.
	return graphql.ResolveField(ctx, ec.OperationContext, field,
		func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error) {
			return fieldContext(ec, ctx, field)
		},
		func(context.Context) (any, error) { return v, nil },
		nil,
		func(ctx context.Context, sel ast.SelectionSet, v T) graphql.Marshaler {
			return marshal(ec, ctx, sel, v)
		},
		recoverFromPanic, nonNull)
}
