package depthlimit

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

const schemaSDL = `
type Query {
	user(id: ID!): User
	node(id: ID!): Node
	version: String
}
interface Node { id: ID! }
type User implements Node {
	id: ID!
	name: String
	friends: [User!]!
	org: Org
}
type Org implements Node {
	id: ID!
	name: String
	members: [User!]!
}
`

func loadSchema(t *testing.T) *ast.Schema {
	t.Helper()
	s, err := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: schemaSDL})
	require.NoError(t, err)
	return s
}

// opContext parses and validates query like gqlgen does and returns the
// resulting operation context, so the spread definitions are linked exactly
// as in production.
func opContext(t *testing.T, schema *ast.Schema, query, opName string) *graphql.OperationContext {
	t.Helper()
	doc, errs := gqlparser.LoadQuery(schema, query)
	require.Empty(t, errs, "query must be valid")
	return &graphql.OperationContext{
		RawQuery:      query,
		OperationName: opName,
		Doc:           doc,
		Operation:     doc.Operations.ForName(opName),
	}
}

func TestDepth(t *testing.T) {
	schema := loadSchema(t)
	tests := []struct {
		name  string
		query string
		want  int
	}{
		{"scalar", `{ version }`, 1},
		{"typename only", `{ __typename }`, 1},
		{"typename nested", `{ user(id: 1) { __typename } }`, 2},
		{"one object", `{ user(id: 1) { name } }`, 2},
		{"widest branch does not matter", `{ version user(id: 1) { name org { name } } }`, 3},
		{"recursive relation", `{ user(id: 1) { friends { friends { friends { name } } } } }`, 5},
		{"deepest of several branches", `{
			a: user(id: 1) { friends { name } }
			b: user(id: 2) { org { members { org { name } } } }
		}`, 5},
		{"named fragment", `
			query { user(id: 1) { ...F } }
			fragment F on User { friends { org { name } } }`, 4},
		{"nested fragments", `
			query { user(id: 1) { ...A } }
			fragment A on User { friends { ...B } }
			fragment B on User { org { members { name } } }`, 5},
		{"fragment reused at different depths", `
			query { user(id: 1) { ...N friends { friends { ...N } } } }
			fragment N on User { org { name } }`, 5},
		{"inline fragment", `{
			node(id: 1) {
				id
				... on User { friends { name } }
				... on Org { members { org { name } } }
			}
		}`, 4},
		{"inline fragment without type condition", `{ user(id: 1) { ... { org { name } } } }`, 3},
		{"skip directive still counted", `{ user(id: 1) { org @skip(if: true) { members { name } } } }`, 4},
		{"introspection", `{ __schema { types { fields { type { name } } } } }`, 5},
		{"full introspection", introspectionQuery, 13},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rc := opContext(t, schema, tt.query, "")
			require.Equal(t, tt.want, Depth(rc.Doc, rc.Operation))
		})
	}
}

func TestDepthSelectsOperation(t *testing.T) {
	schema := loadSchema(t)
	query := `
		query Shallow { version }
		query Deep { user(id: 1) { friends { org { name } } } }`
	rc := opContext(t, schema, query, "Deep")
	require.Equal(t, 4, Depth(rc.Doc, rc.Operation))

	l := Limit{Max: 2}
	require.NotNil(t, l.MutateOperationContext(context.Background(), rc))

	// The fallback lookup by name must pick the same operation gqlgen would.
	rc.Operation = nil
	rc.OperationName = "Shallow"
	require.Nil(t, l.MutateOperationContext(context.Background(), rc))
	rc.OperationName = "Deep"
	require.NotNil(t, l.MutateOperationContext(context.Background(), rc))

	// No operation to measure: leave the error to the executor.
	rc.OperationName = "Missing"
	require.Nil(t, l.MutateOperationContext(context.Background(), rc))
	require.Equal(t, 0, Depth(rc.Doc, nil))
}

// Cyclic fragments are rejected by validation, so these documents are only
// parsed. Depth must still terminate and count the fields it did see.
func TestDepthFragmentCycles(t *testing.T) {
	tests := []struct {
		name  string
		query string
		want  int
	}{
		{"self", `
			query { user(id: 1) { ...A } }
			fragment A on User { friends { ...A } }`, 2},
		{"two fragments", `
			query { user(id: 1) { ...A } }
			fragment A on User { friends { ...B } }
			fragment B on User { org { members { ...A } } }`, 4},
		{"unknown fragment", `query { user(id: 1) { ...Nope name } }`, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parser.ParseQuery(&ast.Source{Input: tt.query})
			require.NoError(t, err)
			done := make(chan int, 1)
			go func() { done <- Depth(doc, doc.Operations[0]) }()
			select {
			case d := <-done:
				require.Equal(t, tt.want, d)
			case <-time.After(5 * time.Second):
				require.FailNow(t, "Depth did not terminate on a fragment cycle")
			}
		})
	}
}

// A chain of fragments where each spreads the next twice has 2^n paths;
// walking them all would never finish for n = 60.
func TestDepthFragmentFanOut(t *testing.T) {
	const n = 60
	var b strings.Builder
	b.WriteString("query { user(id: 1) { ...F0 } }\n")
	for i := range n {
		fmt.Fprintf(&b, "fragment F%d on User { friends { ...F%d } org { members { ...F%d } } }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on User { name }\n", n)
	doc, err := parser.ParseQuery(&ast.Source{Input: b.String()})
	require.NoError(t, err)

	done := make(chan int, 1)
	go func() { done <- Depth(doc, doc.Operations[0]) }()
	select {
	case d := <-done:
		// user, then per fragment the deeper branch org.members (2), then name.
		require.Equal(t, 1+2*n+1, d)
	case <-time.After(5 * time.Second):
		require.FailNow(t, "Depth is exponential in the number of fragments")
	}
}

func TestMutateOperationContext(t *testing.T) {
	schema := loadSchema(t)
	query := `{ user(id: 1) { friends { friends { name } } } }` // depth 4

	require.Nil(t, Limit{Max: 4}.MutateOperationContext(context.Background(), opContext(t, schema, query, "")))
	require.Nil(t, Limit{Max: 10}.MutateOperationContext(context.Background(), opContext(t, schema, query, "")))

	gerr := Limit{Max: 3}.MutateOperationContext(context.Background(), opContext(t, schema, query, ""))
	require.NotNil(t, gerr)
	require.Equal(t, "query depth 4 exceeds the limit of 3", gerr.Message)
	require.Equal(t, "BAD_USER_INPUT", gerr.Extensions["code"])
}

func TestValidateAndName(t *testing.T) {
	require.Equal(t, "DepthLimit", Limit{}.ExtensionName())
	require.Error(t, Limit{Max: 0}.Validate(nil))
	require.Error(t, Limit{Max: -1}.Validate(nil))
	require.NoError(t, Limit{Max: 1}.Validate(nil))
}

// Running through gqlgen's executor checks that Limit is wired in as an
// operation context mutator and that its error reaches the client.
func TestWithExecutor(t *testing.T) {
	schema := loadSchema(t)
	es := &graphql.ExecutableSchemaMock{SchemaFunc: func() *ast.Schema { return schema }}

	newExec := func(limit int) *executor.Executor {
		e := executor.New(es)
		e.Use(Limit{Max: limit})
		return e
	}
	run := func(e *executor.Executor, query string) error {
		ctx := graphql.StartOperationTrace(context.Background())
		_, errs := e.CreateOperationContext(ctx, &graphql.RawParams{Query: query})
		if len(errs) == 0 {
			return nil
		}
		return errs
	}

	require.NoError(t, run(newExec(15), introspectionQuery))
	require.NoError(t, run(newExec(13), introspectionQuery))

	err := run(newExec(12), introspectionQuery)
	require.ErrorContains(t, err, "query depth 13 exceeds the limit of 12")

	e := newExec(2)
	require.NoError(t, run(e, `{ user(id: 1) { name } }`))
	err = run(e, `{ user(id: 1) { org { name } } }`)
	require.ErrorContains(t, err, "query depth 3 exceeds the limit of 2")

	require.Panics(t, func() { executor.New(es).Use(Limit{}) }, "Max 0 must be refused at registration")
}

// introspectionQuery has the shape GraphQL IDEs send to discover a schema;
// TypeRef unwraps up to seven levels of list/non-null wrappers.
const introspectionQuery = `
query IntrospectionQuery {
	__schema {
		queryType { name }
		mutationType { name }
		subscriptionType { name }
		types { ...FullType }
		directives {
			name
			description
			locations
			args { ...InputValue }
		}
	}
}

fragment FullType on __Type {
	kind
	name
	description
	fields(includeDeprecated: true) {
		name
		description
		args { ...InputValue }
		type { ...TypeRef }
		isDeprecated
		deprecationReason
	}
	inputFields { ...InputValue }
	interfaces { ...TypeRef }
	enumValues(includeDeprecated: true) {
		name
		description
		isDeprecated
		deprecationReason
	}
	possibleTypes { ...TypeRef }
}

fragment InputValue on __InputValue {
	name
	description
	type { ...TypeRef }
	defaultValue
}

fragment TypeRef on __Type {
	kind
	name
	ofType { kind name
		ofType { kind name
			ofType { kind name
				ofType { kind name
					ofType { kind name
						ofType { kind name
							ofType { kind name }
						}
					}
				}
			}
		}
	}
}
`
