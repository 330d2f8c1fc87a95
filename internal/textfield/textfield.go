// Package textfield is the one rule every text an entity stores follows:
// its limit counts characters (runes), not bytes, so a Chinese name gets as
// many characters as a Latin one, and it holds no character that does not
// print: C0 and C1 controls, DEL, and the bidirectional overrides and
// isolates (U+202A–U+202E, U+2066–U+2069), which hide or reorder what a name
// shows (U+202E turns "gpj.exe" into "exe.jpg"). Multi-line text
// (descriptions, notes, reasons, comments) may also hold \n and \t.
//
// ent/schema attaches Line or Block to every string field as a validator;
// ent/schema's TestEveryStringFieldHasTheTextRule fails on a field without.
package textfield

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"hatchery/internal/apperr"
)

// Error is a refused text. It carries no field name: the GraphQL error
// presenter knows the field and asks Describe for the messages.
type Error struct {
	// Max is the limit in characters; Len the text's length when over it.
	Max, Len int
	// Char is the refused character and Pos its 1-based position, when the
	// text holds one.
	Char rune
	Pos  int
	// Invalid is set when the text is not valid UTF-8.
	Invalid bool
}

func (e *Error) Error() string { en, _ := e.Describe("text"); return en }

// MessageZH is the message in Simplified Chinese, without the field name.
func (e *Error) MessageZH() string { _, zh := e.Describe("文本"); return zh }

// Describe returns the English and Chinese messages about field.
func (e *Error) Describe(field string) (en, zh string) {
	switch {
	case e.Invalid:
		return fmt.Sprintf("%s is not valid UTF-8 text", field),
			fmt.Sprintf("%s不是有效的 UTF-8 文本", field)
	case e.Char != 0 || e.Pos != 0:
		return fmt.Sprintf("%s must not contain the control or text-direction character U+%04X (character %d)", field, e.Char, e.Pos),
			fmt.Sprintf("%s不能包含控制字符或文字方向字符 U+%04X（第%d个字符）", field, e.Char, e.Pos)
	}
	return fmt.Sprintf("%s must be at most %d characters long (it has %d)", field, e.Max, e.Len),
		fmt.Sprintf("%s不能超过%d个字符（当前%d个）", field, e.Max, e.Len)
}

// Line is the validator of a single-line text of at most max characters.
func Line(max int) func(string) error {
	return func(s string) error { return check(s, max, false) }
}

// Block is the validator of a multi-line text of at most max characters:
// \n and \t are allowed.
func Block(max int) func(string) error {
	return func(s string) error { return check(s, max, true) }
}

// Check applies rule (Line or Block) to s and returns a refusal as
// BAD_USER_INPUT on field, for code that checks input before ent does, e.g.
// when a value is derived from it and the refusal must name the input.
func Check(field, s string, rule func(string) error) error {
	var e *Error
	if err := rule(s); errors.As(err, &e) {
		en, zh := e.Describe(field)
		return apperr.Invalid(field, en, zh)
	} else if err != nil {
		return err
	}
	return nil
}

func check(s string, max int, multiline bool) error {
	if !utf8.ValidString(s) {
		return &Error{Max: max, Invalid: true}
	}
	pos := 0
	for _, r := range s {
		pos++
		if refused(r, multiline) {
			return &Error{Max: max, Char: r, Pos: pos}
		}
	}
	if pos > max {
		return &Error{Max: max, Len: pos}
	}
	return nil
}

// refused reports whether r may not appear in a text.
func refused(r rune, multiline bool) bool {
	switch {
	case r == '\n' || r == '\t':
		return !multiline
	case r < 0x20, r >= 0x7f && r <= 0x9f: // C0, DEL, C1
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069: // bidi embeddings, overrides, isolates
		return true
	case r == 0x2028 || r == 0x2029: // line and paragraph separators: line breaks in disguise
		return !multiline
	}
	return false
}

// Clean makes a single-line text the rule accepts out of s, for what the
// server records rather than what people type (a browser's User-Agent):
// refused characters and invalid bytes are dropped, and the text is cut at
// max characters.
func Clean(s string, max int) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == max {
			break
		}
		if r == utf8.RuneError || refused(r, false) {
			continue
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}
