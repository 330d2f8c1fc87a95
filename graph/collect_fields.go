package graph

import (
	"context"
	"sync"
	"unsafe"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// collectFields stands in for graphql.CollectFields in the generated
// executor (graph/rewrite): it is called once for every object of a
// response, and gqlgen's own per-operation cache builds its key with an
// FNV hash of the type's names on each call (three allocations; 5% of all
// allocations on the organisation list once objects were written by
// objectJSON). The same selection set and type list give the same fields
// within an operation (the variables, which @skip and @include read, do
// not change), so the answer is kept per operation, keyed by the two
// slices' identity: the selection set is the operation's parsed document,
// and the type lists are the generated package's fixed ...Implementors.
func collectFields(oc *graphql.OperationContext, sel ast.SelectionSet, satisfies []string) []graphql.CollectedField {
	c, _ := oc.Stats.GetExtension(fieldsCacheName).(*fieldsCache)
	if c == nil { // an operation withFieldsCache did not see
		return graphql.CollectFields(oc, sel, satisfies)
	}
	k := fieldsKey{unsafe.SliceData(sel), len(sel), unsafe.SliceData(satisfies), len(satisfies)}
	c.mu.RLock()
	fields, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return fields
	}
	fields = graphql.CollectFields(oc, sel, satisfies)
	c.mu.Lock()
	c.m[k] = fields
	c.mu.Unlock()
	return fields
}

const fieldsCacheName = "hatchery.collectFields"

type fieldsKey struct {
	sel        *ast.Selection
	nSel       int
	satisfies  *string
	nSatisfies int
}

// fieldsCache is one operation's collected fields. Root fields resolve
// concurrently, hence the lock.
type fieldsCache struct {
	mu sync.RWMutex
	m  map[fieldsKey][]graphql.CollectedField
	// args holds fields' arguments (graph/field_args.go).
	args map[argsKey]map[string]any
	// selections holds what was worked out from fields' selections
	// (graph/field_selection_cache.go).
	selections map[selectionKey]any
}

// withFieldsCache gives each operation its cache, in the operation's stats
// (the one per-operation value the generated executor can reach).
func withFieldsCache(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if graphql.HasOperationContext(ctx) {
		graphql.GetOperationContext(ctx).Stats.SetExtension(fieldsCacheName, &fieldsCache{
			m: map[fieldsKey][]graphql.CollectedField{}, args: map[argsKey]map[string]any{}, selections: map[selectionKey]any{},
		})
	}
	return next(ctx)
}
