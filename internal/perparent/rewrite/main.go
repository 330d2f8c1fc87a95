// Command rewrite points ent's generated code at package perparent (see
// internal/perparent): the nested connections' per-parent limit
// (entgql.LimitPerRow in ent/gql_collection.go) becomes perparent.Limit, and
// the eager loader of each such edge puts its parents' keys on the query's
// context with perparent.WithKeys. go generate runs it right after entc, so
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
	write(collection, withImport(bytes.ReplaceAll(src, []byte("entgql.LimitPerRow("), []byte("perparent.Limit("))))

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
