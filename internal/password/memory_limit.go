package password

import (
	"math"
	"runtime/debug"
	"sync"
)

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
