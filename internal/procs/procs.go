// Package procs runs the server's goroutines on one core while it serves
// one request at a time, and on every core the runtime gave it as soon as
// it serves more.
//
// Why. A request is a chain of round trips to PostgreSQL (the tenant list
// makes six), and each time its goroutine waits, a Go scheduler with a
// second processor (GOMAXPROCS 2 on a 2-core machine) wakes a second
// thread to look for work, which spins, finds none and sleeps again; the
// answer then arrives on whichever thread polls the network. That costs
// CPU (futex and findRunnable were a fifth of the server's profile at one
// connection) and takes it from the PostgreSQL backend the request is
// waiting for, on the same cores. With one processor the thread that
// waits is the one that polls: the request's goroutine is woken where it
// slept. Measured on the province data set, one binary started twice on
// one database, GOMAXPROCS 2 against 1, one connection, three alternating
// 5-s rounds (p50 ms):
//
//	organisations      1.46–2.02 → 1.01–1.10
//	tenant list        2.10–2.66 → 1.61–1.65
//	ranked proposals   1.92–2.15 → 1.42–1.56
//	coverage table     1.42–1.96 → 1.45–1.50
//
// and the tenant list's server CPU a request fell from 1.95–2.59 ms to
// 1.36–1.52 ms. But with 16 connections one processor is a ceiling: the
// organisation list answered 4,351–5,430 requests in 5 s against
// 5,223–5,856 with two. So the Governor lowers the processors to one only
// when nothing asked for more during a whole quiet window (QuietWindow),
// and raises them again the moment a second request or a parallel piece
// of work (a password's hash, which runs two lanes) starts.
//
// Each change stops the world for a moment (runtime.GOMAXPROCS); the
// window bounds the lowering to ten a second, and each raise follows a
// lowering.
//
// An operator's GOMAXPROCS in the environment is left alone (the server
// does not call Run), and so is a process with one processor to begin with. The
// runtime's own updates of GOMAXPROCS (from a container's CPU limit) stop
// once the Governor has set it; the processors it raises to are the
// runtime's choice when it started.
package procs

import (
	"context"
	"net/http"
	"runtime"
	"sync/atomic"
	"time"
)

// QuietWindow is how long the demand must stay at one or less before the
// Governor lowers the processors to one.
const QuietWindow = 100 * time.Millisecond

// Governor sets the runtime's processors from the demand its holders
// declare. Only Run changes them, so changes never race each other.
type Governor struct {
	most   int         // processors when demand is over one
	set    func(n int) // runtime.GOMAXPROCS; tests record instead
	demand atomic.Int64
	peak   atomic.Int64 // highest demand since the last quiet check
	low    atomic.Bool  // running on one processor now
	raise  chan struct{}

	running atomic.Bool
	changes atomic.Int64
}

// New makes a Governor that raises to most processors and sets them with
// set.
func New(most int, set func(n int)) *Governor {
	return &Governor{most: most, set: set, raise: make(chan struct{}, 1)}
}

// std governs this process's runtime.
var std = New(runtime.GOMAXPROCS(0), func(n int) { runtime.GOMAXPROCS(n) })

// Hold declares n more units of work running at once (a request is one, a
// derivation of two lanes is two) until release is called. It costs a few
// atomic operations, and a signal to Run only when it finds the processors
// lowered.
func Hold(n int) (release func()) { return std.Hold(n) }

// Run governs this process's processors until ctx ends, then gives it every
// processor back. The caller leaves an operator's GOMAXPROCS alone by not
// calling it.
func Run(ctx context.Context) { std.Run(ctx, QuietWindow) }

// Most is how many processors this process runs on when it serves more
// than one request: GOMAXPROCS as the runtime set it at start. Whatever
// sizes itself by the cores (the queries' admission) reads this, not
// runtime.GOMAXPROCS, which is one while the server idles.
func Most() int { return std.most }

// Changes is how many times this process's processors were changed.
func Changes() int64 { return std.changes.Load() }

// Demand is how many units this process's holders hold now.
func Demand() int64 { return std.demand.Load() }

// Handler holds one unit for each request while next serves it.
func Handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer std.Hold(1)()
		next.ServeHTTP(w, r)
	})
}

// Hold declares n more units of work until release is called.
func (g *Governor) Hold(n int) (release func()) {
	d := g.demand.Add(int64(n))
	for p := g.peak.Load(); d > p && !g.peak.CompareAndSwap(p, d); p = g.peak.Load() {
	}
	// Read after the addition: see check for why one of the two notices.
	if d > 1 && g.low.Load() {
		select {
		case g.raise <- struct{}{}:
		default: // a raise is already on its way
		}
	}
	return func() { g.demand.Add(-int64(n)) }
}

// Run changes the processors until ctx ends, checking every window whether
// the demand stayed at one or less; at the end it sets every processor
// back. A second Run at the same time returns at once.
func (g *Governor) Run(ctx context.Context, window time.Duration) {
	if g.most <= 1 || !g.running.CompareAndSwap(false, true) {
		return
	}
	defer g.running.Store(false)
	defer g.up()
	t := time.NewTicker(window)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-g.raise:
			g.up()
		case <-t.C:
			g.check()
		}
	}
}

// check lowers the processors to one if the demand stayed at one or less
// since the last check, and starts the next window at the demand now.
func (g *Governor) check() {
	if g.peak.Swap(g.demand.Load()) > 1 || g.low.Load() {
		return
	}
	g.low.Store(true)
	g.set(1)
	g.changes.Add(1)
	// A Hold that raised the demand after the swap read low before it was
	// stored, and sent nothing. Its addition came before this read, which
	// comes after the store (atomics are sequentially consistent), so one
	// of the two always sees the other.
	if g.demand.Load() > 1 {
		g.up()
	}
}

// up gives every processor back, if the Governor had lowered them.
func (g *Governor) up() {
	if !g.low.Load() {
		return
	}
	g.low.Store(false)
	g.set(g.most)
	g.changes.Add(1)
}
