package main

// Code generation, in order: ent (client + graph/ent.graphqls), then gqlgen.
//go:generate go run ./ent/entc.go
//go:generate go tool gqlgen generate
