package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// fieldArgs stands in, in the generated field-context constructors
// (graph/rewrite), for the call that reads a field's arguments:
// ec.field_Organization_documents_args(ctx, field.ArgumentMap(ec.Variables)).
//
// A field's arguments are read from the query and its variables alone, so
// within an operation they are the same for every object the field is
// resolved on: documents(first: 5) on each of a page's 50 organisations.
// gqlgen reads them again each time (a map from the query, each argument
// through its unmarshaller, a map of results), 9% of the allocations of the
// organisation page. The operation's cache keeps the first reading, per
// query field and per field definition (argsFunc's name: a field selected
// through an interface is read by each implementing type's own function).
//
// A reading that fails is not kept: the next object reports the error
// again, as it did. The map kept is shared by the objects' field contexts;
// resolvers receive its values and never write to them.
func fieldArgs(ctx context.Context, ec *executionContext, field graphql.CollectedField, argsFunc string,
	read func(ec *executionContext, ctx context.Context, rawArgs map[string]any) (map[string]any, error),
) (map[string]any, error) {
	c, _ := ec.OperationContext.Stats.GetExtension(fieldsCacheName).(*fieldsCache)
	if c == nil { // an operation withFieldsCache did not see
		return read(ec, ctx, field.ArgumentMap(ec.Variables))
	}
	k := argsKey{field.Field, argsFunc}
	c.mu.RLock()
	args, ok := c.args[k]
	c.mu.RUnlock()
	if ok {
		return args, nil
	}
	args, err := read(ec, ctx, field.ArgumentMap(ec.Variables))
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.args[k] = args
	c.mu.Unlock()
	return args, nil
}

type argsKey struct {
	field    *ast.Field
	argsFunc string
}
