package money

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	good := map[string]int64{"0": 0, "1": 100, "12500.5": 1250050, "12500.05": 1250005, "0.01": 1}
	for s, want := range good {
		got, err := Parse(s)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %d, %v; want %d", s, got, err, want)
		}
		if back, _ := Parse(Format(got)); back != got {
			t.Errorf("Format(%d) = %q does not parse back", got, Format(got))
		}
	}
	for _, s := range []string{"", "-1", "1.234", "1e3", "01", "1,000", "0x10", "1.", "9999999999999"} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) succeeded", s)
		}
	}
}

func TestUnmarshalRefusesNumbers(t *testing.T) {
	if _, err := UnmarshalMoney(12.5); err == nil {
		t.Fatal("a JSON number was accepted as money")
	}
	if got := Format(-150); got != "-1.50" {
		t.Fatalf("Format(-150) = %q", got)
	}
}

// Amounts are written as Sprintf("%d.%02d") of yuan and fen wrote them,
// with the sign in front, and as a quoted JSON string into any writer.
func TestFormatAndMarshal(t *testing.T) {
	cases := map[int64]string{
		0: "0.00", 1: "0.01", 10: "0.10", 99: "0.99", 100: "1.00", 1250005: "12500.05",
		-1: "-0.01", -150: "-1.50", -1250050: "-12500.50",
		10_000_000_000_000: "100000000000.00",
		math.MaxInt64:      "92233720368547758.07",
		math.MinInt64:      "-92233720368547758.08",
	}
	for fen, want := range cases {
		if got := Format(fen); got != want {
			t.Errorf("Format(%d) = %q, want %q", fen, got, want)
		}
		var buf bytes.Buffer
		buf.WriteString("x")
		MarshalMoney(fen).MarshalGQL(&buf)
		if got := buf.String(); got != "x"+strconv.Quote(want) {
			t.Errorf("MarshalMoney(%d) into a buffer wrote %s", fen, got)
		}
		var sb strings.Builder
		MarshalMoney(fen).MarshalGQL(&sb)
		if got := sb.String(); got != strconv.Quote(want) {
			t.Errorf("MarshalMoney(%d) into a writer wrote %s", fen, got)
		}
	}
}
