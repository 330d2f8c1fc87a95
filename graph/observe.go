package graph

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// observe reports each operation's name, duration and outcome (for metrics).
func observe(report func(string, time.Duration, bool)) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		start := time.Now()
		oc := graphql.GetOperationContext(ctx)
		name := oc.OperationName
		if name == "" && oc.Operation != nil {
			name = oc.Operation.Name // named in the query text, not in the request
		}
		if name == "" {
			name = "anonymous"
		}
		h := next(ctx)
		return func(ctx context.Context) *graphql.Response {
			resp := h(ctx)
			if resp != nil {
				report(name, time.Since(start), len(resp.Errors) > 0)
			}
			return resp
		}
	}
}
