package money

import "testing"

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
