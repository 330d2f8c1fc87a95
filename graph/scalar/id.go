// Package scalar holds the GraphQL scalar bindings whose parse errors must
// reach the client as BAD_USER_INPUT rather than as internal errors.
package scalar

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"hatchery/internal/apperr"
)

// MarshalIntID writes an ent id (a globally unique int) as a GraphQL ID string.
func MarshalIntID(id int) graphql.Marshaler { return intID(id) }

// intID is an id waiting to be written. Every row of every list has one or
// more; written through a closure, as gqlgen's built-in scalars are, each
// cost three allocations (the closure, the digits and the quoted copy),
// where the int in an interface costs one.
type intID int

func (id intID) MarshalGQL(w io.Writer) {
	// The executor writes the response into a bytes.Buffer: append the
	// digits to its spare capacity rather than to a buffer of our own,
	// which escaping into the io.Writer call would put on the heap.
	if b, ok := w.(*bytes.Buffer); ok {
		_, _ = b.Write(appendQuoted(b.AvailableBuffer(), id))
		return
	}
	var buf [24]byte
	_, _ = w.Write(appendQuoted(buf[:0], id))
}

// appendQuoted is the id in decimal digits, in double quotes: the digits
// need no escaping.
func appendQuoted(b []byte, id intID) []byte {
	b = append(b, '"')
	b = strconv.AppendInt(b, int64(id), 10)
	return append(b, '"')
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
