package db

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/lib/pq"

	"hatchery/ent"
)

// reshape rewrites a PostgreSQL read so that its text is its shape and its
// arguments are what varies from one call to the next, in two ways:
//
//   - each list of bound integers, `"id" IN ($3, $4, $5)`, becomes one bound
//     array, `"id" = ANY($3)`;
//   - each bound value of an enum (isEnum) is written into the text as a
//     literal, `"status" <> 'DRAFT'`.
//
// The placeholders after them are renumbered. ok is false, and query and
// args are to be used as they are, when there is nothing to rewrite or the
// text is not in the form ent writes (placeholders $1, $2, … once each, in
// order).
//
// Why the arrays: ent's loaders read a page's edges with IN lists as long
// as the page has distinct keys, so one loader is a different statement for
// every length: each prepared anew on each connection, and each crowding
// the statement cache. And PostgreSQL plans a list of bound values for the
// values at hand whenever its plan for any values looks dearer than that
// plan plus the planning: for a small table (the incubator's spaces, the
// seats, the guidance officers) it read them anew on every request (0.06 to
// 0.18 ms of its CPU each). With one array, the statement is the same
// whatever the length, and PostgreSQL keeps one plan for it. The two forms
// mean the same, NULLs included; PostgreSQL turns an IN list into "= ANY"
// of an array itself.
//
// Why the enums: an enum in a read is nearly always the code's own
// constant (a proposal that is not a draft, a case not withdrawn), not the
// user's value, and PostgreSQL's plan for a bound value must suit any
// value: it takes a status to match a quarter of the rows when it has four,
// where the one the code asks for may match a fiftieth. So its plan for any
// values looked dearer than the plan it made for the values at hand, and it
// planned the statement again at every run. The ranked proposals' read did
// so: 0.65 ms of planning a request against 0.15 of running it (county
// data; PostgreSQL's log). With the values in the text, the plan for any
// values is the one for these, and PostgreSQL keeps it. An enum has few
// values, so the shapes stay few; a user's choice among them is a shape
// each.
//
// A NOT IN list stays as it is, as does a list holding anything but
// integers (ids are all ent binds in these lists on the hot reads).
func reshape(query string, args []any) (string, []any, bool) {
	if !strings.Contains(query, " IN ($") && !slices.ContainsFunc(args, isEnum) {
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
			if lit, ok := enumLiteral(args[k-1]); ok {
				b.WriteString(lit)
				i += 1 + n
				next++
				rewrote = true
				continue
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

// entPackages is where ent writes the packages of the generated types: an
// enum field's type is declared in its entity's package there.
var entPackages = reflect.TypeFor[ent.Client]().PkgPath() + "/"

// enumValues is what a schema's own enum type has (ent's field.EnumValues),
// when a field declares it with GoType.
type enumValues interface{ Values() []string }

// isEnum tells a value of an enum field's type: one ent generated, or one
// a schema gave an enum field. Both are named string types, so reflect
// reads them: a plain string, or any other named string, is not one.
func isEnum(v any) bool {
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.String {
		return false
	}
	if _, ok := v.(enumValues); ok {
		return true
	}
	return strings.HasPrefix(t.PkgPath(), entPackages)
}

// enumLiteral writes an enum's value as an SQL literal, when its text needs
// no quoting: letters, digits and underscores, as every value in the schema
// is. Anything else stays bound.
func enumLiteral(v any) (string, bool) {
	if !isEnum(v) {
		return "", false
	}
	s := reflect.ValueOf(v).String()
	if s == "" || strings.ContainsFunc(s, func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_')
	}) {
		return "", false
	}
	return "'" + s + "'", true
}
