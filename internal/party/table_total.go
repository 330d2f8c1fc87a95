package party

import (
	"context"

	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/ent/organizationtally"
	"hatchery/ent/predicate"
)

// tallied is how many organisations the coverage table holds for the
// viewer, read from the tallies the database keeps per domain and status
// (all but deregistered ones, as counted() reads the organisations). Privacy
// narrows the tallies to the viewer's domain as it narrows the
// organisations; the caller makes sure the viewer reads all of them.
func tallied(ctx context.Context, c *gen.Client) (int, error) {
	return c.OrganizationTally.Query().
		// The tally's status is a plain string column; given as the
		// organisation's enum value, the statement cache writes it into
		// the statement (internal/db's reshape) as it does counted()'s.
		Where(predicate.OrganizationTally(sql.FieldNEQ(organizationtally.FieldStatus, organization.StatusDEREGISTERED))).
		Aggregate(func(s *sql.Selector) string {
			return "COALESCE(SUM(" + s.C(organizationtally.FieldOrganizations) + "), 0)"
		}).Int(ctx)
}

// pageOnly returns ctx with its GraphQL field's selection cut down to the
// connection's edges, so that ent's pager reads the page and its page info
// but skips its count (it counts whenever totalCount or pageInfo is
// selected), and whether the field selects totalCount. ok is false outside
// a GraphQL field or when the field selects no edges (the pager matches
// them by their alias, as here): the caller then pages with ctx as it is.
func pageOnly(ctx context.Context) (page context.Context, totalAsked, ok bool) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return ctx, false, false
	}
	var edges ast.SelectionSet
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil) {
		switch {
		case f.Alias == "edges":
			// The collected field carries the selections of every
			// occurrence (fragments included) merged.
			edges = append(edges, &ast.Field{Alias: f.Alias, Name: f.Name, Arguments: f.Arguments, Directives: f.Directives,
				SelectionSet: f.Selections, Position: f.Position, Definition: f.Definition, ObjectDefinition: f.ObjectDefinition})
		case f.Name == "totalCount":
			totalAsked = true
		}
	}
	if len(edges) == 0 {
		return ctx, false, false
	}
	cut := *fc
	cut.Field.Selections = edges
	page = graphql.WithFieldContext(ctx, &cut)
	cut.Parent = fc.Parent // the same place in the answer as the field itself
	return page, totalAsked, true
}
