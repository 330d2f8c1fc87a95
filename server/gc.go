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
// province's Casbin policy is about 45 MB, and 16 requests in flight hold
// about 50 MB more): near the limit the collector runs as often as it must,
// whatever GOGC says. On the province data set under load, 256 MiB kept
// the server at about 300 MiB resident instead of 380, answering as many
// requests a second (660 against 673, one run each).
const (
	gcPercent   = 200
	memoryLimit = 256 << 20
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
