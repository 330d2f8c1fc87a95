package main

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
)

// list is one read the benchmark measures: the same rows asked of both
// servers, the SQL a perfect server would send for them, and how to tell
// that a response holds the whole list.
type list struct {
	name  string // as named in -lists / BENCH_LISTS
	title string // printed above its table
	// Request bodies, each in its server's dialect.
	hatchery, postgraphile string
	// needle occurs once per row in both servers' responses (a field both
	// name alike and ask once per row); edges is how many rows a full
	// answer holds. check.lua counts the one and expects the other.
	needle string
	edges  int
	// script is the pgbench transaction; vars its -D variables.
	script string
	vars   []string
	// same fails unless the two servers answer the same rows in the same
	// order (ids and the fields the list shows).
	same func(ctx context.Context, h, p *target, edges int) error

	targets []*target // hatchery, postgraphile, sql: this list's results
}

// listNames are every list, in the order they are measured and printed:
// the nested organisation list first, as before the programmes joined.
var listNames = []string{"organizations", "tenancies", "proposals", "coverage"}

// parseLists checks a comma-separated choice of lists ("" or "all": every
// one) and returns it in the measuring order.
func parseLists(s string) ([]string, error) {
	if s = strings.TrimSpace(s); s == "" || s == "all" {
		return listNames, nil
	}
	want := map[string]bool{}
	for _, n := range strings.Split(s, ",") {
		n = strings.TrimSpace(n)
		if n == "all" {
			return listNames, nil
		}
		if !slices.Contains(listNames, n) {
			return nil, fmt.Errorf("unknown list %q (lists: %s)", n, strings.Join(listNames, ", "))
		}
		want[n] = true
	}
	var out []string
	for _, n := range listNames {
		if want[n] {
			out = append(out, n)
		}
	}
	return out, nil
}

// buildLists makes the chosen lists for the database bench/gen filled:
// some queries name a row (the call being ranked), and every list's full
// length is read from the data rather than assumed, so any scale works.
func buildLists(ctx context.Context, c config, names []string) ([]*list, error) {
	db, err := sql.Open("postgres", c.databaseURL)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	count := func(q string, args ...any) (int, error) {
		var n int
		err := db.QueryRowContext(ctx, q, args...).Scan(&n)
		return n, err
	}
	script := func(name string) string { return filepath.Join(c.benchDir, "load", name) }
	var out []*list
	for _, name := range names {
		var l *list
		switch name {
		case "organizations":
			l = &list{title: "the first 50 organisations by name, each with its first 5 documents",
				hatchery: hatcheryQuery, postgraphile: postgraphileQuery, needle: `"uscc":`,
				script: script("page.sql"), same: sameAnswers}
			l.edges, err = count(`SELECT least(50, count(*)) FROM organizations`)
		case "tenancies":
			l = tenancyList()
			l.script = script("tenancies.sql")
			l.edges, err = count(`SELECT least(50, count(*)) FROM tenancies WHERE status = 'ACTIVE'`)
		case "proposals":
			var call int64
			if err = db.QueryRowContext(ctx, benchCall).Scan(&call); err != nil {
				return nil, fmt.Errorf("the call to rank (is the data set from this bench/gen?): %w", err)
			}
			l = proposalList(call)
			l.script = script("proposals.sql")
			l.edges, err = count(rankedCount, call)
			if err == nil && l.edges > maxUnpaged {
				err = fmt.Errorf("the call ranks %d proposals; Hatchery shows at most %d of a list without paging", l.edges, maxUnpaged)
			}
		case "coverage":
			l = coverageList()
			l.script = script("coverage.sql")
			l.edges, err = count(`SELECT least(50, count(*)) FROM organizations WHERE status <> 'DEREGISTERED'`)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if l.edges == 0 {
			return nil, fmt.Errorf("%s: the data set has no rows for it", name)
		}
		l.name = name
		out = append(out, l)
	}
	return out, nil
}
