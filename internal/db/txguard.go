package db

import (
	"context"

	"entgo.io/ent/dialect"

	"hatchery/ent"
)

// A statement run on the pool while the request's own transaction is open
// needs a second connection. With every connection held by such a
// transaction, each one waiting on a row lock the next holds, nobody gets
// that second connection: the pool deadlocks until the requests' time runs
// out (200 concurrent awards on one call did exactly that). Code running in
// a mutation must use the transaction's client (ent.FromContext, or the
// client it is handed), or read what it needs before the transaction.
//
// txGuard reports such statements: it wraps the pool's driver, which only
// sees statements outside transactions, and calls escaped for those whose
// context carries an open ent transaction. The tests fail on every report
// (testenv); production does not look.
type txGuard struct {
	dialect.Driver
	escaped func(ctx context.Context, query string)
}

func (g txGuard) Exec(ctx context.Context, query string, args, v any) error {
	g.check(ctx, query)
	return g.Driver.Exec(ctx, query, args, v)
}

func (g txGuard) Query(ctx context.Context, query string, args, v any) error {
	g.check(ctx, query)
	return g.Driver.Query(ctx, query, args, v)
}

func (g txGuard) check(ctx context.Context, query string) {
	if ent.TxFromContext(ctx) != nil {
		g.escaped(ctx, query)
	}
}
