package db

import (
	"strconv"
	"strings"

	"github.com/lib/pq"
)

// anyArrays rewrites the lists of bound integers in a PostgreSQL read,
// `"id" IN ($3, $4, $5)`, as one bound array each, `"id" = ANY($3)`, and
// renumbers the placeholders after them. ok is false, and query and args
// are to be used as they are, when there is no such list or the text is not
// in the form ent writes (placeholders $1, $2, … once each, in order).
//
// Why: ent's loaders read a page's edges with IN lists as long as the page
// has distinct keys, so one loader is a different statement for every
// length: each prepared anew on each connection, and each crowding the
// statement cache. And PostgreSQL plans a list of bound values for the
// values at hand whenever its plan for any values looks dearer than that
// plan plus the planning: for a small table (the incubator's spaces, the
// seats, the guidance officers) it read them anew on every request (0.06 to
// 0.18 ms of its CPU each). With one array, the statement is the same
// whatever the length, and PostgreSQL keeps one plan for it. The two forms
// mean the same, NULLs included; PostgreSQL turns an IN list into "= ANY"
// of an array itself.
//
// A NOT IN list stays as it is, as does a list holding anything but
// integers (ids are all ent binds in these lists on the hot reads).
func anyArrays(query string, args []any) (string, []any, bool) {
	if !strings.Contains(query, " IN ($") {
		return query, args, false
	}
	var (
		b       strings.Builder
		out     = make([]any, 0, len(args))
		next    = 1 // the placeholder ent writes next
		rewrote bool
	)
	b.Grow(len(query))
	for i := 0; i < len(query); {
		switch c := query[i]; {
		case c == '\'' || c == '"': // a literal or an identifier, to its closing quote
			end := strings.IndexByte(query[i+1:], c)
			if end < 0 {
				return query, args, false
			}
			b.WriteString(query[i : i+end+2])
			i += end + 2
		case c == ' ' && strings.HasPrefix(query[i:], " IN ($") && !strings.HasSuffix(query[:i], " NOT"):
			values, n, ok := intList(query[i+len(" IN ("):], next, args)
			if !ok {
				b.WriteByte(c)
				i++
				continue
			}
			out = append(out, values)
			b.WriteString(" = ANY($")
			b.WriteString(strconv.Itoa(len(out)))
			b.WriteByte(')')
			i += len(" IN (") + n
			next += len(values)
			rewrote = true
		case c == '$':
			k, n := number(query[i+1:])
			if n == 0 {
				b.WriteByte(c)
				i++
				continue
			}
			if k != next || k > len(args) {
				return query, args, false
			}
			out = append(out, args[k-1])
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(len(out)))
			i += 1 + n
			next++
		default:
			b.WriteByte(c)
			i++
		}
	}
	if !rewrote || next-1 != len(args) {
		return query, args, false
	}
	return b.String(), out, true
}

// intList reads "$k, $k+1, …, $m)" from s, the placeholders from first on
// in order, each bound to an integer in args. It returns their values and
// how many bytes of s the list took, its closing parenthesis included.
func intList(s string, first int, args []any) (pq.Int64Array, int, bool) {
	var values pq.Int64Array
	for i, want := 0, first; ; want++ {
		if i >= len(s) || s[i] != '$' {
			return nil, 0, false
		}
		k, n := number(s[i+1:])
		if n == 0 || k != want || k > len(args) {
			return nil, 0, false
		}
		switch v := args[k-1].(type) {
		case int:
			values = append(values, int64(v))
		case int64:
			values = append(values, v)
		default:
			return nil, 0, false
		}
		i += 1 + n
		switch {
		case strings.HasPrefix(s[i:], ")"):
			return values, i + 1, true
		case strings.HasPrefix(s[i:], ", "):
			i += 2
		default:
			return nil, 0, false
		}
	}
}

// number reads the decimal number at the start of s and how many bytes it
// took (0 when s starts with no digit).
func number(s string) (int, int) {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' && n < 9 {
		n++
	}
	if n == 0 {
		return 0, 0
	}
	k, _ := strconv.Atoi(s[:n])
	return k, n
}
