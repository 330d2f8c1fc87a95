package graph

import (
	"context"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"

	"hatchery/internal/procs"
)

// operation is a context holding an operation of kind op, as gqlgen's
// executor makes it before the operation middlewares run.
func operation(ctx context.Context, op ast.Operation) context.Context {
	return graphql.WithOperationContext(ctx, &graphql.OperationContext{
		Operation: &ast.OperationDefinition{Operation: op},
	})
}

// gate is an operation's execution that tells when it starts and runs until
// released.
type gate struct {
	running, peak atomic.Int32
	release       chan struct{}
}

func (g *gate) handler(context.Context) graphql.ResponseHandler {
	return func(ctx context.Context) *graphql.Response {
		n := g.running.Add(1)
		defer g.running.Add(-1)
		for p := g.peak.Load(); n > p && !g.peak.CompareAndSwap(p, n); p = g.peak.Load() {
		}
		<-g.release
		return &graphql.Response{Data: []byte(`{}`)}
	}
}

func testAdmission(n int) *Admission { return newAdmission(n, time.Hour) }

// However many queries come at once, at most n run, and every one is
// answered once those before it are done.
func TestAdmissionRunsAtMostNQueries(t *testing.T) {
	a := testAdmission(2)
	g := &gate{release: make(chan struct{})}
	var wg sync.WaitGroup
	answers := make([]*graphql.Response, 8)
	for i := range answers {
		wg.Go(func() {
			ctx := operation(t.Context(), ast.Query)
			answers[i] = a.middleware(ctx, g.handler)(ctx)
		})
	}
	require.Eventually(t, func() bool { return g.running.Load() == 2 }, 5*time.Second, time.Millisecond)
	time.Sleep(20 * time.Millisecond) // time for a third to start, were it let in
	require.EqualValues(t, 2, g.running.Load())
	close(g.release)
	wg.Wait()
	require.EqualValues(t, 2, g.peak.Load())
	for i, r := range answers {
		require.Empty(t, r.Errors, "answer %d", i)
		require.JSONEq(t, `{}`, string(r.Data), "answer %d", i)
	}
	require.Empty(t, a.slots, "every slot is free again")
}

// A mutation does not wait for a slot, and takes none: with the only slot
// held by a query, it runs at once.
func TestAdmissionLetsMutationsThrough(t *testing.T) {
	a := testAdmission(1)
	q := &gate{release: make(chan struct{})}
	done := make(chan *graphql.Response)
	go func() {
		ctx := operation(t.Context(), ast.Query)
		done <- a.middleware(ctx, q.handler)(ctx)
	}()
	require.Eventually(t, func() bool { return q.running.Load() == 1 }, 5*time.Second, time.Millisecond)

	m := &gate{release: make(chan struct{})}
	close(m.release)
	ctx := operation(t.Context(), ast.Mutation)
	resp := a.middleware(ctx, m.handler)(ctx)
	require.Empty(t, resp.Errors)
	require.EqualValues(t, 1, m.peak.Load(), "the mutation ran beside the query")

	close(q.release)
	require.Empty(t, (<-done).Errors)
}

// A query whose request ends while it waits (its deadline, or the client
// gone) is answered with the stopped request's error, UNAVAILABLE with the
// reason TIMEOUT, and never runs.
func TestAdmissionAnswersAQueryThatStoppedWaiting(t *testing.T) {
	a := testAdmission(1)
	held := &gate{release: make(chan struct{})}
	go func() {
		ctx := operation(t.Context(), ast.Query)
		a.middleware(ctx, held.handler)(ctx)
	}()
	require.Eventually(t, func() bool { return held.running.Load() == 1 }, 5*time.Second, time.Millisecond)

	waiting := &gate{release: make(chan struct{})}
	close(waiting.release)
	ctx, cancel := context.WithTimeout(operation(t.Context(), ast.Query), 50*time.Millisecond)
	defer cancel()
	// As in handler.go, stopped answers around the admission.
	present := ErrorPresenter(slog.New(slog.DiscardHandler))
	resp := stopped(present)(ctx, func(ctx context.Context) graphql.ResponseHandler {
		return a.middleware(ctx, waiting.handler)
	})(ctx)
	require.Len(t, resp.Errors, 1)
	require.Equal(t, "UNAVAILABLE", resp.Errors[0].Extensions["code"])
	require.Equal(t, "TIMEOUT", resp.Errors[0].Extensions["reason"])
	require.Zero(t, waiting.peak.Load(), "the query did not run")

	close(held.release)
	require.Eventually(t, func() bool { return len(a.slots) == 0 }, 5*time.Second, time.Millisecond)
}

// Without a number, queriesPerCore queries a core run at once: every core
// the process started with, even when it is made while the processors are
// lowered to one (internal/procs lowers them while the server idles).
func TestAdmissionDefaultsToTheCores(t *testing.T) {
	require.Equal(t, queriesPerCore*runtime.GOMAXPROCS(0), cap(testAdmission(0).slots))
	require.Equal(t, 3, cap(testAdmission(3).slots))

	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	require.Equal(t, queriesPerCore*procs.Most(), cap(testAdmission(0).slots))
}

// A query that runs past its hold gives its slot back: the next query runs
// beside it instead of waiting for it to end. The slot is given back once:
// the long query's end frees nothing more (were it to try, it would wait
// for a slot to free, as no query holds one).
func TestAdmissionTakesBackTheSlotOfALongQuery(t *testing.T) {
	a := newAdmission(1, 20*time.Millisecond)
	long := &gate{release: make(chan struct{})}
	done := make(chan *graphql.Response)
	go func() {
		ctx := operation(t.Context(), ast.Query)
		done <- a.middleware(ctx, long.handler)(ctx)
	}()
	require.Eventually(t, func() bool { return long.running.Load() == 1 }, 5*time.Second, time.Millisecond)

	next := &gate{release: make(chan struct{})}
	close(next.release)
	ctx, cancel := context.WithTimeout(operation(t.Context(), ast.Query), 5*time.Second)
	defer cancel()
	resp := a.middleware(ctx, next.handler)(ctx)
	require.Empty(t, resp.Errors)
	require.EqualValues(t, 1, next.peak.Load(), "the next query ran, not waiting for the long one")
	require.EqualValues(t, 1, long.running.Load(), "beside the long one, still running")
	require.EqualValues(t, 1, a.Outlasted())

	close(long.release)
	select {
	case resp := <-done:
		require.Empty(t, resp.Errors)
	case <-time.After(5 * time.Second):
		t.Fatal("the long query's end waited to free a slot it had given back")
	}
	require.Zero(t, a.Admitted(), "no slot held, none freed twice")
}

// A query that ends within its hold frees its slot once and is not counted
// as outlasting it, however long after its end the hold would have run out.
func TestAdmissionFreesAShortQuerysSlotOnce(t *testing.T) {
	// A hold long enough that no query here outlasts it, however busy the
	// machine running the test.
	a := newAdmission(2, 300*time.Millisecond)
	quick := &gate{release: make(chan struct{})}
	close(quick.release)
	for range 20 {
		ctx := operation(t.Context(), ast.Query)
		require.Empty(t, a.middleware(ctx, quick.handler)(ctx).Errors)
	}
	time.Sleep(400 * time.Millisecond) // past every hold
	require.Zero(t, a.Outlasted())
	require.Zero(t, a.Admitted())
}

// Waiting and Admitted say how many queries wait for a slot and how many
// hold one.
func TestAdmissionCountsWaitingQueries(t *testing.T) {
	a := testAdmission(1)
	g := &gate{release: make(chan struct{})}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			ctx := operation(t.Context(), ast.Query)
			a.middleware(ctx, g.handler)(ctx)
		})
	}
	require.Eventually(t, func() bool { return a.Waiting() == 3 }, 5*time.Second, time.Millisecond)
	require.Equal(t, 1, a.Admitted())
	close(g.release)
	wg.Wait()
	require.Zero(t, a.Waiting())
	require.Zero(t, a.Admitted())
	require.Zero(t, a.Outlasted())
}
