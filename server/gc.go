package server

import (
	"runtime/debug"
)

// The collector's defaults for the server process, used unless GOGC or
// GOMEMLIMIT are set in its environment (the runtime reads those itself).
//
// GOGC=100 lets the heap grow to twice what is live before collecting.
// The server's live heap is small (about 20 MB on both benchmark data
// sets once Casbin's role links shrank, internal/authz/role_links.go) and
// a request allocates a few hundred KB that die with it, so at hundreds of
// requests a second the collector ran dozens of times a second and its
// marking was about a tenth of the server's CPU. At 400 the heap may grow
// to five times what is live.
//
// The memory limit bounds that headroom: near it the collector runs as
// often as it must, whatever GOGC says. It counts only the runtime's own
// memory; the binary's mapped pages add about 47 MiB of resident memory
// on top (RssFile just after start). With every list of the benchmark run
// one after another, 96 MiB let the process reach 153 MiB at province
// scale, over the 150 MiB goal; 80 MiB keeps it near 132.
//
// Measured on the benchmark's organisation list, 16 connections, one
// binary started twice on one database with only these settings
// differing, 3 alternating rounds of 5 s (medians):
//   - county:   200 / 256 MiB (before): 7,492 requests, 0.846 ms of server
//     CPU a request, 99 MiB resident; 400 / 96 MiB: 8,226, 0.749 ms,
//     122 MiB; 400 / 80 MiB against 400 / 96 MiB in a later run: 8,095
//     against 8,298 requests, 0.748 against 0.735 ms, 130 against 127 MiB.
//   - province: 200 / 256 MiB: 4,794 requests, 1.042 ms, 156 MiB;
//     400 / 96 MiB: 4,562, 1.080 ms, 149 MiB; 400 / 80 MiB: 4,329,
//     1.146 ms, 133 MiB (both in one run).
const (
	gcPercent   = 400
	memoryLimit = 80 << 20
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
