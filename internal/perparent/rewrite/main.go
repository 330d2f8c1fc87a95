// Command rewrite points ent's generated code at package perparent (see
// internal/perparent): the nested connections' per-parent limit
// (entgql.LimitPerRow in ent/gql_collection.go) becomes perparent.Limit, and
// the eager loader of each such edge puts its parents' keys on the query's
// context with perparent.WithKeys, and such a page's row count is
// perparent.Rows (no row past the page unless pageInfo is asked for).
// go generate runs it right after entc, so
// the generated files stay reproducible: never edit them by hand.
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
)

const (
	collection = "ent/gql_collection.go"
	importPath = `"hatchery/internal/perparent"`
)

// limitCall matches entgql's modifier for one edge; group 1 is the child
// column, as the parent's package names it (organization.DocumentsColumn).
var limitCall = regexp.MustCompile(`(?:entgql\.LimitPerRow|perparent\.Limit)\(([a-z]+\.[A-Za-z]+Column),`)

func main() {
	src := read(collection)
	columns := limitCall.FindAllSubmatch(src, -1)
	if len(columns) == 0 {
		fail("%s has no entgql.LimitPerRow call; update internal/perparent/rewrite", collection)
	}
	src = bytes.ReplaceAll(src, []byte("entgql.LimitPerRow("), []byte("perparent.Limit("))
	src = replaceEach(src, len(columns), "ignoredEdges := !hasCollectedField(ctx, append(path, edgesField)...)\n",
		"ignoredEdges := !hasCollectedField(ctx, append(path, edgesField)...)\n\t\t\tpageInfoAsked := hasCollectedField(ctx, append(path, pageInfoField)...)\n")
	src = replaceEach(src, len(columns), "if limit := paginateLimit(args.first, args.last); limit > 0 {",
		"if limit := perparent.Rows(args.first, args.last, pageInfoAsked); limit > 0 {")
	write(collection, withImport(src))

	loaders, err := filepath.Glob("ent/*_query.go")
	if err != nil || len(loaders) == 0 {
		fail("no ent/*_query.go: run from the module root (%v)", err)
	}
	for _, m := range columns {
		rewriteLoader(loaders, string(m[1]))
	}
}

// rewriteLoader finds the one eager loader that selects children by column
// and hands its keys to the query's context.
func rewriteLoader(files []string, column string) {
	q := regexp.QuoteMeta(column)
	plain := regexp.MustCompile(`(s\.Where\(sql\.InValues\(s\.C\(` + q + `\), fks\.\.\.\)\)\n\t\}\)\)\n\tneighbors, err := query\.All\()ctx\)`)
	done := regexp.MustCompile(`neighbors, err := query\.All\(perparent\.WithKeys\(ctx, ` + q + `, fks\)\)`)
	found := 0
	for _, f := range files {
		src := read(f)
		switch n, m := len(plain.FindAllIndex(src, -1)), len(done.FindAllIndex(src, -1)); {
		case n > 0:
			found += n
			write(f, withImport(plain.ReplaceAll(src, []byte("${1}perparent.WithKeys(ctx, "+column+", fks))"))))
		case m > 0:
			found += m
		}
	}
	if found != 1 {
		fail("found %d eager loaders selecting by %s, want 1; update internal/perparent/rewrite", found, column)
	}
}

// replaceEach replaces from with to, which must happen n times (once per
// nested connection) unless every from is already to.
func replaceEach(src []byte, n int, from, to string) []byte {
	if bytes.Count(src, []byte(to)) == n {
		return src // rewritten already
	}
	if got := bytes.Count(src, []byte(from)); got != n {
		fail("%s: %q occurs %d times, want %d (one per nested connection); update internal/perparent/rewrite", collection, from, got, n)
	}
	return bytes.ReplaceAll(src, []byte(from), []byte(to))
}

// withImport adds perparent to the file's imports (gofmt puts it in order).
func withImport(src []byte) []byte {
	if !bytes.Contains(src, []byte(importPath)) {
		src = bytes.Replace(src, []byte("import (\n"), []byte("import (\n\t"+importPath+"\n"), 1)
	}
	out, err := format.Source(src)
	if err != nil {
		fail("formatting: %v", err)
	}
	return out
}

func read(name string) []byte {
	src, err := os.ReadFile(name)
	if err != nil {
		fail("%v", err)
	}
	return src
}

func write(name string, src []byte) {
	if err := os.WriteFile(name, src, 0o644); err != nil {
		fail("%v", err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "perparent/rewrite: "+format+"\n", args...)
	os.Exit(1)
}
