package letter

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// fakeWidth measures like a CJK font: full width for CJK characters and
// punctuation, half for Latin.
func fakeWidth(s string) float64 {
	var w float64
	for _, r := range s {
		if r < 0x2e80 && !strings.ContainsRune(closing+opening, r) {
			w += 0.5
		} else {
			w++
		}
	}
	return w
}

func TestUnits(t *testing.T) {
	t.Parallel()
	got := units("案号DQ-2026-000123，见《办法》（2025）第8条……完 ok.")
	want := []string{"案", "号", "DQ-2026-000123，", "见", "《办", "法》", "（2025）", "第", "8", "条……", "完", " ", "ok."}
	if !slices.Equal(got, want) {
		t.Fatalf("units =\n%q, want\n%q", got, want)
	}
}

func TestWrapKeepsPunctuationAndWords(t *testing.T) {
	t.Parallel()
	// 10 wide: "一二三四五六七八九" fills 9, so "十。" (2 wide) goes down
	// together rather than leaving 。 at the start of the next line.
	got := wrap("一二三四五六七八九十。甲乙（丙）", 10, 10, fakeWidth)
	want := []string{"一二三四五六七八九", "十。甲乙（丙）"}
	if !slices.Equal(got, want) {
		t.Errorf("wrap = %q, want %q", got, want)
	}
	// Latin words stay whole, spaces at breaks are dropped.
	got = wrap("see the Hatchery manual", 6, 6, fakeWidth)
	want = []string{"see the", "Hatchery", "manual"}
	if !slices.Equal(got, want) {
		t.Errorf("wrap = %q, want %q", got, want)
	}
	// A word longer than a line is cut, from where the line had got to.
	got = wrap("see https://example.gov.cn/verify/abc for it", 8, 8, fakeWidth)
	want = []string{"see https://exam", "ple.gov.cn/verif", "y/abc for it"}
	if !slices.Equal(got, want) {
		t.Errorf("wrap = %q, want %q", got, want)
	}
	// A first-line indent: the first line is shorter.
	got = wrap("一二三四五六", 2, 4, fakeWidth)
	want = []string{"一二", "三四五六"}
	if !slices.Equal(got, want) {
		t.Errorf("wrap with indent = %q, want %q", got, want)
	}
}

// TestWrapProperties wraps random mixed text and checks what every line
// must satisfy, whatever the text.
func TestWrapProperties(t *testing.T) {
	t.Parallel()
	pieces := []string{"中", "文", "字", "，", "。", "、", "（", "）", "《", "》", "“", "”", "……", "——",
		" ", "abc", "Hatchery", "2026", "DQ-2026-000123", "https://example.gov.cn/a/very/long/path"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		limit := 4 + float64(rng.IntN(20))
		lines := wrap(text, limit, limit, fakeWidth)
		// Only a unit wider than the line may be cut where the rules
		// forbid a break, and punctuation next to a space (or at the start)
		// has nothing to hold on to.
		rules := true
		for _, u := range units(text) {
			first, _ := utf8.DecodeRuneInString(u)
			rules = rules && fakeWidth(u) <= limit && !strings.ContainsRune(closing, first) && !strings.HasSuffix(u, " ")
		}
		if got, want := strings.Join(lines, ""), text; strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(want, " ", "") {
			t.Fatalf("wrap(%q, %v) lost or changed text: %q", text, limit, lines)
		}
		for i, line := range lines {
			if w := fakeWidth(line); w > limit && utf8.RuneCountInString(line) > 1 {
				t.Fatalf("wrap(%q, %v): line %q is %v wide", text, limit, line, w)
			}
			if line == "" || strings.HasPrefix(line, " ") || strings.HasSuffix(line, " ") {
				t.Fatalf("wrap(%q, %v): line %d is %q", text, limit, i, line)
			}
			first, _ := utf8.DecodeRuneInString(line)
			last, _ := utf8.DecodeLastRuneInString(line)
			if rules && i > 0 && strings.ContainsRune(closing, first) {
				t.Fatalf("wrap(%q, %v): line %q starts with closing punctuation", text, limit, line)
			}
			if rules && i < len(lines)-1 && strings.ContainsRune(opening, last) {
				t.Fatalf("wrap(%q, %v): line %q ends with opening punctuation", text, limit, line)
			}
		}
	}
}
