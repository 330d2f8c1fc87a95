// Package money holds amounts of money exactly: integer fen (1/100 yuan)
// in storage and in Go, a decimal string of yuan ("12500.00") in GraphQL,
// never a float. Parse refuses anything that is not a non-negative amount
// with at most two decimals, so a client cannot round money by accident.
package money

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
)

// maxYuan bounds an amount (a hundred billion yuan) so fen fit an int64
// with room for sums.
const maxYuan = 100_000_000_000

var amount = regexp.MustCompile(`^(0|[1-9][0-9]{0,11})(\.[0-9]{1,2})?$`)

// Parse reads a decimal string of yuan ("12500", "12500.5", "12500.50")
// as fen.
func Parse(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if !amount.MatchString(s) {
		return 0, fmt.Errorf("%q is not an amount of yuan with at most two decimals, e.g. 12500.00", s)
	}
	whole, frac, _ := strings.Cut(s, ".")
	y, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || y > maxYuan {
		return 0, fmt.Errorf("%q is more than %d yuan", s, maxYuan)
	}
	for len(frac) < 2 {
		frac += "0"
	}
	f, _ := strconv.ParseInt(frac, 10, 64)
	return y*100 + f, nil
}

// Format writes fen as yuan with two decimals.
func Format(fen int64) string {
	sign := ""
	if fen < 0 {
		sign, fen = "-", -fen
	}
	return fmt.Sprintf("%s%d.%02d", sign, fen/100, fen%100)
}

// MarshalMoney is the GraphQL Money scalar's output: a JSON string.
func MarshalMoney(fen int64) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(Format(fen)))
	})
}

// UnmarshalMoney is the Money scalar's input: a decimal string only (a
// JSON number would already have passed through a float).
func UnmarshalMoney(v any) (int64, error) {
	s, ok := v.(string)
	if !ok {
		return 0, fmt.Errorf("money must be a string of yuan, e.g. \"12500.00\", not %T", v)
	}
	return Parse(s)
}
