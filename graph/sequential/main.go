// Command sequential rewrites gqlgen's generated executor (graph/generated.go)
// to marshal lists with graph's marshalSlice, one element after another,
// instead of graphql.MarshalSliceConcurrently's goroutine per element (see
// graph/list_marshal.go for why). go generate runs it right after gqlgen, so
// the generated file stays reproducible: never edit it by hand.
package main

import (
	"bytes"
	"fmt"
	"os"
)

const (
	file = "graph/generated.go"
	from = "graphql.MarshalSliceConcurrently("
	to   = "marshalSlice("
)

func main() {
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sequential:", err)
		os.Exit(1)
	}
	n := bytes.Count(src, []byte(from))
	if n == 0 && !bytes.Contains(src, []byte(to)) {
		// gqlgen renamed its helper: fail loudly rather than silently go
		// back to a goroutine per element.
		fmt.Fprintf(os.Stderr, "sequential: %s calls neither %s nor %s; update graph/sequential\n", file, from, to)
		os.Exit(1)
	}
	out := bytes.ReplaceAll(src, []byte(from), []byte(to))
	if err := os.WriteFile(file, out, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "sequential:", err)
		os.Exit(1)
	}
}
