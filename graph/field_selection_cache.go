package graph

import (
	"context"
	"unsafe"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// perSelection returns what compute reads from the selection of the field
// ctx resolves, computing it once an operation for each selection: a
// list's rows resolve the same field with the same selection, and the
// tenant list's seats worked out their columns on each of its 50 rows,
// about a tenth of the objects the list allocated a request.
//
// The key is the field's merged selection set (its slice's identity, as
// collectFields keys): the same query field reached through a fragment
// under two parents may merge with different sibling selections, and then
// has two selection sets. Variables, which @skip and @include read, do not
// change within an operation. name tells apart the computations on one
// field. The value is shared by every row: compute's answer must be read
// only, never written.
func perSelection[T any](ctx context.Context, name string, compute func(context.Context) T) T {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return compute(ctx)
	}
	c, _ := graphql.GetOperationContext(ctx).Stats.GetExtension(fieldsCacheName).(*fieldsCache)
	if c == nil { // an operation withFieldsCache did not see
		return compute(ctx)
	}
	sel := fc.Field.Selections
	k := selectionKey{name, unsafe.SliceData(sel), len(sel)}
	c.mu.RLock()
	v, ok := c.selections[k]
	c.mu.RUnlock()
	if ok {
		return v.(T)
	}
	t := compute(ctx)
	c.mu.Lock()
	c.selections[k] = t
	c.mu.Unlock()
	return t
}

type selectionKey struct {
	name string
	sel  *ast.Selection
	nSel int
}
