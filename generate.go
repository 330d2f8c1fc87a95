package main

// Code generation, in order: ent (client + graph/ent.graphqls), then gqlgen,
// then the rewrites of a few gqlgen runtime calls (graph/rewrite).
//go:generate go run ./ent/entc.go
//go:generate go tool gqlgen generate
//go:generate go run ./graph/rewrite
