package graph

import (
	"context"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// selectedColumns is the columns of an ent type's table that the current
// field's sub-selection at path reads (for example "proposal" under
// rankedProposals, or "edges", "node", "organization" under a connection;
// no path is the field's own selection, as for a tenancy's seats),
// when it asks only for plain fields of the type: fields named like their
// columns (domainID for domain_id). A list's query can then read those
// columns instead of all of them; a proposal's long texts and JSON were
// most of the ranking's cost.
//
// It is nil, meaning every column, when the selection asks for anything
// else (an edge, a computed field such as a proposal's award, a fragment on
// another type): their resolvers may read any column of the row. It is
// empty, not nil, when the path is not asked for at all.
func selectedColumns(ctx context.Context, typeName string, columns []string, path ...string) []string {
	return selectedColumnsWith(ctx, typeName, columns, nil, path...)
}

// selectedColumnsWith is selectedColumns where the fields named in
// others count as plain fields too, each reading the columns listed for it:
// an edge its caller eager-loads itself, which needs its foreign key (as
// the coverage table does an assignment's officer), or a field computed by
// a resolver from those columns of the row (a tenancy's seats need its id
// and county).
func selectedColumnsWith(ctx context.Context, typeName string, columns []string, others map[string][]string, path ...string) []string {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || fc.Field.Definition == nil {
		return nil
	}
	op := graphql.GetOperationContext(ctx)
	// The selections at the end of path, each with the type it selects on.
	type level struct {
		set    ast.SelectionSet
		onType string
	}
	at := []level{{fc.Field.Selections, fc.Field.Definition.Type.Name()}}
	for _, name := range path {
		var next []level
		for _, l := range at {
			for _, f := range graphql.CollectFields(op, l.set, []string{l.onType}) {
				if f.Name == name && f.Definition != nil {
					next = append(next, level{f.Selections, f.Definition.Type.Name()})
				}
			}
		}
		at = next
	}
	out := []string{}
	for _, l := range at {
		for _, g := range graphql.CollectFields(op, l.set, []string{typeName}) {
			if g.Name == "__typename" {
				continue
			}
			if cols, ok := others[g.Name]; ok {
				for _, col := range cols {
					if !slices.Contains(out, col) {
						out = append(out, col)
					}
				}
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
