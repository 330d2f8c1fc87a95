package graph

import (
	"context"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
)

// lazyFieldCtx is the context an object-valued trivial field (an edge's
// node, a row's organisation) marshals its object in: the parent's context,
// plus that field's FieldContext, made the first time it is asked for.
//
// gqlgen makes every field a FieldContext, a closure for its Child and a
// context.WithValue to carry it: three allocations. Below most of these
// fields nothing reads it. A document's id and title are written straight
// from the row (trivial_field.go), and only a resolver below, an error or
// a null where the schema forbids one asks for the path. On the
// organisation page that is 150 documents' nodes a request, 450 of its
// allocations, each now one.
//
// What asks gets what gqlgen would have made: the field's own FieldContext
// (from the generated constructor, which cannot fail for a field without
// arguments, the only ones made lazily), with the value as its Result and
// the parent's FieldContext as its Parent, so paths and errors below are
// unchanged. Fields are resolved one after another (inline_field.go), but
// should two goroutines ever ask at once, both get the one stored first.
type lazyFieldCtx[T any] struct {
	context.Context // the parent's
	ec              *executionContext
	field           graphql.CollectedField
	v               T
	fieldContext    func(ec *executionContext, ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error)
	fc              atomic.Pointer[graphql.FieldContext]
}

func newLazyFieldCtx[T any](ctx context.Context, ec *executionContext, field graphql.CollectedField, v T,
	fieldContext func(ec *executionContext, ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error),
) *lazyFieldCtx[T] {
	return &lazyFieldCtx[T]{Context: ctx, ec: ec, field: field, v: v, fieldContext: fieldContext}
}

func (c *lazyFieldCtx[T]) Value(key any) any {
	if key != fieldContextKey {
		return c.Context.Value(key)
	}
	if fc := c.fc.Load(); fc != nil {
		return fc
	}
	fc, err := c.fieldContext(c.ec, c.Context, c.field)
	if err != nil || fc == nil {
		// Not for a field without arguments; should it happen, the path
		// (the field's alias under its parent) is still right.
		fc = &graphql.FieldContext{Field: c.field}
	}
	fc.Result = c.v
	fc.Parent = graphql.GetFieldContext(c.Context)
	if !c.fc.CompareAndSwap(nil, fc) {
		return c.fc.Load()
	}
	return fc
}
