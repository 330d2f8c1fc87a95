package graph_test

import (
	"context"
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/graph"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// reasons lists the errors' extensions.reason.
func reasons(errs testenv.Errors) []string {
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i], _ = e.Extensions["reason"].(string)
	}
	return out
}

// literal writes a GraphQL literal of a value for a required argument of type t.
func literal(s *ast.Schema, t *ast.Type) string {
	if t.Elem != nil {
		return "[" + literal(s, t.Elem) + "]"
	}
	def := s.Types[t.Name()]
	switch {
	case def.Kind == ast.Enum:
		return def.EnumValues[0].Name
	case def.Kind == ast.InputObject:
		var parts []string
		for _, f := range def.Fields {
			if f.Type.NonNull && f.DefaultValue == nil {
				parts = append(parts, f.Name+": "+literal(s, f.Type))
			}
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	switch t.Name() {
	case "Int", "Float":
		return "1"
	case "Boolean":
		return "true"
	case "Time":
		return `"2024-01-01T00:00:00Z"`
	}
	return `"1"`
}

// requiredArgs writes the required arguments of f, or "".
func requiredArgs(s *ast.Schema, f *ast.FieldDefinition) string {
	var parts []string
	for _, a := range f.Arguments {
		if a.Type.NonNull && a.DefaultValue == nil {
			parts = append(parts, a.Name+": "+literal(s, a.Type))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// argsBefore writes required arguments ("(a: 1, b: 2)") to lead another
// argument list: "a: 1, b: 2, ", or "" when there are none.
func argsBefore(args string) string {
	if args == "" {
		return ""
	}
	return strings.TrimSuffix(strings.TrimPrefix(args, "("), ")") + ", "
}

// idsVar declares $ids when the selection uses it.
func idsVar(in string) string {
	if strings.Contains(in, "$ids") {
		return "($ids: [ID!]!)"
	}
	return ""
}

func isConnectionType(s *ast.Schema, t *ast.Definition) bool {
	return t != nil && t.Kind == ast.Object && t.Fields.ForName("edges") != nil && t.Fields.ForName("pageInfo") != nil
}

func composite(t *ast.Definition) bool {
	return t != nil && (t.Kind == ast.Object || t.Kind == ast.Interface || t.Kind == ast.Union)
}

// reach is how an operation reaches an object type: wrap puts a selection
// on the type into an operation, and times is how many times the path
// multiplies the selection's price (1 through fields that are neither lists
// nor connections, ListEstimate for every list on the way).
type reach struct {
	wrap  func(string) string
	times int
}

// operationsReaching finds, for every object type an operation can reach,
// how to wrap a selection on that type into an operation: node(id:) { ... on
// T { … } } for Node types, mutation results... It prefers paths through
// fields that are neither lists nor connections (so that the path multiplies
// nothing); a type found only inside lists of objects (the items of a list
// field's items) is reached through them, and its times says by how much
// the path multiplies.
func operationsReaching(s *ast.Schema) map[string]reach {
	out := map[string]reach{
		s.Query.Name:    {func(in string) string { return "query" + idsVar(in) + " { " + in + " }" }, 1},
		s.Mutation.Name: {func(in string) string { return "mutation" + idsVar(in) + " { " + in + " }" }, 1},
	}
	queue := []string{s.Query.Name, s.Mutation.Name}
	// walk follows, from the types in queue, the fields that lists accepts
	// (lists of objects, or else plain object fields).
	walk := func(lists bool) {
		for len(queue) > 0 {
			tn := queue[0]
			queue = queue[1:]
			from := out[tn]
			for _, f := range s.Types[tn].Fields {
				ft := s.Types[f.Type.Name()]
				if strings.HasPrefix(f.Name, "__") || !composite(ft) || isConnectionType(s, ft) || isConnectionType(s, s.Types[tn]) {
					continue
				}
				if (f.Type.Elem != nil) != lists || f.Arguments.ForName("ids") != nil {
					continue
				}
				times := from.times
				if lists {
					times *= graph.ListEstimate
				}
				prefix := f.Name + requiredArgs(s, f) + " { "
				targets := []*ast.Definition{ft}
				if ft.Kind != ast.Object {
					targets = s.GetPossibleTypes(ft)
				}
				for _, z := range targets {
					if _, seen := out[z.Name]; seen {
						continue
					}
					inFragment := ft.Kind != ast.Object
					name, outer := z.Name, from.wrap
					out[name] = reach{func(in string) string {
						if inFragment {
							in = "... on " + name + " { " + in + " }"
						}
						return outer(prefix + in + " }")
					}, times}
					queue = append(queue, name)
				}
			}
		}
	}
	walk(false)
	for {
		// One list deeper, from every type reached so far, then on through
		// plain fields again.
		before := len(out)
		queue = slices.Sorted(maps.Keys(out))
		walk(true)
		queue = slices.Sorted(maps.Keys(out))
		walk(false)
		if len(out) == before {
			return out
		}
	}
}

// TestEveryConnectionAndListIsPricedAndCapped walks the executable schema:
// every field of every object type whose type is a connection or a list of
// objects must be priced by its size (enough aliases of it, at the largest
// page, are refused as too costly, where the same aliases priced as one row
// each would pass) and capped (a page over MaxPage, or more ids than MaxIDs,
// is refused). Lists without pagination are capped by type at MaxPage items
// (TestUnpaginatedListsAreCapped); edges are priced by their connection.
func TestEveryConnectionAndListIsPricedAndCapped(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	staff := e.Login("staff")
	s := graph.NewExecutableSchema(graph.Config{}).Schema()
	wrap := operationsReaching(s)
	ids := make([]string, graph.MaxIDs)
	for i := range ids {
		ids[i] = strconv.Itoa(i + 1)
	}
	vars := map[string]any{"ids": ids}

	var connections, lists, edges, priced, capped int
	for _, tn := range sortedTypeNames(s) {
		typ := s.Types[tn]
		if typ.Kind != ast.Object || strings.HasPrefix(tn, "__") {
			continue
		}
		for _, f := range typ.Fields {
			ft := s.Types[f.Type.Name()]
			if strings.HasPrefix(f.Name, "__") || !composite(ft) {
				continue
			}
			isConn := f.Type.Elem == nil && isConnectionType(s, ft)
			if !isConn && f.Type.Elem == nil {
				continue
			}
			name := tn + "." + f.Name
			if !isConn && isConnectionType(s, typ) {
				edges++ // priced and capped by the connection's page
				continue
			}
			if isConn {
				connections++
			} else {
				lists++
			}
			r, ok := wrap[tn]
			if !assert.True(t, ok, "%s: no operation reaches %s", name, tn) {
				continue
			}
			// The path to tn multiplies the aliases' price by r.times: as
			// many times fewer aliases.
			w := r.wrap
			args := requiredArgs(s, f)
			var aliases func(page string) string
			suffix := "" // fragments the aliases spread
			switch {
			case isConn:
				aliases = func(page string) string {
					var b strings.Builder
					for i := range graph.ComplexityLimit/(graph.MaxPage*3*r.times) + 1 {
						fmt.Fprintf(&b, "a%d: %s(%sfirst: %s) { edges { node { __typename } } } ", i, f.Name, argsBefore(args), page)
					}
					return b.String()
				}
			case f.Arguments.ForName("ids") != nil:
				aliases = func(string) string {
					var b strings.Builder
					for i := range graph.ComplexityLimit/((graph.MaxIDs+1)*r.times) + 1 {
						fmt.Fprintf(&b, "a%d: %s(ids: $ids) { __typename } ", i, f.Name)
					}
					return b.String()
				}
			default:
				// An item selects one field; with required arguments the
				// aliases would pass the token limit, so an item selects
				// ListEstimate fields (a fragment) and fewer aliases do.
				per, sel := 1, "__typename"
				if args != "" {
					per, sel = graph.ListEstimate, "...Item"
					var b strings.Builder
					fmt.Fprintf(&b, " fragment Item on %s {", f.Type.Name())
					for i := range per {
						fmt.Fprintf(&b, " t%d: __typename", i)
					}
					suffix = b.String() + " }"
				}
				aliases = func(string) string {
					var b strings.Builder
					for i := range graph.ComplexityLimit/((graph.ListEstimate*per+1)*r.times) + 1 {
						fmt.Fprintf(&b, "a%d: %s%s { %s } ", i, f.Name, args, sel)
					}
					return b.String()
				}
			}
			// Priced: at the largest page the aliases cost more than the
			// limit, though each would cost 2–4 (2–11 with the fragment) if
			// counted as one row.
			errs := e.Do(staff, w(aliases(strconv.Itoa(graph.MaxPage)))+suffix, vars, nil)
			if assert.Contains(t, reasons(errs), "QUERY_TOO_COSTLY", "%s is not priced by its size: %v", name, errs) {
				priced++
			}
			// Capped.
			switch {
			case isConn:
				refused, pages := 0, 0
				for _, arg := range []string{"first", "last"} {
					if f.Arguments.ForName(arg) == nil {
						continue // a connection paged forwards only has no last
					}
					pages++
					sel := fmt.Sprintf("x: %s(%s%s: %d) { totalCount }", f.Name, argsBefore(args), arg, graph.MaxPage+1)
					errs = e.Do(staff, w(sel), vars, nil)
					if assert.Equal(t, []string{"PAGE_TOO_LARGE"}, reasons(errs), "%s(%s: %d): %v", name, arg, graph.MaxPage+1, errs) {
						refused++
					}
				}
				if pages > 0 && refused == pages {
					capped++
				}
			case f.Arguments.ForName("ids") != nil:
				errs = e.Do(staff, w(fmt.Sprintf("x: %s(ids: $ids) { __typename }", f.Name)), map[string]any{"ids": append(ids, "1")}, nil)
				if assert.Equal(t, []string{"TOO_MANY_IDS"}, reasons(errs), "%s with %d ids: %v", name, graph.MaxIDs+1, errs) {
					capped++
				}
			default:
				capped++ // by type, at execution: TestUnpaginatedListsAreCapped
			}
		}
	}
	t.Logf("connections: %d, lists of objects: %d (+%d edges, priced by their connection); priced: %d, capped: %d",
		connections, lists, edges, priced, capped)
	require.Equal(t, connections+lists, priced)
	require.Equal(t, connections+lists, capped)
	require.GreaterOrEqual(t, connections, 13, "the walk found the connections")
	require.GreaterOrEqual(t, lists, 11, "the walk found the lists")
}

func sortedTypeNames(s *ast.Schema) []string { return slices.Sorted(maps.Keys(s.Types)) }

// TestNestedConnectionsGetTheDefaultPageAndTheCap: a connection inside a
// list gets DefaultPage rows without first/last and refuses pages over
// MaxPage, like a top-level one; through fragments too.
func TestNestedConnectionsGetTheDefaultPageAndTheCap(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		bulk := make([]*gen.DocumentCreate, graph.DefaultPage+5)
		for i := range bulk {
			bulk[i] = e.App.Client.Document.Create().SetDomainID(e.Fixture.Deqing).SetOwnerKind("organization").SetOwnerID(e.Fixture.OrgA).
				SetCategory(document.CategoryOTHER).SetTitle(fmt.Sprintf("doc %d", i))
		}
		e.App.Client.Document.CreateBulk(bulk...).ExecX(ctx)
		staff := e.Login("staff")

		type docs struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
		var out struct {
			Organizations struct {
				Edges []struct{ Node struct{ Documents docs } }
			}
			Again struct {
				Edges []struct{ Node struct{ Documents docs } }
			}
		}
		e.MustDo(staff, `query($id: ID!) {
			organizations(where: {id: $id}) { edges { node { documents { totalCount edges { node { id } } } } } }
			again: organizations(where: {id: $id}) { edges { node { ...Docs } } }
		}
		fragment Docs on Organization { documents { totalCount edges { node { id } } } }`,
			map[string]any{"id": testenv.ID(e.Fixture.OrgA)}, &out)
		for _, got := range [][]struct{ Node struct{ Documents docs } }{out.Organizations.Edges, out.Again.Edges} {
			require.Len(t, got, 1)
			require.Equal(t, graph.DefaultPage+5, got[0].Node.Documents.TotalCount)
			require.Len(t, got[0].Node.Documents.Edges, graph.DefaultPage, "a nested connection without first/last gets the default page")
		}

		// The same operation again (from the query cache) still pages; an
		// explicit page is kept.
		var page struct {
			Node struct{ Documents docs }
		}
		e.MustDo(staff, `query($id: ID!, $n: Int) { node(id: $id) { ... on Organization { documents(first: $n) { totalCount edges { node { id } } } } } }`,
			map[string]any{"id": testenv.ID(e.Fixture.OrgA), "n": nil}, &page)
		require.Len(t, page.Node.Documents.Edges, graph.DefaultPage, "first: null is no page size")
		e.MustDo(staff, `query($id: ID!, $n: Int) { node(id: $id) { ... on Organization { documents(first: $n) { totalCount edges { node { id } } } } } }`,
			map[string]any{"id": testenv.ID(e.Fixture.OrgA), "n": 3}, &page)
		require.Len(t, page.Node.Documents.Edges, 3)
		e.MustDo(staff, `query($id: ID!) { node(id: $id) { ... on Organization { documents(last: 2) { edges { node { id } } } } } }`,
			map[string]any{"id": testenv.ID(e.Fixture.OrgA)}, &page)
		require.Len(t, page.Node.Documents.Edges, 2, "last alone is a page size")

		errs := e.Do(staff, `{ organizations(first: 1) { edges { node { documents(first: 201) { totalCount } } } } }`, nil, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "first", errs[0].Extensions["field"])
	})
}

// addMembersPastTheCap gives the fixture's organisation B one member more
// than an unpaginated list answers (graph.MaxPage).
func addMembersPastTheCap(e *testenv.Env) {
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	c := e.App.Client
	users := make([]*gen.UserCreate, graph.MaxPage+1)
	for i := range users {
		users[i] = c.User.Create().SetDomainID(e.Fixture.Deqing).SetUsername(fmt.Sprintf("member%03d", i)).
			SetDisplayName("member").SetPasswordHash("x")
	}
	created := c.User.CreateBulk(users...).SaveX(ctx)
	ms := make([]*gen.MembershipCreate, len(created))
	for i, u := range created {
		ms[i] = c.Membership.Create().SetDomainID(e.Fixture.Deqing).SetUserID(u.ID).SetOrganizationID(e.Fixture.OrgB)
	}
	c.Membership.CreateBulk(ms...).ExecX(ctx)
}

// TestUnpaginatedListsAreCapped: a list without pagination (here an
// organisation's members) answers at most MaxPage items, and says so.
func TestUnpaginatedListsAreCapped(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		addMembersPastTheCap(e)

		staff := e.Login("staff")
		var out struct {
			Node struct{ Memberships []struct{ ID string } }
		}
		r := e.Post(testenv.Request{Token: staff, Query: `query($id: ID!) { node(id: $id) { ... on Organization { memberships { id } } } }`,
			Vars: map[string]any{"id": testenv.ID(e.Fixture.OrgB)}})
		require.NoError(t, jsonUnmarshal(r.Data, &out))
		require.Len(t, out.Node.Memberships, graph.MaxPage)
		require.Equal(t, []string{"BAD_USER_INPUT"}, r.Errors.Codes())
		require.Equal(t, []string{"LIST_TRUNCATED"}, reasons(r.Errors))
		require.Equal(t, []any{"node", "memberships"}, r.Errors[0].Path)
	})
}

// TestArgumentsAreBounded: string and ID values, literal or variable, top
// level or inside an input object, and list inputs have a maximum length; a
// longer one is BAD_USER_INPUT naming the argument, not a database error.
func TestArgumentsAreBounded(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff := e.Login("staff")
		q := `query($w: OrganizationWhereInput) { organizations(where: $w) { totalCount } }`

		long := strings.Repeat("社", graph.MaxStringLength+1)
		errs := e.Do(staff, q, map[string]any{"w": map[string]any{"nameContains": long}}, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, []string{"VALUE_TOO_LONG"}, reasons(errs))
		require.Equal(t, "where.nameContains", errs[0].Extensions["field"])
		require.Contains(t, errs[0].Message, "where.nameContains")

		errs = e.Do(staff, `{ organizations(where: {or: [{town: "x"}, {nameContains: "`+long+`"}]}) { totalCount } }`, nil, nil)
		require.Equal(t, []string{"VALUE_TOO_LONG"}, reasons(errs))
		require.Equal(t, "where.or.nameContains", errs[0].Extensions["field"])

		// At the limit: an answer.
		var out struct{ Organizations struct{ TotalCount int } }
		e.MustDo(staff, q, map[string]any{"w": map[string]any{"nameContains": long[len("社"):]}}, &out)
		require.Zero(t, out.Organizations.TotalCount)

		errs = e.Do(staff, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": strings.Repeat("1", graph.MaxIDLength+1)}, nil)
		require.Equal(t, []string{"VALUE_TOO_LONG"}, reasons(errs))
		require.Equal(t, "id", errs[0].Extensions["field"])

		many := make([]string, graph.MaxInputList+1)
		for i := range many {
			many[i] = strconv.Itoa(i + 1)
		}
		errs = e.Do(staff, q, map[string]any{"w": map[string]any{"idIn": many}}, nil)
		require.Equal(t, []string{"LIST_TOO_LONG"}, reasons(errs))
		require.Equal(t, "where.idIn", errs[0].Extensions["field"])

		// In Chinese too.
		r := e.Post(testenv.Request{Token: staff, Query: q, Vars: map[string]any{"w": map[string]any{"nameContains": long}}, Language: "zh-CN"})
		require.Contains(t, r.Errors[0].Message, "最多")
	})
}

// TestWebAppOperationsFitTheLimits runs every operation of the web app
// (frontend/src/gql/gql.ts) with the page sizes the app uses: none may be
// refused as too costly or too large.
func TestWebAppOperationsFitTheLimits(t *testing.T) {
	src, err := os.ReadFile("../frontend/src/gql/gql.ts")
	require.NoError(t, err)
	body := string(src)
	start := strings.Index(body, "type Documents = {")
	require.GreaterOrEqual(t, start, 0)
	body = body[start : start+strings.Index(body[start:], "};")]
	frags := map[string]string{}
	var ops []string
	for _, m := range regexp.MustCompile(`(?m)^\s+("(?:[^"\\]|\\.)*"): typeof`).FindAllStringSubmatch(body, -1) {
		text, err := strconv.Unquote(m[1])
		require.NoError(t, err)
		doc, perr := parser.ParseQuery(&ast.Source{Input: text})
		require.Nil(t, perr)
		for _, f := range doc.Fragments {
			frags[f.Name] = text
		}
		if len(doc.Operations) == 1 && doc.Operations[0].Operation == ast.Query {
			ops = append(ops, text)
		}
	}
	require.NotEmpty(t, ops)
	s := graph.NewExecutableSchema(graph.Config{}).Schema()
	// The largest pages the app asks for through variables: lists page by
	// 20 or 25 rows (CursorPager), documents load up to 200.
	pageVar := map[string]int{"OrganizationDocuments": 200}

	e := testenv.New(t, testdb.Dialects()[0])
	staff := e.Login("staff")
	spread := regexp.MustCompile(`\.\.\.([A-Za-z]\w*)`)
	for _, op := range ops {
		need := map[string]bool{}
		var collect func(string)
		collect = func(text string) {
			for _, m := range spread.FindAllStringSubmatch(text, -1) {
				if f, ok := frags[m[1]]; ok && !need[m[1]] {
					need[m[1]] = true
					collect(f)
				}
			}
		}
		collect(op)
		full := op
		for n := range need {
			full += frags[n]
		}
		doc, perr := parser.ParseQuery(&ast.Source{Input: op})
		require.Nil(t, perr)
		o := doc.Operations[0]
		vars := map[string]any{}
		for _, v := range o.VariableDefinitions {
			switch {
			case v.Variable == "first" || v.Variable == "last":
				vars[v.Variable] = 25
				if n, ok := pageVar[o.Name]; ok {
					vars[v.Variable] = n
				}
			case v.Type.NonNull:
				vars[v.Variable] = variable(s, v.Type)
			}
		}
		errs := e.Do(staff, full, vars, nil)
		for _, er := range errs {
			assert.NotContains(t, []string{"QUERY_TOO_COSTLY", "PAGE_TOO_LARGE", "VALUE_TOO_LONG", "LIST_TOO_LONG"},
				er.Extensions["reason"], "%s: %s", o.Name, er.Message)
		}
	}
}

// variable makes a value of a required variable of type t.
func variable(s *ast.Schema, t *ast.Type) any {
	if t.Elem != nil {
		return []any{variable(s, t.Elem)}
	}
	def := s.Types[t.Name()]
	switch {
	case def.Kind == ast.Enum:
		return def.EnumValues[0].Name
	case def.Kind == ast.InputObject:
		m := map[string]any{}
		for _, f := range def.Fields {
			if f.Type.NonNull && f.DefaultValue == nil {
				m[f.Name] = variable(s, f.Type)
			}
		}
		return m
	}
	switch t.Name() {
	case "Int", "Float":
		return 1
	case "Boolean":
		return false
	case "Time":
		return "2024-01-01T00:00:00Z"
	}
	return "1"
}
