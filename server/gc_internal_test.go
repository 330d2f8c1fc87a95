package server

import (
	"runtime/debug"
	"testing"
)

// The server's collector defaults apply where the environment sets nothing,
// and GOGC or GOMEMLIMIT in the environment (which the runtime has already
// applied) win over them.
func TestTuneGC(t *testing.T) {
	percent0, limit0 := debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetGCPercent(percent0); debug.SetMemoryLimit(limit0) })

	percent, limit := tuneGC(func(string) string { return "" })
	if percent != gcPercent || limit != memoryLimit {
		t.Fatalf("defaults: GOGC %d, limit %d; want %d, %d", percent, limit, gcPercent, memoryLimit)
	}

	// As if the runtime had read GOGC=77 and GOMEMLIMIT=1GiB at start.
	debug.SetGCPercent(77)
	debug.SetMemoryLimit(1 << 30)
	env := map[string]string{"GOGC": "77", "GOMEMLIMIT": "1GiB"}
	percent, limit = tuneGC(func(k string) string { return env[k] })
	if percent != 77 || limit != 1<<30 {
		t.Fatalf("from the environment: GOGC %d, limit %d; want 77, %d", percent, limit, 1<<30)
	}
}
