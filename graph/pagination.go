package graph

import "hatchery/internal/apperr"

// Page sizes: a list without first/last gets DefaultPage rows, never the
// whole table; no page is larger than MaxPage.
const (
	DefaultPage = 20
	MaxPage     = 200
)

// page bounds the Relay page arguments.
func page(first, last *int) (*int, *int, error) {
	for _, n := range []*int{first, last} {
		if n != nil && (*n < 0 || *n > MaxPage) {
			return nil, nil, apperr.Invalidf("first", "page size must be between 0 and %d", "每页条数应在 0 到 %d 之间", MaxPage)
		}
	}
	if first == nil && last == nil {
		n := DefaultPage
		first = &n
	}
	return first, last, nil
}
