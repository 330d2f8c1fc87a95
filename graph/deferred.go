package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"hatchery/internal/apperr"
)

// deferredGroup stands in for graphql.NewDeferredGroup in the generated
// executor (graph/rewrite). gqlgen makes a group for every object it
// resolves, so that fields under @defer can be sent in a later payload: it
// holds the object's whole path (a new slice, one boxed element per level)
// and a fresh map. On the benchmark's list (650 objects a request) building
// those paths was 16% of all allocations.
//
// Hatchery answers a request with one JSON payload over POST, where a
// deferred field would simply be missing, so @defer is refused when the
// operation is checked (deferredSpread). No field is then ever deferred and
// the group is never filled: it needs neither path nor map.
func deferredGroup(ctx context.Context) graphql.DeferredGroup {
	return graphql.DeferredGroup{Context: ctx}
}

// deferredSpread refuses a fragment asked for with @defer (unless its if
// argument is false): see deferredGroup.
func deferredSpread(dirs ast.DirectiveList, vars map[string]any) *apperr.Error {
	d := dirs.ForName("defer")
	if d == nil {
		return nil
	}
	if on, ok := d.ArgumentMap(vars)["if"].(bool); ok && !on {
		return nil
	}
	return apperr.New(apperr.BadUserInput,
		"@defer is not supported: every field is answered in the one response; remove @defer",
		"不支持 @defer：所有字段都在同一个响应中返回，请去掉 @defer").WithReason("DEFER_UNSUPPORTED")
}
