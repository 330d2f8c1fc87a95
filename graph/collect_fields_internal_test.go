package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"
)

// names lists collected fields' response keys.
func names(fs []graphql.CollectedField) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Alias
	}
	return out
}

// collectFields answers what graphql.CollectFields answers, type
// conditions and @skip on a variable included, and keeps one answer per
// selection set and type list for the operation.
func TestCollectFieldsCachesPerOperation(t *testing.T) {
	skipIfHide := ast.DirectiveList{{Name: "skip", Arguments: ast.ArgumentList{
		{Name: "if", Value: &ast.Value{Kind: ast.Variable, Raw: "hide"}}}}}
	sel := ast.SelectionSet{
		&ast.Field{Alias: "id", Name: "id"},
		&ast.Field{Alias: "uscc", Name: "uscc", Directives: skipIfHide},
		&ast.InlineFragment{TypeCondition: "Organization", SelectionSet: ast.SelectionSet{
			&ast.Field{Alias: "name", Name: "name"}}},
		&ast.InlineFragment{TypeCondition: "Document", SelectionSet: ast.SelectionSet{
			&ast.Field{Alias: "title", Name: "title"}}},
	}
	for _, hide := range []bool{false, true} {
		oc := &graphql.OperationContext{Variables: map[string]any{"hide": hide}}
		withFieldsCache(graphql.WithOperationContext(t.Context(), oc), func(context.Context) graphql.ResponseHandler { return nil })
		c := oc.Stats.GetExtension(fieldsCacheName).(*fieldsCache)

		org := collectFields(oc, sel, organizationImplementors)
		doc := collectFields(oc, sel, documentImplementors)
		require.Equal(t, names(graphql.CollectFields(&graphql.OperationContext{Variables: oc.Variables}, sel, organizationImplementors)), names(org))
		require.Equal(t, names(graphql.CollectFields(&graphql.OperationContext{Variables: oc.Variables}, sel, documentImplementors)), names(doc))
		if hide {
			require.Equal(t, []string{"id", "name"}, names(org))
		} else {
			require.Equal(t, []string{"id", "uscc", "name"}, names(org))
		}
		require.Contains(t, names(doc), "title")
		require.NotContains(t, names(doc), "name")

		require.Len(t, c.m, 2, "one entry per selection set and type list")
		again := collectFields(oc, sel, organizationImplementors)
		require.Same(t, &org[0], &again[0], "the second object of a type gets the kept answer")
		require.Len(t, c.m, 2)
	}

	// Without a cache (an operation the middleware did not see) it is
	// gqlgen's answer.
	oc := &graphql.OperationContext{Variables: map[string]any{"hide": true}}
	require.Equal(t, []string{"id", "name"}, names(collectFields(oc, sel, organizationImplementors)))
}
