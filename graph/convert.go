package graph

// deref copies a list of gqlgen input pointers into values.
func deref[T any](in []*T) []T {
	out := make([]T, 0, len(in))
	for _, p := range in {
		if p != nil {
			out = append(out, *p)
		}
	}
	return out
}

// str is the string an optional argument holds, or "".
func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
