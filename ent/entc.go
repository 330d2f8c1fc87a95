//go:build ignore

// Command entc generates the ent client and the entgql GraphQL schema
// (graph/ent.graphqls) from ent/schema. Run through `go generate ./...`.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithConfigPath("gqlgen.yml"),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("graph/ent.graphqls"),
		entgql.WithWhereInputs(true),
		entgql.WithNodeDescriptor(false),
		entgql.WithSchemaHook(noEdgePredicates),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./ent/schema", &gen.Config{
		Package: "hatchery/ent",
		Target:  "ent",
		// First, so that entgql's hooks see the where inputs already cut.
		Hooks: []gen.Hook{onlyListedFilters},
		Features: []gen.Feature{
			gen.FeaturePrivacy,
			gen.FeatureEntQL,
			gen.FeatureGlobalID,
			gen.FeatureVersionedMigration,
			gen.FeatureLock,
			gen.FeatureModifier,
			gen.FeatureExecQuery,
			gen.FeatureUpsert,
			gen.FeatureIntercept,
		},
	}, entc.Extensions(ex))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}

// onlyListedFilters leaves in entgql's where inputs only the fields each
// schema lists in its schema.Filters annotation (see ent/schema/filters.go
// for why; noEdgePredicates removes the edges). A listed field that does not exist stops
// generation, so a typo cannot silently drop a filter the web app uses.
func onlyListedFilters(next gen.Generator) gen.Generator {
	return gen.GenerateFunc(func(g *gen.Graph) error {
		for _, n := range g.Nodes {
			var listed struct{ Fields []string }
			if raw, ok := n.Annotations["Filters"]; ok {
				b, err := json.Marshal(raw)
				if err != nil {
					return err
				}
				if err := json.Unmarshal(b, &listed); err != nil {
					return err
				}
			}
			for _, name := range listed.Fields {
				if !slices.ContainsFunc(n.Fields, func(f *gen.Field) bool { return f.Name == name }) {
					return fmt.Errorf("%s: schema.Filters names %q, which is not a field", n.Name, name)
				}
			}
			for _, f := range n.Fields {
				if !slices.Contains(listed.Fields, f.Name) {
					if err := skipWhere(&f.Annotations); err != nil {
						return err
					}
				}
			}
		}
		return next.Generate(g)
	})
}

// skipWhere adds entgql.SkipWhereInput to an annotation set.
func skipWhere(ants *gen.Annotations) error {
	if *ants == nil {
		*ants = gen.Annotations{}
	}
	ant := entgql.Annotation{}
	if raw, ok := (*ants)[ant.Name()]; ok {
		if err := ant.Decode(raw); err != nil {
			return err
		}
	}
	ant.Skip |= entgql.SkipWhereInput
	(*ants)[ant.Name()] = ant
	return nil
}

// noEdgePredicates removes the edge predicates (hasX, hasXWith) from every
// where input of the GraphQL schema: their joins reach rows privacy never
// sees. (entgql's SkipWhereInput on an edge would also drop the where
// argument of the edge's connection, e.g. Organization.documents(where:),
// which is safe: those rows are read through the target's privacy.) The Go
// where-input structs keep the fields, unreachable from the API.
func noEdgePredicates(g *gen.Graph, s *ast.Schema) error {
	camel := gen.Funcs["camel"].(func(string) string)
	for _, n := range g.Nodes {
		ant := entgql.Annotation{}
		if raw, ok := n.Annotations[ant.Name()]; ok {
			if err := ant.Decode(raw); err != nil {
				return err
			}
		}
		name := n.Name
		if ant.Type != "" {
			name = ant.Type
		}
		input := s.Types[name+"WhereInput"]
		if input == nil {
			continue
		}
		for _, e := range n.Edges {
			drop := []string{camel("has_" + e.Name), camel("has_" + e.Name + "_with")}
			input.Fields = slices.DeleteFunc(input.Fields, func(f *ast.FieldDefinition) bool {
				return slices.Contains(drop, f.Name)
			})
		}
	}
	return nil
}
