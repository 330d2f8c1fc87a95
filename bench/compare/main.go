// Command compare measures Hatchery's lists side by side with PostGraphile
// v5 and with the bare SQL a perfect server would send, on one PostgreSQL
// database that bench/gen filled, and prints a table of medians per list:
// the nested organisation list (graphql.go), the incubator's tenant list
// (tenancies.go), the venture-grant ranking (proposals.go) and the
// party-building coverage table (coverage.go); -lists chooses some.
//
// It starts both servers itself (so it knows their process ids for the CPU
// and memory columns), checks that they answer each list with the same
// data, then runs interleaved rounds: each round measures every list's
// targets in turn, at 16 connections (throughput, p99, CPU) and at 1
// connection (p50 unloaded). Interleaving spreads slow drifts of the shared
// 2-core machine (other builds, CPU frequency) over every target instead of
// one.
//
// scripts/bench-graphql.sh prepares everything and runs it; see README.md,
// "Benchmark".
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// config is everything a run needs; the script passes each as a flag.
type config struct {
	databaseURL   string
	hatchery      string // server binary
	node          string // Node 22 binary
	postgraphile  string // directory holding node_modules/postgraphile and the config
	password      string // bench-admin's, as given to bench/gen
	benchDir      string // this repository's bench/ (Lua and SQL scripts)
	rounds        int
	seconds       int
	lists         []string // names of the lists to measure (lists.go)
	postgresConns int      // connections each server may hold
}

func main() {
	var c config
	flag.StringVar(&c.databaseURL, "database-url", os.Getenv("DATABASE_URL"), "database filled by bench/gen")
	flag.StringVar(&c.hatchery, "hatchery", "bin/hatchery", "Hatchery server binary")
	flag.StringVar(&c.node, "node", "node", "Node.js 22 binary")
	flag.StringVar(&c.postgraphile, "postgraphile", "", "directory with node_modules/postgraphile and graphile.config.mjs")
	flag.StringVar(&c.password, "password", "bench-admin-pw", "password of bench-admin")
	flag.StringVar(&c.benchDir, "bench-dir", "bench", "the repository's bench directory")
	flag.IntVar(&c.rounds, "rounds", 3, "interleaved rounds")
	flag.IntVar(&c.seconds, "seconds", 5, "seconds per measurement")
	lists := flag.String("lists", "all", "comma-separated lists to measure: "+strings.Join(listNames, ", ")+" (or all)")
	flag.Parse()
	var err error
	if c.lists, err = parseLists(*lists); err != nil {
		log.Fatalf("compare: %v", err)
	}
	c.postgresConns = 20 // Hatchery's own pool size (internal/db); PostGraphile gets the same
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, c); err != nil {
		log.Fatalf("compare: %v", err)
	}
}

func run(ctx context.Context, c config) error {
	tmp, err := os.MkdirTemp("", "hatchery-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	pg, err := findPostmaster(ctx, c.databaseURL)
	if err != nil {
		return err
	}
	lists, err := buildLists(ctx, c, c.lists)
	if err != nil {
		return err
	}

	h, err := startHatchery(ctx, c, tmp)
	if err != nil {
		return err
	}
	defer h.stop()
	p, err := startPostGraphile(ctx, c, tmp)
	if err != nil {
		return err
	}
	defer p.stop()

	token, err := login(ctx, h.url, c.password)
	if err != nil {
		return fmt.Errorf("logging in to Hatchery: %w", err)
	}
	for _, l := range lists {
		l.targets = []*target{
			{name: "hatchery", kind: httpTarget, url: h.url, body: l.hatchery, auth: "Bearer " + token, pid: h.pid()},
			{name: "postgraphile", kind: httpTarget, url: p.url, body: l.postgraphile, pid: p.pid()},
			{name: "sql (pgbench)", kind: sqlTarget},
		}
		if err := l.same(ctx, l.targets[0], l.targets[1], l.edges); err != nil {
			return fmt.Errorf("%s: %w", l.name, err)
		}
		log.Printf("%s: both servers answer the same %d rows", l.name, l.edges)
	}
	lua := filepath.Join(c.benchDir, "load", "check.lua")
	// Two unmeasured seconds each: JIT, query caches and pools warm up. On
	// a busy machine 16 pgbench clients may not finish connecting in that
	// time, so a warm-up that answered nothing is only reported.
	for _, l := range lists {
		for _, t := range l.targets {
			if _, err := measure(ctx, c, l, t, pg, lua, tmp, 16, 2); err != nil {
				log.Printf("%s, %s warm-up: %v", l.name, t.name, firstLine(err))
			}
		}
	}
	start := time.Now()
	for r := 1; r <= c.rounds; r++ {
		for _, l := range lists {
			for _, t := range l.targets {
				for _, conns := range []int{16, 1} {
					res, err := measure(ctx, c, l, t, pg, lua, tmp, conns, c.seconds)
					if err != nil {
						return fmt.Errorf("round %d, %s, %s, %d connections: %w", r, l.name, t.name, conns, err)
					}
					t.add(conns, res)
				}
			}
		}
		log.Printf("round %d/%d done (%s)", r, c.rounds, time.Since(start).Round(time.Second))
	}
	printTables(os.Stdout, c, lists)
	return nil
}

func firstLine(err error) string { return strings.SplitN(err.Error(), "\n", 2)[0] }
