package graph

import (
	"context"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/graphql"
)

// selectedColumns is the columns of an ent type's table that the current
// field's sub-selection sub (for example rankedProposals { proposal { … } })
// reads, when it asks only for plain fields of the type: fields named like
// their columns (domainID for domain_id). A list's query can then read
// those columns instead of all of them; a proposal's long texts and JSON
// were most of the ranking's cost.
//
// It is nil, meaning every column, when sub asks for anything else (an
// edge, a computed field such as a proposal's award, a fragment on another
// type): their resolvers may read any column of the row. It is empty, not
// nil, when sub is not asked for at all.
func selectedColumns(ctx context.Context, sub, typeName string, columns []string) []string {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || fc.Field.Definition == nil {
		return nil
	}
	op := graphql.GetOperationContext(ctx)
	out := []string{}
	for _, f := range graphql.CollectFields(op, fc.Field.Selections, []string{fc.Field.Definition.Type.Name()}) {
		if f.Name != sub {
			continue
		}
		for _, g := range graphql.CollectFields(op, f.Selections, []string{typeName}) {
			if g.Name == "__typename" {
				continue
			}
			i := slices.IndexFunc(columns, func(c string) bool {
				return strings.ReplaceAll(c, "_", "") == strings.ToLower(g.Name)
			})
			if i < 0 {
				return nil
			}
			if !slices.Contains(out, columns[i]) {
				out = append(out, columns[i])
			}
		}
	}
	return out
}
