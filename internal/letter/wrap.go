package letter

import (
	"strings"
	"unicode"
)

// Line breaking for Chinese text with some Latin in it (names, codes, URLs).
//
// Chinese may break between any two characters, with two exceptions that
// readers notice (GB/T 15834, the "避头尾" rule): closing punctuation such
// as ，。）」 never starts a line, and opening punctuation such as （「 never
// ends one. Latin words and numbers (a credit code, "DQ-2026-000123") are
// kept together unless one is longer than a whole line. So the text is cut
// into units that may not be broken, and lines are filled greedily with
// units, measured with the font.

// closing and opening are the punctuation glued to the unit before and
// after them. The dash and ellipsis are closing too: they must not be split
// (——, ……) nor start a line.
const (
	closing = "，。、；：？！）》」』】〕〉”’…—·%"
	opening = "（《「『【〔〈“‘"
)

// units cuts one paragraph into unbreakable units: a Latin word (a run of
// anything but spaces below the CJK blocks), a single space, or a single
// other character, with punctuation glued on as described above.
func units(s string) []string {
	var raw []string
	word := -1 // start of the current Latin word in s, or -1
	for i, r := range s {
		if isWordRune(r) {
			if word < 0 {
				word = i
			}
			continue
		}
		if word >= 0 {
			raw = append(raw, s[word:i])
			word = -1
		}
		raw = append(raw, string(r))
	}
	if word >= 0 {
		raw = append(raw, s[word:])
	}

	out := make([]string, 0, len(raw))
	pending := "" // opening punctuation waiting for the unit it belongs to
	for _, u := range raw {
		switch {
		case strings.Contains(closing, u) && pending == "" && len(out) > 0 && out[len(out)-1] != " ":
			out[len(out)-1] += u
		case strings.Contains(opening, u):
			pending += u
		default:
			out = append(out, pending+u)
			pending = ""
		}
	}
	if pending != "" {
		out = append(out, pending)
	}
	return out
}

// isWordRune reports whether r belongs in a Latin word: anything before
// the CJK blocks (U+2E80) that is neither a space nor CJK punctuation.
func isWordRune(r rune) bool {
	return r < 0x2e80 && !unicode.IsSpace(r) &&
		!strings.ContainsRune(closing, r) && !strings.ContainsRune(opening, r)
}

// wrap fills lines with the units of text: the first line at most first
// wide, the others at most rest, as measured by width. Spaces at a break
// are dropped. A unit wider than a whole line is broken between characters.
func wrap(text string, first, rest float64, width func(string) float64) []string {
	var (
		lines []string
		line  strings.Builder
		w     float64
		limit = first
	)
	flush := func() {
		lines = append(lines, strings.TrimRight(line.String(), " "))
		line.Reset()
		w, limit = 0, rest
	}
	add := func(u string, uw float64) {
		line.WriteString(u)
		w += uw
	}
	const slack = 1e-6 // measured widths are sums of floats
	for _, u := range units(text) {
		if u == " " && line.Len() == 0 {
			continue
		}
		uw := width(u)
		switch {
		case w+uw <= limit+slack:
			add(u, uw)
		case u == " ":
			flush()
		case uw <= rest+slack:
			flush()
			add(u, uw)
		default: // longer than a line: a URL, a long number
			for _, r := range u {
				rw := width(string(r))
				if w+rw > limit+slack && line.Len() > 0 {
					flush()
				}
				add(string(r), rw)
			}
		}
	}
	if line.Len() > 0 {
		flush()
	}
	return lines
}
