// Command rewrite post-processes gqlgen's generated executor
// (graph/generated.go): a few calls into gqlgen's runtime are pointed at
// graph's own versions, which keep the contract but cost less on the hot
// path (issue 14). go generate runs it right after gqlgen, so the generated
// file stays reproducible: never edit it by hand.
package main

import (
	"bytes"
	"fmt"
	"os"
)

const file = "graph/generated.go"

// rewrites are applied in order; each names the file that says why.
var rewrites = []struct{ from, to, why string }{
	// A goroutine per list element → one element after another.
	{"graphql.MarshalSliceConcurrently(", "marshalSlice(", "graph/list_marshal.go"},
	// The object's full path and a map per object, for @defer (refused) →
	// an empty group.
	{"graphql.NewDeferredGroup(ctx)", "deferredGroup(ctx)", "graph/deferred.go"},
}

func main() {
	src, err := os.ReadFile(file)
	if err != nil {
		fail("%v", err)
	}
	for _, r := range rewrites {
		if !bytes.Contains(src, []byte(r.from)) && !bytes.Contains(src, []byte(r.to)) {
			// gqlgen renamed its helper: fail loudly rather than silently
			// go back to the slow path.
			fail("%s calls neither %s nor %s; update graph/rewrite and %s", file, r.from, r.to, r.why)
		}
		src = bytes.ReplaceAll(src, []byte(r.from), []byte(r.to))
	}
	if err := os.WriteFile(file, src, 0o644); err != nil {
		fail("%v", err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "rewrite: "+format+"\n", args...)
	os.Exit(1)
}
