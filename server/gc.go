package server

import (
	"runtime/debug"
)

// The collector's defaults for the server process, used unless GOGC or
// GOMEMLIMIT are set in its environment (the runtime reads those itself).
//
// GOGC=100 lets the heap grow to twice what is live before collecting.
// The server's live heap is small (about 20 MB on the county benchmark)
// and a request allocates a few hundred KB that die with it, so at
// hundreds of requests a second the collector ran dozens of times a
// second. At 200 the heap may grow to three times what is live: on the
// benchmark's organisation list that was about 17% more requests a second
// for about 35 MB more resident memory (95 → 130 MiB under load).
//
// The memory limit bounds that headroom when the live heap is large (a
// big export, a province's worth of caches): near the limit the collector
// runs as often as it must, whatever GOGC says.
const (
	gcPercent   = 200
	memoryLimit = 512 << 20
)

// tuneGC applies the defaults above where the environment sets nothing.
func tuneGC(getenv func(string) string) (percent int, limit int64) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	percent = debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}
