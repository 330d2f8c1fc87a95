package graph

import (
	"context"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"hatchery/internal/apperr"
)

// What one request may ask for. Every limit is checked by one walk over the
// operation (limits below) after validation and before any resolver runs,
// from the field types alone: a connection or a list added to the schema
// tomorrow is priced and capped by the same rule without a line of code.
const (
	// ComplexityLimit bounds an operation's cost (see cost): a full 200-row
	// page of organisations with their members and users costs about 4,400.
	ComplexityLimit = 20000
	DepthLimit      = 12
	// ParserTokenLimit bounds the query text (aliases included).
	ParserTokenLimit = 15000

	// DefaultPage is the page size of a connection asked for without first
	// or last, nested or not; no page is larger than MaxPage.
	DefaultPage = 20
	MaxPage     = 200
	// ListEstimate is how many items a list without pagination (a case's
	// timeline, an organisation's members, a service item's materials) is
	// priced at; such a list never answers more than MaxPage items (capList).
	ListEstimate = 10
	// MaxIDs bounds nodes(ids:).
	MaxIDs = 100

	// MaxStringLength bounds, in characters, every string argument or input
	// field (String, and custom scalars sent as strings: Time, Cursor...),
	// literal or variable; MaxIDLength bounds IDs. MaxInputList bounds any list
	// argument or input field (idIn, findings...).
	MaxStringLength = 10000
	MaxIDLength     = 64
	MaxInputList    = 1000
)

// limits is the handler extension enforcing the constants above.
type limits struct{ schema *ast.Schema }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*limits)(nil)

func (*limits) ExtensionName() string { return "Limits" }

func (l *limits) Validate(es graphql.ExecutableSchema) error {
	l.schema = es.Schema()
	return nil
}

// MutateOperationContext prices the operation, checks its arguments and page
// sizes and, when a connection is asked for without first or last, swaps in a
// copy of the operation that asks for DefaultPage rows (the parsed query is
// cached and shared between requests: it is never changed in place). Both the
// resolvers and ent's eager loading read the arguments from there, so nested
// connections get the same default as top-level ones.
func (l *limits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	w := walker{schema: l.schema, vars: oc.Variables, frags: map[string]int{}}
	c := w.selectionSet(oc.Operation.SelectionSet)
	if w.err != nil {
		return gqlerror.WrapIfUnwrapped(w.err)
	}
	if c > ComplexityLimit {
		return gqlerror.WrapIfUnwrapped(apperr.Newf(apperr.BadUserInput,
			"the query costs %d, more than the limit of %d: ask for smaller pages, fewer fields or fewer aliases",
			"查询开销为 %d，超过上限 %d：请减小每页条数、减少字段或别名", c, ComplexityLimit).WithReason("QUERY_TOO_COSTLY"))
	}
	if w.unpaged {
		oc.Doc, oc.Operation = withDefaultPages(l.schema, oc.Doc, oc.Operation, oc.Variables)
	}
	return nil
}

// Pricing and caps, the one rule:
//
//   - a field costs 1 plus what its selection costs;
//   - a connection (a type with edges and pageInfo) costs 1 + n × its
//     selection, n being first or last (DefaultPage without either);
//     first and last must be 0…MaxPage;
//   - the edges of a connection cost 1 + their selection (the connection
//     has already multiplied it by the page);
//   - a list sized by an ids argument (nodes) costs 1 + len(ids) × its
//     selection, with at most MaxIDs ids;
//   - any other list of objects costs 1 + ListEstimate × its selection and
//     answers at most MaxPage items;
//   - lists of scalars and enums cost 1.
//
// Introspection (development only) is priced without multipliers. A few
// fields whose resolvers do much more than read a loaded row cost more than 1
// a call (resolverCost).

// resolverCost prices one call of a field whose resolver is expensive. Other
// fields cost 1. Measured on the demo data: 1 costs about 20 µs.
var resolverCost = map[string]int{
	// Casbin over every object × action: about 14 ms and 3 MB a call.
	"User.permissions": 700,
	// Signs a link and writes an audit row: a write per call.
	"DocumentVersion.downloadURL": 50,
	// Signs a link and writes an audit row for every document of the
	// proposal's checklist (about ListEstimate of them), whether or not
	// the links are asked for.
	"Proposal.materials": 50 * ListEstimate,
}

func unitCost(f *ast.Field) int {
	if f.ObjectDefinition != nil {
		if c, ok := resolverCost[f.ObjectDefinition.Name+"."+f.Name]; ok {
			return c
		}
	}
	return 1
}

// fieldShape classifies a field for pricing and capping.
type fieldShape int

const (
	plainField fieldShape = iota
	connectionField
	edgesField
	idsListField
	listField
)

func shapeOf(schema *ast.Schema, parent *ast.Definition, f *ast.FieldDefinition) fieldShape {
	if f == nil || f.Type == nil || strings.HasPrefix(f.Type.Name(), "__") || strings.HasPrefix(f.Name, "__") {
		return plainField
	}
	t := schema.Types[f.Type.Name()]
	if t == nil || !isComposite(t) {
		return plainField
	}
	if f.Type.Elem == nil {
		if isConnection(schema, t) {
			return connectionField
		}
		return plainField
	}
	switch {
	case parent != nil && isConnection(schema, parent):
		return edgesField
	case isIDList(f.Arguments.ForName("ids")):
		return idsListField
	}
	return listField
}

func isComposite(t *ast.Definition) bool {
	return t.Kind == ast.Object || t.Kind == ast.Interface || t.Kind == ast.Union
}

// isConnection tells a Relay connection type: edges (a list) and pageInfo.
func isConnection(schema *ast.Schema, t *ast.Definition) bool {
	if t == nil || t.Kind != ast.Object {
		return false
	}
	edges, info := t.Fields.ForName("edges"), t.Fields.ForName("pageInfo")
	return edges != nil && edges.Type.Elem != nil && info != nil && schema.Types[info.Type.Name()] != nil
}

func isIDList(a *ast.ArgumentDefinition) bool {
	return a != nil && a.Type.Elem != nil && a.Type.Elem.Name() == "ID"
}

// walker prices a selection set and checks arguments on the way. Named
// fragments are priced once (a fragment spreading another one twice, forty
// levels deep, would otherwise cost 2^40 steps to price).
type walker struct {
	schema  *ast.Schema
	vars    map[string]any
	frags   map[string]int
	err     *apperr.Error
	unpaged bool // some connection has neither first nor last
}

func (w *walker) selectionSet(set ast.SelectionSet) int {
	total := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			total = add(total, w.field(s))
		case *ast.InlineFragment:
			if err := deferredSpread(s.Directives, w.vars); err != nil {
				w.fail(err)
			}
			total = add(total, w.selectionSet(s.SelectionSet))
		case *ast.FragmentSpread:
			if err := deferredSpread(s.Directives, w.vars); err != nil {
				w.fail(err)
			}
			total = add(total, w.fragment(s))
		}
	}
	return total
}

func (w *walker) fragment(s *ast.FragmentSpread) int {
	if c, ok := w.frags[s.Name]; ok {
		return c
	}
	if s.Definition == nil {
		return 0
	}
	w.frags[s.Name] = 0 // a cycle (invalid anyway) ends here
	c := w.selectionSet(s.Definition.SelectionSet)
	w.frags[s.Name] = c
	return c
}

func (w *walker) field(f *ast.Field) int {
	if f.Definition == nil {
		return 1
	}
	args := f.ArgumentMap(w.vars)
	for _, a := range f.Definition.Arguments {
		if v, ok := args[a.Name]; ok {
			w.checkValue(f.Name, a.Name, a.Type, v)
		}
	}
	child := w.selectionSet(f.SelectionSet)
	switch shapeOf(w.schema, f.ObjectDefinition, f.Definition) {
	case connectionField:
		n, ok := pageSize(args)
		if !ok {
			w.unpaged = true
		}
		if n < 0 || n > MaxPage {
			w.fail(apperr.Invalidf(pageArg(args), "%s: a page has 0 to %d rows, not %d", "%s：每页条数应在 0 到 %d 之间，而不是 %d",
				f.Name, MaxPage, n).WithReason("PAGE_TOO_LARGE"))
		}
		return add(unitCost(f), mul(max(n, 1), child))
	case idsListField:
		n := listLen(args["ids"])
		if n > MaxIDs {
			w.fail(apperr.Invalidf("ids", "%s: at most %d ids at once, not %d", "%s：一次最多查询 %d 个 ID，而不是 %d",
				f.Name, MaxIDs, n).WithReason("TOO_MANY_IDS"))
		}
		return add(unitCost(f), mul(max(n, 1), child))
	case listField:
		return add(unitCost(f), mul(ListEstimate, child))
	}
	return add(unitCost(f), child)
}

func (w *walker) fail(err *apperr.Error) {
	if w.err == nil {
		w.err = err
	}
}

// checkValue bounds the strings and lists of one argument (of field), walking
// input objects by their schema types; path names the argument for the error.
func (w *walker) checkValue(field, path string, t *ast.Type, v any) {
	if v == nil || w.err != nil {
		return
	}
	if t.Elem != nil {
		items, ok := v.([]any)
		if !ok {
			w.checkValue(field, path, t.Elem, v) // a single value coerced to a list
			return
		}
		if len(items) > MaxInputList {
			w.fail(apperr.Invalidf(path, "%s(%s): at most %d items, not %d", "%s（%s）：最多 %d 项，而不是 %d",
				field, path, MaxInputList, len(items)).WithReason("LIST_TOO_LONG"))
			return
		}
		for _, it := range items {
			w.checkValue(field, path, t.Elem, it)
		}
		return
	}
	def := w.schema.Types[t.Name()]
	if def == nil {
		return
	}
	switch def.Kind {
	case ast.InputObject:
		m, _ := v.(map[string]any)
		for k, x := range m {
			if fd := def.Fields.ForName(k); fd != nil {
				w.checkValue(field, path+"."+k, fd.Type, x)
			}
		}
	case ast.Scalar:
		s, ok := v.(string)
		if !ok {
			return
		}
		limit := MaxStringLength
		if t.Name() == "ID" {
			limit = MaxIDLength
		}
		if len(s) > limit && utf8.RuneCountInString(s) > limit {
			w.fail(apperr.Invalidf(path, "%s(%s): at most %d characters", "%s（%s）：最多 %d 个字符",
				field, path, limit).WithReason("VALUE_TOO_LONG"))
		}
	}
}

// pageSize is a connection's first, else last, else DefaultPage; ok is
// false when neither was given.
func pageSize(args map[string]any) (n int, ok bool) {
	for _, k := range []string{"first", "last"} {
		if v, has := args[k]; has && v != nil {
			return toInt(v), true
		}
	}
	return DefaultPage, false
}

func pageArg(args map[string]any) string {
	if v, ok := args["first"]; ok && v != nil {
		return "first"
	}
	return "last"
}

func toInt(v any) int {
	switch n := v.(type) {
	case int:
		return n
	case int32:
		return int(n)
	case int64:
		return int(max(min(n, math.MaxInt32), math.MinInt32))
	case float64:
		return int(max(min(n, math.MaxInt32), math.MinInt32))
	case json.Number:
		i, err := strconv.ParseInt(string(n), 10, 64)
		if err != nil {
			return math.MaxInt32
		}
		return toInt(i)
	case *int:
		if n != nil {
			return *n
		}
	}
	return 0
}

func listLen(v any) int {
	switch l := v.(type) {
	case nil:
		return 0
	case []any:
		return len(l)
	}
	return 1
}

// costCeiling keeps prices from overflowing; any price above it is refused.
const costCeiling = 1 << 40

func add(a, b int) int { return min(a+b, costCeiling) }

func mul(a, b int) int {
	if a != 0 && b > costCeiling/a {
		return costCeiling
	}
	return min(a*b, costCeiling)
}

// withDefaultPages returns copies of doc and op in which every connection
// field without first or last asks for first: DefaultPage.
func withDefaultPages(schema *ast.Schema, doc *ast.QueryDocument, op *ast.OperationDefinition, vars map[string]any) (*ast.QueryDocument, *ast.OperationDefinition) {
	p := pager{schema: schema, vars: vars, doc: doc, frags: map[string]*ast.FragmentDefinition{}}
	nop := *op
	nop.SelectionSet = p.selectionSet(op.SelectionSet)
	ndoc := *doc
	ndoc.Operations = make(ast.OperationList, len(doc.Operations))
	for i, o := range doc.Operations {
		ndoc.Operations[i] = o
		if o == op {
			ndoc.Operations[i] = &nop
		}
	}
	ndoc.Fragments = make(ast.FragmentDefinitionList, len(doc.Fragments))
	for i, f := range doc.Fragments {
		ndoc.Fragments[i] = p.fragment(f)
	}
	return &ndoc, &nop
}

type pager struct {
	schema *ast.Schema
	vars   map[string]any
	doc    *ast.QueryDocument
	frags  map[string]*ast.FragmentDefinition
}

func (p *pager) selectionSet(set ast.SelectionSet) ast.SelectionSet {
	if set == nil {
		return nil
	}
	out := make(ast.SelectionSet, len(set))
	for i, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			c := *s
			if s.Definition != nil && shapeOf(p.schema, s.ObjectDefinition, s.Definition) == connectionField {
				if _, given := pageSize(s.ArgumentMap(p.vars)); !given {
					c.Arguments = withFirst(s.Arguments)
				}
			}
			c.SelectionSet = p.selectionSet(s.SelectionSet)
			out[i] = &c
		case *ast.InlineFragment:
			c := *s
			c.SelectionSet = p.selectionSet(s.SelectionSet)
			out[i] = &c
		case *ast.FragmentSpread:
			c := *s
			if def := p.doc.Fragments.ForName(s.Name); def != nil {
				c.Definition = p.fragment(def)
			}
			out[i] = &c
		default:
			out[i] = sel
		}
	}
	return out
}

func (p *pager) fragment(def *ast.FragmentDefinition) *ast.FragmentDefinition {
	if c, ok := p.frags[def.Name]; ok {
		return c
	}
	c := new(ast.FragmentDefinition)
	*c = *def
	p.frags[def.Name] = c
	c.SelectionSet = p.selectionSet(def.SelectionSet)
	return c
}

// withFirst replaces first/last (given as null or as an unset variable) by
// first: DefaultPage.
func withFirst(args ast.ArgumentList) ast.ArgumentList {
	out := make(ast.ArgumentList, 0, len(args)+1)
	for _, a := range args {
		if a.Name != "first" && a.Name != "last" {
			out = append(out, a)
		}
	}
	return append(out, &ast.Argument{Name: "first", Value: &ast.Value{Kind: ast.IntValue, Raw: strconv.Itoa(DefaultPage)}})
}

// aroundField is the one field middleware (gqlgen runs it for every field
// of every object, so it is kept to one: each layer costs a closure and a
// call per field). It stops the work once the request's context is done
// (the client has gone, or the time limit has passed), tags resolver errors
// (markResolverError) and bounds lists without pagination (capList).
func (l *limits) aroundField(ctx context.Context, next graphql.Resolver) (any, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res, err := next(ctx)
	if err != nil {
		return res, markResolverError(err)
	}
	if res == nil {
		return nil, nil
	}
	return l.capList(ctx, res), nil
}

// capList bounds a list without pagination to MaxPage items: the rest is
// dropped, with an error saying so next to the data.
func (l *limits) capList(ctx context.Context, res any) any {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || fc.Field.Definition == nil || fc.Field.Definition.Type.Elem == nil {
		return res
	}
	if shapeOf(l.schema, fc.Field.ObjectDefinition, fc.Field.Definition) != listField {
		return res
	}
	v := reflect.ValueOf(res)
	if v.Kind() != reflect.Slice || v.Len() <= MaxPage {
		return res
	}
	graphql.AddError(ctx, apperr.Newf(apperr.BadUserInput,
		"%s has %d items; only the first %d are shown",
		"%s 共 %d 项，只显示前 %d 项", fc.Field.Name, v.Len(), MaxPage).WithReason("LIST_TRUNCATED"))
	return v.Slice(0, MaxPage).Interface()
}
