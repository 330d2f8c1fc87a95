package graph

import (
	"context"
	"runtime"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// Queries are admitted a few at a time: at most three times as many run at
// once as the process has cores (GOMAXPROCS), and the others wait their
// turn in the order they came, until their request's deadline.
//
// Run all at once, sixteen queries on two cores share them with each other
// and with PostgreSQL's backends, and which of them finishes first is left
// to the schedulers: on the benchmark's province ranking the median query
// took 26 ms and the slowest in a hundred 63 ms. Admitted in turn, each
// runs with less competition, and one that waited runs next. Measured on
// the province data set, two servers on one database (one with this, six
// at once), 16 connections, alternating 5-s rounds, medians of 6:
//
//	list              p99 ms        requests/s    faster rounds
//	ranked proposals  63.0 → 50.3   590 → 654     6 of 6
//	coverage table    49.6 → 37.0   808 → 879     4 of 6
//	tenant list       53.5 → 44.6   698 → 735     5 of 6
//	organisations     43.0 → 35.9   1,073 → 1,028 4 of 6
//
// The organisations' throughput moved within the noise (each build won
// some rounds). Four at once (two a core) cut the tails about as much but
// cost the coverage table throughput in two runs (668 → 634 and 780 → 692
// requests/s): while a query waits on PostgreSQL its core may idle. Two at
// once was worse than no bound on the organisations (p99 37.5 against
// 34.1 ms, 1,101 against 1,179 requests/s).
//
// Only queries wait. A mutation may hold a transaction and its row locks,
// or wait for one of the two password-hashing slots (a login, about 0.3 s),
// and must not make the reads queue behind it: a flood of logins would
// otherwise hold every slot while it hashes. Mutations run as they come, as
// before; they are a small share of the work.
//
// A long query holds its slot throughout (the committee's statistics take
// about half a second at province scale): with as many of them at once as
// there are slots, the others wait for one to end, where before they all
// ran slower together.
type admission struct{ slots chan struct{} }

// queriesPerCore is how many queries may run at once per core.
const queriesPerCore = 3

// newAdmission admits n queries at once; n <= 0 means queriesPerCore for
// each core the process may use.
func newAdmission(n int) *admission {
	if n <= 0 {
		n = queriesPerCore * runtime.GOMAXPROCS(0)
	}
	return &admission{slots: make(chan struct{}, n)}
}

// middleware holds a query's execution until a slot is free and frees it
// when the answer is made. The runtime wakes goroutines blocked sending on
// a channel in the order they blocked: waiting queries are admitted first
// come, first served. A request whose context ends while it waits (its
// deadline, or the client gone) does not run: stopped, the middleware
// around this one (handler.go), answers it as any stopped request.
func (a *admission) middleware(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	if op := graphql.GetOperationContext(ctx).Operation; op == nil || op.Operation != ast.Query {
		return next(ctx)
	}
	h := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		select {
		case a.slots <- struct{}{}:
		case <-ctx.Done():
			return &graphql.Response{}
		}
		defer func() { <-a.slots }()
		return h(ctx)
	}
}
