// Package fanout runs a request's independent reads side by side.
//
// A list whose rows have several parts (the coverage table: the page, its
// total, each row's coverage, officer and last visit) reads each part with
// one statement whatever the page's size. One after the other, each
// statement is a round trip the request waits for while the server's cores
// wait too. Reads that do not depend on each other can wait together: on
// the county data set, at one connection, that took the median latency of
// the ranked proposals from 4.5 to 3.7 ms and of the coverage table from
// 3.7 to 3.2 ms.
//
// Only reads through the connection pool may run side by side: each takes
// a connection of its own. A transaction is one connection, and lib/pq
// cannot run a second statement on it while the rows of the first are
// still being read, so the caller says which it has (Pooled).
//
// Side by side pays only while the machine has time to spare. Under load
// every core is busy with other requests anyway, and a request's reads
// side by side then cost more (goroutines, a connection each, waits for
// the pool) than they save: every request of the county coverage table
// reading side by side at 16 connections answered 5% fewer requests a
// second. So one request's reads at a time run side by side (the gate); a
// request that finds the gate taken reads one after the other, as before.
package fanout

import (
	"sync"
	"sync/atomic"

	gen "hatchery/ent"
)

// Pooled reports whether c reads through the connection pool, so that its
// reads may run side by side: c is the application's own client (pool),
// not a transaction's client, nor one a test built some other way.
func Pooled(c, pool *gen.Client) bool { return pool != nil && c == pool }

// gate admits one Do at a time to run side by side.
var gate = make(chan struct{}, 1)

// sideBySide counts the Do calls that ran side by side.
var sideBySide atomic.Int64

// SideBySide is how many Do calls have run their calls side by side since
// the process started: a test reads it to know which way a list was read.
func SideBySide() int64 { return sideBySide.Load() }

// Do calls every fn and returns once all have returned: side by side when
// parallel is true and no other Do is running side by side, otherwise one
// after the other, in order. Each fn keeps its own result and error, so
// that the caller reads them in the order it would have run them, whatever
// order they finished in. A fn that panics makes Do panic with the same
// value on the caller's goroutine once every fn has returned, as one after
// the other it would: the resolver's recovery turns it into an error
// instead of a panic on a goroutine of its own ending the process.
func Do(parallel bool, fns ...func()) {
	if parallel && len(fns) > 1 {
		select {
		case gate <- struct{}{}:
			defer func() { <-gate }()
			sideBySide.Add(1)
			together(fns)
			return
		default:
		}
	}
	for _, fn := range fns {
		fn()
	}
}

// together runs fns side by side, the first on the caller's goroutine (one
// goroutine fewer), and panics with the first panic any of them raised.
func together(fns []func()) {
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		raised  bool
		panicOf any
	)
	catch := func(fn func()) func() {
		return func() {
			defer func() {
				if p := recover(); p != nil {
					mu.Lock()
					if !raised {
						raised, panicOf = true, p
					}
					mu.Unlock()
				}
			}()
			fn()
		}
	}
	for _, fn := range fns[1:] {
		wg.Go(catch(fn))
	}
	catch(fns[0])()
	wg.Wait()
	if raised {
		panic(panicOf)
	}
}
