package graph

import (
	"context"
	"errors"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"
)

// A field's arguments are read once per operation, per query field and per
// reading function, from the operation's variables; a failed reading is
// not kept; without the operation's cache every object reads them.
func TestFieldArgsAreReadOncePerOperation(t *testing.T) {
	def := &ast.FieldDefinition{Name: "documents", Arguments: ast.ArgumentDefinitionList{{Name: "first", Type: ast.NamedType("Int", nil)}}}
	documents := graphql.CollectedField{Field: &ast.Field{Alias: "documents", Name: "documents", Definition: def, Arguments: ast.ArgumentList{
		{Name: "first", Value: &ast.Value{Kind: ast.Variable, Raw: "n"}}}}}
	other := graphql.CollectedField{Field: &ast.Field{Alias: "docs", Name: "documents", Definition: def, Arguments: ast.ArgumentList{
		{Name: "first", Value: &ast.Value{Kind: ast.IntValue, Raw: "2"}}}}}

	reads := 0
	read := func(_ *executionContext, _ context.Context, raw map[string]any) (map[string]any, error) {
		reads++
		return map[string]any{"first": raw["first"]}, nil
	}
	for _, n := range []int64{5, 7} {
		reads = 0
		oc := &graphql.OperationContext{Variables: map[string]any{"n": n}}
		ctx := graphql.WithOperationContext(t.Context(), oc)
		withFieldsCache(ctx, func(context.Context) graphql.ResponseHandler { return nil })
		ec := &executionContext{&graphql.ExecutionContextState[ResolverRoot, DirectiveRoot, ComplexityRoot]{OperationContext: oc}}

		for range 3 { // three organisations
			args, err := fieldArgs(ctx, ec, documents, "field_Organization_documents_args", read)
			require.NoError(t, err)
			require.Equal(t, n, args["first"], "this operation's variable")
		}
		require.Equal(t, 1, reads, "read for the first object only")

		args, err := fieldArgs(ctx, ec, other, "field_Organization_documents_args", read)
		require.NoError(t, err)
		require.Equal(t, int64(2), args["first"], "another query field has its own")
		_, err = fieldArgs(ctx, ec, documents, "field_Case_documents_args", read)
		require.NoError(t, err)
		require.Equal(t, 3, reads, "another type's field is read by its own function")

		failing := func(*executionContext, context.Context, map[string]any) (map[string]any, error) {
			reads++
			return nil, errors.New("bad cursor")
		}
		for range 2 {
			_, err := fieldArgs(ctx, ec, documents, "field_Tenancy_documents_args", failing)
			require.EqualError(t, err, "bad cursor")
		}
		require.Equal(t, 5, reads, "a failed reading is not kept")
	}

	reads = 0
	oc := &graphql.OperationContext{Variables: map[string]any{"n": int64(5)}}
	ec := &executionContext{&graphql.ExecutionContextState[ResolverRoot, DirectiveRoot, ComplexityRoot]{OperationContext: oc}}
	for range 2 {
		_, err := fieldArgs(graphql.WithOperationContext(t.Context(), oc), ec, documents, "field_Organization_documents_args", read)
		require.NoError(t, err)
	}
	require.Equal(t, 2, reads, "without the cache, each object reads")
}
