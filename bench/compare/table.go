package main

import (
	"fmt"
	"io"
	"slices"
	"time"
)

// median of f over the rounds: one slow round (a build starting on the
// shared machine) moves it less than it moves a mean.
func median(rs []result, f func(result) float64) float64 {
	if len(rs) == 0 {
		return 0
	}
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// perRequest is CPU milliseconds per request of one measurement.
func perRequest(cpu time.Duration, r result) float64 {
	if r.requests == 0 {
		return 0
	}
	return ms(cpu) / float64(r.requests)
}

// printTables prints what the tables have in common, then one table per
// list, each under its name and what it reads.
func printTables(w io.Writer, c config, lists []*list) {
	fmt.Fprintf(w, "\n%d rounds x %d s per target and connection count; medians. p50@1: 1 connection; the rest: 16 connections.\n",
		c.rounds, c.seconds)
	fmt.Fprintf(w, "CPU ms/req: CPU time used during the 16-connection run / requests answered (server process; every PostgreSQL process).\n")
	fmt.Fprintf(w, "RSS load: the server's largest VmRSS sampled every 50 ms while this list was loaded; RSS HWM: its peak since start (VmHWM),\n"+
		"which includes start-up and the benchmark's logins (an argon2id hash holds 64 MiB while it runs).\n")
	for _, l := range lists {
		fmt.Fprintf(w, "\n%s (%d rows): %s\n", l.name, l.edges, l.title)
		printTable(w, l.targets)
	}
}

func printTable(w io.Writer, targets []*target) {
	rate := func(t *target) float64 { return median(t.loaded, func(r result) float64 { return r.rate }) }
	peer, limit := rate(targets[1]), rate(targets[2])
	fmt.Fprintf(w, "%-14s %9s %8s %8s %8s %8s %8s %11s %11s %8s %8s\n",
		"target", "req/s", "p50@1", "p50", "p99", "vs PGL", "vs SQL", "CPU server", "CPU pg", "RSS load", "RSS HWM")
	fmt.Fprintf(w, "%-14s %9s %8s %8s %8s %8s %8s %11s %11s %8s %8s\n",
		"", "", "ms", "ms", "ms", "x", "x", "ms/req", "ms/req", "MiB", "MiB")
	for _, t := range targets {
		r := rate(t)
		server, load, hwm := "-", "-", "-"
		if t.kind == httpTarget {
			server = fmt.Sprintf("%.3f", median(t.loaded, func(x result) float64 { return perRequest(x.serverCPU, x) }))
			peak := 0.0
			for _, x := range append(slices.Clone(t.loaded), t.single...) {
				peak = max(peak, x.loadRSSMiB)
			}
			load = fmt.Sprintf("%.0f", peak)
			// VmHWM only grows: the last round's is the run's peak.
			hwm = fmt.Sprintf("%.0f", t.loaded[len(t.loaded)-1].rssMiB)
		}
		fmt.Fprintf(w, "%-14s %9.0f %8.2f %8.2f %8.2f %8.2f %8.2f %11s %11.3f %8s %8s\n",
			t.name, r,
			median(t.single, func(x result) float64 { return ms(x.p50) }),
			median(t.loaded, func(x result) float64 { return ms(x.p50) }),
			median(t.loaded, func(x result) float64 { return ms(x.p99) }),
			r/peer, r/limit, server,
			median(t.loaded, func(x result) float64 { return perRequest(x.pgCPU, x) }), load, hwm)
	}
}
