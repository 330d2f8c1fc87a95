package password

import (
	"math"
	"runtime/debug"
	"sync"
)

// A large derivation first hands the heap's idle pages back to the system,
// so that its memory comes out of them instead of on top of them.
//
// The server's collector keeps up to its memory limit (80 MiB, server/gc.go)
// of heap mapped between collections, much of it garbage and free pages, and
// a derivation's 64 MiB came on top of that: at province scale the benchmark
// server held 117 MiB just after start-up (its jobs' garbage) and peaked at
// 185 MiB in its one login, over issue 14's 150 MiB. Returning the free pages
// first (debug.FreeOSMemory, a forced collection) bounds a login's peak by
// what is live plus its cost, wherever the heap stood.
//
// The price is paid in page faults: the derivation maps its 64 MiB afresh
// each time instead of reusing the last one's pages. Measured on the
// province data set, one server of each build on one database, 12 logins in
// turn: peak 131 MiB with the release against 177 MiB without; a login took
// 232 ms against 131 ms (medians) and 386 ms of CPU against 198. Logins are
// rare, and the lockouts (internal/auth) and MaxConcurrent bound how many an
// attacker can make us run; the peak is what the server must be sized for.
//
// Small costs (the tests' Fast parameters) skip it: the collection would cost
// more than the derivation, to make room nobody needs.
const releaseAbove = 4 << 10 // KiB

// releaseIdle returns the heap's free pages to the system before a
// derivation of kib KiB, when that is large enough to be worth it.
func releaseIdle(kib uint32) {
	if kib >= releaseAbove {
		debug.FreeOSMemory()
	}
}

// A derivation lends its memory cost to the Go runtime's soft memory limit
// while it runs: the limit is raised by the cost when the derivation starts
// and lowered by it when the derivation ends.
//
// The server sets a small limit (server/gc.go) to bound how far the heap
// may grow over what is live between collections. A derivation's memory
// (64 MiB with Default) is live for its whole run, so with two of them
// running under an 80 MiB limit the heap could not get below it and the
// collector ran through every login, capped only by the runtime's own 50%
// CPU limiter. Measured with eight logins at once (demo data, SQLite, three
// rounds each): 0.6 s of wall time under the old 200 / 256 MiB settings,
// 1.2–1.7 s under 400 / 80 MiB, 0.9–1.5 s with the cost lent. A finished
// derivation's 64 MiB is garbage until the next collection, and giving its
// share of the limit back at once makes the runtime collect and return it to
// the system, so a burst of logins still costs more than it did; a single
// login costs what it did (0.07–0.2 s either way).
//
// limitMu makes each read-and-set one step, so that concurrent derivations
// (MaxConcurrent) add and remove their own costs exactly.
var limitMu sync.Mutex

// lendMemory raises the runtime's memory limit by kib KiB and returns the
// function that takes it back. Without a limit (the runtime's default,
// math.MaxInt64) it changes nothing.
func lendMemory(kib uint32) (giveBack func()) {
	extra := int64(kib) << 10
	limitMu.Lock()
	defer limitMu.Unlock()
	limit := debug.SetMemoryLimit(-1)
	if limit > math.MaxInt64-extra {
		return func() {}
	}
	debug.SetMemoryLimit(limit + extra)
	return func() {
		limitMu.Lock()
		defer limitMu.Unlock()
		debug.SetMemoryLimit(debug.SetMemoryLimit(-1) - extra)
	}
}
