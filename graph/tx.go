package graph

import (
	"context"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"

	gen "hatchery/ent"
)

// transactioner runs each mutation operation in one transaction (all its
// changes and their audit rows commit together or not at all), except login
// and logout: a failed login's count must persist although the login fails.
//
// It wraps entgql.Transactioner, which panics on a request that never became
// an operation (a body that is not JSON): such requests pass straight through.
type transactioner struct{ entgql.Transactioner }

func newTransactioner(c *gen.Client) transactioner {
	return transactioner{entgql.Transactioner{TxOpener: c, SkipTxFunc: entgql.SkipIfHasFields("login", "logout")}}
}

func (t transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	return t.Transactioner.InterceptResponse(ctx, next)
}
