package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// withFieldContexts gives each of fcs a context of its own under ctx, as
// graphql.WithFieldContext would, but as one allocation for all of them
// where WithFieldContext's context.WithValue is one each: a page of 50
// organisations with their documents has 200 list elements, each needing
// a context only to carry its FieldContext (its index in the path).
//
// A fieldCtx answers graphql.GetFieldContext as a WithValue context would:
// gqlgen's key is unexported, so fieldContextKey learns it by asking
// GetFieldContext once, at start, of a context that records the key it is
// asked for. Should gqlgen ever look a field context up differently, that
// probe finds no key and every element gets WithFieldContext's context.
func withFieldContexts(ctx context.Context, fcs []graphql.FieldContext) []fieldCtx {
	parent := graphql.GetFieldContext(ctx)
	ctxs := make([]fieldCtx, len(fcs))
	for i := range fcs {
		fcs[i].Parent = parent
		ctxs[i] = fieldCtx{Context: ctx, fc: &fcs[i]}
	}
	return ctxs
}

// elementContext is element i's context out of ctxs.
func elementContext(ctxs []fieldCtx, i int) context.Context {
	if fieldContextKey == nil {
		return graphql.WithFieldContext(ctxs[i].Context, ctxs[i].fc)
	}
	return &ctxs[i]
}

// fieldCtx is ctx with fc as its field context.
type fieldCtx struct {
	context.Context
	fc *graphql.FieldContext
}

func (c *fieldCtx) Value(key any) any {
	if key == fieldContextKey {
		return c.fc
	}
	return c.Context.Value(key)
}

// fieldContextKey is the key graphql.GetFieldContext looks its value up by.
var fieldContextKey = func() any {
	p := &keyProbe{Context: context.Background()}
	graphql.GetFieldContext(p)
	return p.key
}()

// keyProbe records the key it is last asked for, and answers nothing.
type keyProbe struct {
	context.Context
	key any
}

func (p *keyProbe) Value(key any) any {
	p.key = key
	return nil
}
