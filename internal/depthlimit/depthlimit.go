// Package depthlimit is a gqlgen handler extension that rejects operations
// nested deeper than a fixed limit.
//
// Recursive relations in the schema (a user's friends' friends' friends...)
// let a single small query fan out into an enormous amount of resolver work.
// gqlgen's complexity limit only helps where every field has a sensible cost
// function; a depth limit is a cheap, schema-independent backstop that is
// checked after parsing and validation but before any resolver runs.
package depthlimit

import (
	"context"
	"errors"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Limit rejects operations whose selection depth exceeds Max. Register it
// with (*handler.Server).Use(depthlimit.Limit{Max: 15}).
//
// Introspection fields (__schema, __type, __typename) are counted like any
// other field, so Max has to leave room for the introspection query that
// GraphQL tooling sends. The classic full introspection query is 13 levels
// deep (its TypeRef fragment alone nests ofType seven times), so 15 is a
// sensible minimum for a server that allows introspection.
type Limit struct {
	Max int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = Limit{}

// ExtensionName identifies the extension in gqlgen stats and logs.
func (Limit) ExtensionName() string { return "DepthLimit" }

// Validate runs when the extension is registered. A non-positive Max would
// reject every operation, which is surely a configuration mistake, so it is
// refused at start-up instead of at the first request.
func (l Limit) Validate(graphql.ExecutableSchema) error {
	if l.Max < 1 {
		return errors.New("depthlimit: Max must be at least 1")
	}
	return nil
}

// MutateOperationContext measures the operation about to run and aborts it
// with a BAD_USER_INPUT error when it is too deep.
func (l Limit) MutateOperationContext(_ context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	op := rc.Operation
	if op == nil && rc.Doc != nil {
		// gqlgen sets Operation before calling mutators; this fallback only
		// matters for callers that build an OperationContext by hand.
		op = rc.Doc.Operations.ForName(rc.OperationName)
	}
	if op == nil {
		// Nothing to measure; the executor reports unknown operations itself.
		return nil
	}
	if d := Depth(rc.Doc, op); d > l.Max {
		return &gqlerror.Error{
			Message:    fmt.Sprintf("query depth %d exceeds the limit of %d", d, l.Max),
			Extensions: map[string]any{"code": "BAD_USER_INPUT"},
		}
	}
	return nil
}

// Depth returns how deeply op nests fields: `{ a }` is 1 and `{ a { b } }` is
// 2. Fragment spreads and inline fragments add no depth of their own; their
// fields count at the level where the fragment is used. Fields under
// @skip/@include are counted too, because checking worst-case shape is safer
// than evaluating variables here.
//
// doc supplies fragment definitions for spreads the validator has not linked
// (it may be nil if op uses no named fragments). Fragment cycles, which
// validation normally rejects, are cut off instead of recursing forever.
func Depth(doc *ast.QueryDocument, op *ast.OperationDefinition) int {
	if op == nil {
		return 0
	}
	w := walker{doc: doc, memo: map[string]int{}, active: map[string]bool{}}
	return w.selectionSet(op.SelectionSet)
}

type walker struct {
	doc *ast.QueryDocument
	// memo caches the depth of each named fragment. Without it a chain of
	// fragments that each spread the next one twice costs 2^n steps, which
	// is a denial of service in its own right.
	memo map[string]int
	// active holds the fragments on the current path, to detect cycles.
	active map[string]bool
}

func (w *walker) selectionSet(set ast.SelectionSet) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			d = 1 + w.selectionSet(s.SelectionSet)
		case *ast.InlineFragment:
			d = w.selectionSet(s.SelectionSet)
		case *ast.FragmentSpread:
			d = w.fragment(s)
		}
		deepest = max(deepest, d)
	}
	return deepest
}

func (w *walker) fragment(s *ast.FragmentSpread) int {
	def := s.Definition
	if def == nil && w.doc != nil {
		def = w.doc.Fragments.ForName(s.Name)
	}
	if def == nil {
		return 0
	}
	if d, ok := w.memo[def.Name]; ok {
		return d
	}
	if w.active[def.Name] {
		// A cycle: the document is invalid anyway. Counting the repeated
		// fragment as empty keeps the walk finite; the fields already
		// visited on the way round still count.
		return 0
	}
	w.active[def.Name] = true
	d := w.selectionSet(def.SelectionSet)
	delete(w.active, def.Name)
	// For acyclic documents a fragment's depth does not depend on where it
	// is used, so caching it is exact.
	w.memo[def.Name] = d
	return d
}
