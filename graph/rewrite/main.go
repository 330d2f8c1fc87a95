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
	"regexp"
	"slices"
)

const file = "graph/generated.go"

// rewrites are applied in order; each names the file that says why.
var rewrites = []struct{ from, to, why string }{
	// A goroutine per list element → one element after another.
	{"graphql.MarshalSliceConcurrently(", "marshalSlice(", "graph/list_marshal.go"},
	// The object's full path and a map per object, for @defer (refused) →
	// an empty group.
	{"graphql.NewDeferredGroup(ctx)", "deferredGroup(ctx)", "graph/deferred.go"},
	// A goroutine per resolved field of an object (but the first) → one
	// field after another.
	{"out.ResolveConcurrently(ec.OperationContext, &deferred, i,", "resolveInline(ctx, out, ec.OperationContext, i,", "graph/inline_field.go"},
	// An object's fields collected through a cache keyed by an FNV hash
	// made on every call → a cache keyed by the slices' identity.
	{"graphql.CollectFields(ec.OperationContext, sel, ", "collectFields(ec.OperationContext, sel, ", "graph/collect_fields.go"},
	// A new buffer growing to the size of each answer → a pooled one.
	{"var buf bytes.Buffer\n\t\t\tdata.MarshalGQL(&buf)", "buf := responseBuffer(ctx)\n\t\t\tdata.MarshalGQL(buf)", "graph/response_buffer.go"},
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
	src = dropUnusedImport(src, "bytes")
	src = trivialFields(src)
	src = objectSets(src)
	src = fieldArguments(src)
	if err := os.WriteFile(file, src, 0o644); err != nil {
		fail("%v", err)
	}
}

// trivialField matches a generated field whose resolver reads a struct
// field of an object already in hand (return obj.Name, nil), with no
// directive middleware. Groups: 1 the field-context method, 2 the value
// read, 3 the value's Go type, 4 the marshaller method, 5 and 6 the
// recover and non-null flags. Method names may hold gqlgen's non-ASCII
// path marks (marshalNTime2timeᚐTime), so they are matched up to "(".
var trivialField = regexp.MustCompile(`graphql\.ResolveField\(\s*ctx,\s*ec\.OperationContext,\s*field,\s*` +
	`func\(ctx context\.Context, field graphql\.CollectedField\) \(\*graphql\.FieldContext, error\) \{\s*return ec\.([^\s(]+)\(ctx, field\)\s*\},\s*` +
	`func\(ctx context\.Context\) \(any, error\) \{\s*return (obj\.[\w.]+), nil\s*\},\s*` +
	`nil,\s*` +
	`func\(ctx context\.Context, selections ast\.SelectionSet, v ([^)]*)\) graphql\.Marshaler \{\s*return ec\.([^\s(]+)\(ctx, selections, v\)\s*\},\s*` +
	`(true|false),\s*(true|false),\s*\)`)

// trivialFields points such fields at graph's resolveTrivial (see
// graph/trivial_field.go), the value read at the call and both methods
// passed as method expressions, except those holding a list, which the
// field middleware may have to cap.
func trivialFields(src []byte) []byte {
	n := 0
	out := trivialField.ReplaceAllFunc(src, func(m []byte) []byte {
		sub := trivialField.FindSubmatch(m)
		if bytes.HasPrefix(sub[3], []byte("[]")) {
			return m
		}
		n++
		return fmt.Appendf(nil, "resolveTrivial(ctx, ec, field, %s, (*executionContext).%s, (*executionContext).%s, %s, %s)",
			sub[2], sub[1], sub[4], sub[5], sub[6])
	})
	if n == 0 && !bytes.Contains(src, []byte("resolveTrivial(")) {
		fail("%s has no field read straight from its object; update graph/rewrite and graph/trivial_field.go", file)
	}
	return out
}

// objectSets gives each object type's marshaller a fieldSet (see
// graph/field_set.go) in place of gqlgen's FieldSet, and each root type's
// (whose fields gqlgen schedules through FieldSet methods) an objectJSON to
// be written through (graph/object_json.go): either way an object is not
// written through FieldSet.MarshalGQL, which keeps a map per object.
func objectSets(src []byte) []byte {
	const (
		gqlgenSet = "out := graphql.NewFieldSet(fields)"
		ownSet    = "out := newFieldSet(fields)"
		ret       = "\n\treturn out\n}\n"
		retRoot   = "\n\treturn objectOf(fields, out)\n}\n"
	)
	var out bytes.Buffer
	objects, roots := 0, 0
	for rest := src; ; {
		at := bytes.Index(rest, []byte(gqlgenSet))
		if at < 0 {
			out.Write(rest)
			break
		}
		// The marshaller holding it: from its func line to its closing brace.
		start := bytes.LastIndex(rest[:at], []byte("\nfunc ")) + 1
		end := at + bytes.Index(rest[at:], []byte("\n}\n")) + len("\n}\n")
		fn := rest[start:end]
		if !bytes.HasSuffix(fn, []byte(ret)) {
			fail("%s: a marshaller holding %q does not end in %q; update graph/rewrite", file, gqlgenSet, ret)
		}
		if bytes.Contains(fn, []byte("ResolveRootConcurrently")) {
			// A fresh slice: appending to fn would write over what follows it.
			fn = slices.Concat(bytes.TrimSuffix(fn, []byte(ret)), []byte(retRoot))
			roots++
		} else {
			fn = bytes.Replace(fn, []byte(gqlgenSet), []byte(ownSet), 1)
			objects++
		}
		out.Write(rest[:start])
		out.Write(fn)
		rest = rest[end:]
	}
	if objects+roots == 0 && !bytes.Contains(src, []byte(ownSet)) {
		fail("%s makes no %q; update graph/rewrite and graph/field_set.go", file, gqlgenSet)
	}
	return out.Bytes()
}

// fieldArgsCall matches a field-context constructor reading its field's
// arguments; group 1 is the reading method (field_Organization_documents_args).
var fieldArgsCall = regexp.MustCompile(`ec\.(field_\w+_args)\(ctx, field\.ArgumentMap\(ec\.Variables\)\)`)

// fieldArguments points those readings at graph's fieldArgs (see
// graph/field_args.go), which keeps them for the operation.
func fieldArguments(src []byte) []byte {
	if !fieldArgsCall.Match(src) && !bytes.Contains(src, []byte("fieldArgs(ctx, ec, field, ")) {
		fail("%s reads no field's arguments through field.ArgumentMap; update graph/rewrite and graph/field_args.go", file)
	}
	return fieldArgsCall.ReplaceAll(src, []byte(`fieldArgs(ctx, ec, field, "$1", (*executionContext).$1)`))
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "rewrite: "+format+"\n", args...)
	os.Exit(1)
}

// dropUnusedImport removes pkg's import line once the rewrites have left
// no use of it (the response buffers took the last bytes.Buffer).
func dropUnusedImport(src []byte, pkg string) []byte {
	line := []byte("\t\"" + pkg + "\"\n")
	if bytes.Contains(src, []byte(pkg+".")) {
		return src
	}
	return bytes.Replace(src, line, nil, 1)
}
