package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// The two servers spell some values differently: PostGraphile sends
// bigint columns as strings and timestamps with microseconds and an
// offset; Hatchery sends Int as a number, Time in RFC 3339 and money as
// yuan with two decimals (stored as fen). These helpers bring both to one
// spelling before the answers are compared.

// text is a JSON string, number or null, kept as its text ("" for null).
type text string

func (t *text) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		*t = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*t = text(s)
		return nil
	}
	*t = text(b)
	return nil
}

// when is a timestamp in UTC, RFC 3339 ("" for none).
func when(t text) string {
	if t == "" {
		return ""
	}
	v, err := time.Parse(time.RFC3339Nano, string(t))
	if err != nil {
		return "unparsed " + string(t)
	}
	return v.UTC().Format(time.RFC3339)
}

// yuan writes an amount in fen as Hatchery's Money does ("41000.00").
func yuan(fen text) string {
	var v int64
	if _, err := fmt.Sscan(string(fen), &v); err != nil {
		return "unparsed " + string(fen)
	}
	return fmt.Sprintf("%d.%02d", v/100, v%100)
}

// sameRows fails unless a's and b's rows (each reduced to one line) are
// equal, in order, and there are edges of them; it shows the first row
// that differs.
func sameRows(a, b *target, ra, rb []string, edges int) error {
	if len(ra) != edges {
		return fmt.Errorf("%s answered %d rows, want %d", a.name, len(ra), edges)
	}
	if slices.Equal(ra, rb) {
		return nil
	}
	for i := range ra {
		if i >= len(rb) || ra[i] != rb[i] {
			other := "(none)"
			if i < len(rb) {
				other = rb[i]
			}
			return fmt.Errorf("%s and %s answer differently at row %d of %d/%d:\n  %s\n  %s",
				a.name, b.name, i+1, len(ra), len(rb), ra[i], other)
		}
	}
	return fmt.Errorf("%s answered %d rows, %s %d", a.name, len(ra), b.name, len(rb))
}

// row joins a row's fields into its line.
func row(fields ...any) string {
	s := make([]string, len(fields))
	for i, f := range fields {
		s[i] = fmt.Sprint(f)
	}
	return strings.Join(s, " | ")
}
