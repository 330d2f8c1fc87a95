package main

// Code generation, in order: ent (client + graph/ent.graphqls), then gqlgen,
// then the rewrite of gqlgen's list marshalling (graph/sequential).
//go:generate go run ./ent/entc.go
//go:generate go tool gqlgen generate
//go:generate go run ./graph/sequential
