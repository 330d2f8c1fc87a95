package textfield_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/textfield"
)

func refusal(t *testing.T, err error) *textfield.Error {
	t.Helper()
	var e *textfield.Error
	require.True(t, errors.As(err, &e), "want a textfield.Error, got %v", err)
	return e
}

func TestLimitCountsCharacters(t *testing.T) {
	line := textfield.Line(200)
	require.NoError(t, line(strings.Repeat("德", 200)), "200 Chinese characters are 600 bytes and within 200 characters")
	e := refusal(t, line(strings.Repeat("德", 201)))
	require.Equal(t, 200, e.Max)
	require.Equal(t, 201, e.Len)
	en, zh := e.Describe("name")
	require.Equal(t, "name must be at most 200 characters long (it has 201)", en)
	require.Equal(t, "name不能超过200个字符（当前201个）", zh)
}

func TestRefusedCharacters(t *testing.T) {
	line, block := textfield.Line(50), textfield.Block(50)
	for _, r := range []rune{0, 0x1b, '\r', 0x7f, 0x85, 0x9f, 0x202a, 0x202e, 0x2066, 0x2069} {
		s := "ab" + string(r) + "c"
		for _, check := range []func(string) error{line, block} {
			e := refusal(t, check(s))
			require.Equal(t, r, e.Char)
			require.Equal(t, 3, e.Pos)
		}
	}
	en, zh := refusal(t, line("协会\u202e")).Describe("name")
	require.Equal(t, "name must not contain the control or text-direction character U+202E (character 3)", en)
	require.Contains(t, zh, "U+202E")

	// Line breaks and tabs only in multi-line text.
	for _, s := range []string{"a\nb", "a\tb", "a\u2028b"} {
		require.Error(t, line(s), "%q", s)
		require.NoError(t, block(s), "%q", s)
	}
	// What people do write passes: CJK, full-width punctuation, emoji,
	// the zero-width joiner inside emoji, Latin with accents.
	require.NoError(t, line("德清县（阳光）志愿者协会·第1分会 👩‍👩‍👧 Café"))
	require.True(t, refusal(t, line("a\xffb")).Invalid)
}

func TestClean(t *testing.T) {
	require.Equal(t, "Mozilla/5.0(X11)", textfield.Clean("Mozilla/5.0\t(X11)\x00\u202e", 100))
	require.Equal(t, "德清县", textfield.Clean("德清县阳光", 3))
	require.Equal(t, "ab", textfield.Clean("a\xffb", 10))
	require.NoError(t, textfield.Line(5)(textfield.Clean("a\tb\nc\u202ed\x1be\u0085fgh", 5)))
}
