package graph

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"hatchery/internal/procs"
)

// Admission lets queries run a few at a time: at most three times as many
// run at once as the process has cores (procs.Most), and the others wait
// their turn in the order they came, until their request's deadline.
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
// A query holds its slot for at most HoldAtMost (50 ms); then it gives the
// slot back and runs on outside the bound, as every query ran before the
// bound. Otherwise a few long queries would stop every other query: six of
// the committee's statistics (about half a second each at province scale),
// or anyone sending six heavy queries again and again, would hold every
// slot, and the others would wait whole seconds or until their deadline,
// where before they all ran slower together. Province data, six
// connections asking for the statistics and four for the tenant list
// beside them, two alternating rounds of 8 s: without the hold the tenant
// list answered 97 and 92 requests with a median of 301 and 280 ms; with
// it 1,828 and 1,754, median 16 ms. The statistics answered 33 and 39
// against 21 and 25 times in 12 s: they share the cores again.
//
// A query of the benchmark's lists runs a few milliseconds once admitted,
// so the hold rarely ends one's turn: at 16 connections on the province
// ranking, 27 of 17,739 queries outlasted it, and p99 (51.9 against
// 52.8 ms) and throughput (582 against 585 requests/s) did not move
// (medians of 6 alternating rounds).
//
// The server makes one Admission for the handler and its metrics
// (server/metrics.go): an operator sees how many queries wait, and how
// often one outlasted its hold.
type Admission struct {
	slots chan struct{}
	hold  time.Duration

	waiting   atomic.Int64 // queries waiting for a slot now
	outlasted atomic.Int64 // queries that gave their slot back still running
}

// queriesPerCore is how many queries may run at once per core.
const queriesPerCore = 3

// HoldAtMost is how long a query keeps its slot.
const HoldAtMost = 50 * time.Millisecond

// NewAdmission admits n queries at once; n <= 0 means queriesPerCore for
// each core the process may use.
func NewAdmission(n int) *Admission { return newAdmission(n, HoldAtMost) }

// newAdmission is NewAdmission with another hold: tests make it long, to
// hold a slot as long as they need, or short, to see it end.
func newAdmission(n int, hold time.Duration) *Admission {
	if n <= 0 {
		n = queriesPerCore * procs.Most()
	}
	return &Admission{slots: make(chan struct{}, n), hold: hold}
}

// Waiting is how many queries wait for a slot now.
func (a *Admission) Waiting() int { return int(a.waiting.Load()) }

// Admitted is how many queries hold a slot now.
func (a *Admission) Admitted() int { return len(a.slots) }

// Outlasted is how many queries have given their slot back while still
// running, since the process started.
func (a *Admission) Outlasted() int64 { return a.outlasted.Load() }

// middleware holds a query's execution until a slot is free and frees it
// when the answer is made, or after the hold. The runtime wakes goroutines
// blocked sending on a channel in the order they blocked: waiting queries
// are admitted first come, first served. A request whose context ends
// while it waits (its deadline, or the client gone) does not run: stopped,
// the middleware around this one (handler.go), answers it as any stopped
// request.
func (a *Admission) middleware(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	if op := graphql.GetOperationContext(ctx).Operation; op == nil || op.Operation != ast.Query {
		return next(ctx)
	}
	h := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		a.waiting.Add(1)
		select {
		case a.slots <- struct{}{}:
			a.waiting.Add(-1)
		case <-ctx.Done():
			a.waiting.Add(-1)
			return &graphql.Response{}
		}
		// Exactly one of the two gives the slot back: the hold, if it runs
		// out first, or the query's end, if Stop finds the hold not yet
		// begun (Stop reports false once an AfterFunc's function started).
		over := time.AfterFunc(a.hold, func() {
			a.outlasted.Add(1)
			<-a.slots
		})
		defer func() {
			if over.Stop() {
				<-a.slots
			}
		}()
		return h(ctx)
	}
}
