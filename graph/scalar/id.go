// Package scalar holds the GraphQL scalar bindings whose parse errors must
// reach the client as BAD_USER_INPUT rather than as internal errors.
package scalar

import (
	"encoding/json"
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"hatchery/internal/apperr"
)

// MarshalIntID writes an ent id (a globally unique int) as a GraphQL ID string.
func MarshalIntID(id int) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(strconv.Itoa(id)))
	})
}

// UnmarshalIntID reads a GraphQL ID (string or number) as an ent id.
func UnmarshalIntID(v any) (int, error) {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case json.Number:
		s = x.String()
	case int:
		return x, nil
	case int64:
		return int(x), nil
	default:
		return 0, badID(v)
	}
	id, err := strconv.Atoi(s)
	if err != nil || id < 0 {
		return 0, badID(v)
	}
	return id, nil
}

func badID(v any) error {
	return apperr.Invalidf("", "%v is not a valid ID", "%v 不是有效的 ID", v)
}
