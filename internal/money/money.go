// Package money holds amounts of money exactly: integer fen (1/100 yuan)
// in storage and in Go, a decimal string of yuan ("12500.00") in GraphQL,
// never a float. Parse refuses anything that is not a non-negative amount
// with at most two decimals, so a client cannot round money by accident.
package money

import (
	"bytes"
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
func Format(fen int64) string { return string(AppendFormat(nil, fen)) }

// AppendFormat appends fen as yuan with two decimals ("-12500.05") to b.
func AppendFormat(b []byte, fen int64) []byte {
	// In unsigned arithmetic, so that the most negative int64 has a
	// magnitude too.
	u := uint64(fen)
	if fen < 0 {
		b = append(b, '-')
		u = -u
	}
	b = strconv.AppendUint(b, u/100, 10)
	return append(b, '.', byte('0'+u%100/10), byte('0'+u%10))
}

// MarshalMoney is the GraphQL Money scalar's output: a JSON string.
func MarshalMoney(fen int64) graphql.Marshaler { return amountOut(fen) }

// amountOut is an amount waiting to be written: one allocation (the int64
// in an interface) where a closure over Format and strconv.Quote cost
// three, on every amount of a ranking or a ledger.
type amountOut int64

func (a amountOut) MarshalGQL(w io.Writer) {
	// The executor writes the response into a bytes.Buffer: append to its
	// spare capacity (a buffer of our own would escape to the heap).
	if b, ok := w.(*bytes.Buffer); ok {
		_, _ = b.Write(appendQuoted(b.AvailableBuffer(), int64(a)))
		return
	}
	var buf [32]byte
	_, _ = w.Write(appendQuoted(buf[:0], int64(a)))
}

// appendQuoted is the amount in double quotes: digits, a sign and a point
// need no escaping.
func appendQuoted(b []byte, fen int64) []byte {
	return append(AppendFormat(append(b, '"'), fen), '"')
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
