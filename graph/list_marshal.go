package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice marshals a list's elements one after another on the calling
// goroutine. gqlgen's MarshalSliceConcurrently starts a goroutine per
// element: for a page of 50 organisations with 5 documents each, 300
// goroutines whose stacks grow and whose scheduling cost about half the
// server's CPU per request in the profile (issue 14), to run work that is
// all in memory: list fields are eager-loaded (entgql's CollectFields) and
// the few batch loaders are keyed by county, so the first row's load
// answers the rest. graph/rewrite points the generated code here (run by
// go generate after gqlgen).
//
// Its contract is MarshalSliceConcurrently's: every element set, each with a
// FieldContext carrying its index; a panic becomes an error and a null
// element (unless omitPanicHandler); once ctx has ended, the elements not
// yet marshalled are null and the context's error is reported once.
func marshalSlice(ctx context.Context, length int, _ int64, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	ret := make(graphql.Array, length)
	// The elements' field contexts, indexes and contexts are allocated
	// together, three allocations a list instead of three an element.
	fcs := make([]graphql.FieldContext, length)
	idxs := make([]int, length)
	for i := range length {
		idxs[i] = i
		fcs[i].Index = &idxs[i]
	}
	ctxs := withFieldContexts(ctx, fcs)
	for i := range length {
		childCtx := elementContext(ctxs, i)
		if err := ctx.Err(); err != nil {
			graphql.AddError(childCtx, err)
			for j := i; j < length; j++ {
				ret[j] = graphql.Null
			}
			break
		}
		if omitPanicHandler {
			ret[i] = marshalElement(childCtx, i)
			continue
		}
		ret[i] = marshalRecovering(childCtx, i, marshalElement)
	}
	return ret
}

// marshalRecovering is one element, a panic turned into the element's error.
func marshalRecovering(ctx context.Context, i int, marshalElement func(ctx context.Context, i int) graphql.Marshaler) (m graphql.Marshaler) {
	defer func() {
		if r := recover(); r != nil {
			graphql.AddError(ctx, graphql.Recover(ctx, r))
			m = graphql.Null
		}
	}()
	return marshalElement(ctx, i)
}
