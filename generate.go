package main

// Code generation, in order: ent (client + graph/ent.graphqls), then the
// rewrite pointing ent's nested-connection limit at internal/perparent, then
// gqlgen, then the rewrites of a few gqlgen runtime calls (graph/rewrite).
//go:generate go run ./ent/entc.go
//go:generate go run ./internal/perparent/rewrite
//go:generate go tool gqlgen generate
//go:generate go run ./graph/rewrite
