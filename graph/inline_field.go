package graph

import (
	"context"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
)

// resolveInline stands in for FieldSet.ResolveConcurrently in the generated
// executor (graph/rewrite). gqlgen schedules every field of an object that
// has a resolver, and FieldSet.Dispatch runs the first on the calling
// goroutine and starts a goroutine for each of the others. On the tenant
// list (organisation, mentor, seats on every row) that was 100 goroutines a
// request, and growing their stacks was 7% of the server's CPU.
//
// Running the fields one after another gives up little: rows are already
// marshalled in turn (marshalSlice), so fields never batched across rows,
// and the per-request loaders answer a page from its first row's load (the
// county loaders, and the tenant list's page loaders, which do not wait).
// Since nothing else of the request runs while a loader waits, the loaders
// no longer wait for more keys at all (internal/incubation/loaders.go,
// internal/party/loaders.go).
//
// Its contract is ResolveConcurrently's for a field that is not deferred
// (@defer is refused, see deferred.go): with recoverFromPanic a panic is
// reported as an error and the field is null; a null non-null field (or a
// RequiredNull nullable one) counts against the object's Invalids.
func resolveInline(ctx context.Context, out *fieldSet, oc *graphql.OperationContext, i int,
	recoverFromPanic, nonNull bool, resolve func(context.Context) graphql.Marshaler,
) {
	v := resolveRecovering(ctx, oc, recoverFromPanic, resolve)
	out.Values[i] = v
	invalid := graphql.Marshaler(graphql.RequiredNull)
	if nonNull {
		invalid = graphql.Null
	}
	if v == invalid {
		atomic.AddUint32(&out.Invalids, 1)
	}
}

func resolveRecovering(ctx context.Context, oc *graphql.OperationContext, recoverFromPanic bool,
	resolve func(context.Context) graphql.Marshaler,
) (v graphql.Marshaler) {
	if recoverFromPanic {
		defer func() {
			if r := recover(); r != nil {
				oc.Error(ctx, oc.Recover(ctx, r))
				v = graphql.Null
			}
		}()
	}
	return resolve(ctx)
}
