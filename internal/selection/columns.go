// Package selection holds what the programmes' list queries share about
// reading only the columns a GraphQL query asks for (graph's
// selectedColumns finds those).
package selection

import "slices"

// Columns is the columns a query reads: those a service needs itself
// (need: its keys, and what it computes with), then those the caller asked
// for, each once. Callers pass it only a non-nil asked list: nil means the
// caller reads every column, and the query should not narrow at all.
func Columns(asked []string, need ...string) []string {
	for _, c := range asked {
		if !slices.Contains(need, c) {
			need = append(need, c)
		}
	}
	return need
}
