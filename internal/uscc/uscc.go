// Package uscc validates and builds Chinese unified social credit codes
// (统一社会信用代码, GB 32100-2015).
//
// Every legal entity registered in mainland China since 2015 carries one of
// these 18-character codes, and the hatchery demo data and forms need to tell
// a mistyped code apart from a real-looking one before anything is stored.
// The check character catches almost every single-character typo and adjacent
// transposition, so validating it locally saves a round trip to a registry
// that we do not have access to anyway.
//
// Layout of a code (1-based positions):
//
//	1      registration authority (登记管理部门代码), e.g. 9 = market regulation, 5 = civil affairs
//	2      kind of entity within that authority (机构类别代码)
//	3-8    six-digit administrative division code (登记管理机关行政区划码)
//	9-17   organisation code body (主体标识码)
//	18     check character
//
// Only the structure and the check character are verified. Division codes are
// not looked up in a table, because divisions are renamed and merged every
// year and a stale table would reject codes that are genuinely valid.
package uscc

import (
	"fmt"
	"strings"
	"unicode"
)

// Length is the number of characters in a unified social credit code.
const Length = 18

// Alphabet lists the 31 characters a code may contain, in value order: the
// index of a character is its numeric value in the check computation. I, O,
// S, V and Z are left out by the standard because they are easily confused
// with 1, 0, 5, U and 2.
const Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// weights holds 3^(i-1) mod 31 for positions 1..17. It is written out rather
// than computed so that the table can be compared with the one printed in the
// standard; a test checks that it still follows the formula.
var weights = [Length - 1]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// values maps an ASCII byte to its value in Alphabet, or -1 if the byte is
// not allowed. A lookup table keeps the hot path free of string searches.
var values = func() [256]int8 {
	var t [256]int8
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(Alphabet); i++ {
		t[Alphabet[i]] = int8(i)
	}
	return t
}()

// Reason says which rule a code broke, so callers can react (for example
// highlight a field) without parsing the message.
type Reason int

const (
	// ReasonLength: the code is not exactly 18 characters long.
	ReasonLength Reason = iota + 1
	// ReasonCharset: a character is outside Alphabet (this includes lower-case
	// letters, see Normalize).
	ReasonCharset
	// ReasonAuthority: position 1 is "0", which is not assigned to any
	// registration authority.
	ReasonAuthority
	// ReasonDivision: positions 3-8 are not six digits.
	ReasonDivision
	// ReasonCheck: the structure is fine but the check character is wrong.
	ReasonCheck
)

// String returns a short English name, handy in logs.
func (r Reason) String() string {
	switch r {
	case ReasonLength:
		return "length"
	case ReasonCharset:
		return "charset"
	case ReasonAuthority:
		return "authority"
	case ReasonDivision:
		return "division"
	case ReasonCheck:
		return "check"
	default:
		return fmt.Sprintf("Reason(%d)", int(r))
	}
}

// Error describes why a code is invalid. Callers that show the message to
// Chinese-speaking users should use MessageZH instead of Error.
type Error struct {
	Reason Reason
	// Pos is the 1-based position of the offending character for
	// ReasonCharset, ReasonAuthority and ReasonDivision (first bad position),
	// and 18 for ReasonCheck.
	Pos int
	// Length is the number of characters (not bytes) for ReasonLength.
	Length int
	// Expected is the correct check character for ReasonCheck.
	Expected byte
	// Got is the offending character for ReasonCharset, ReasonAuthority,
	// ReasonDivision and ReasonCheck. It is 0 when that character is not
	// ASCII; the messages still show the real character.
	Got byte

	// char keeps the full rune so that messages can show non-ASCII input
	// (for example a full-width digit) that does not fit in Got.
	char rune
}

func newCharError(reason Reason, pos int, r rune) *Error {
	e := &Error{Reason: reason, Pos: pos, char: r}
	if r <= unicode.MaxASCII {
		e.Got = byte(r)
	}
	return e
}

// Error returns an English message.
func (e *Error) Error() string {
	const prefix = "unified social credit code: "
	switch e.Reason {
	case ReasonLength:
		return fmt.Sprintf(prefix+"must be %d characters, got %d", Length, e.Length)
	case ReasonCharset:
		msg := fmt.Sprintf(prefix+"character %q at position %d is not allowed", string(e.char), e.Pos)
		switch {
		case isLowerAllowed(e.char):
			msg += "; letters must be upper case"
		case strings.ContainsRune("IOSVZ", e.char):
			msg += "; the letters I, O, S, V and Z are never used"
		}
		return msg
	case ReasonAuthority:
		return fmt.Sprintf(prefix+"registration authority code %q at position 1 is not valid", string(e.char))
	case ReasonDivision:
		return fmt.Sprintf(prefix+"positions 3-8 must be a six-digit administrative division code, found %q at position %d", string(e.char), e.Pos)
	case ReasonCheck:
		return fmt.Sprintf(prefix+"check character should be %q, not %q", string(rune(e.Expected)), string(e.char))
	default:
		return prefix + "invalid"
	}
}

// MessageZH returns the message in Simplified Chinese for end users.
func (e *Error) MessageZH() string {
	switch e.Reason {
	case ReasonLength:
		return fmt.Sprintf("统一社会信用代码应为%d位", Length)
	case ReasonCharset:
		msg := fmt.Sprintf("统一社会信用代码第%d位字符“%s”无效", e.Pos, string(e.char))
		switch {
		case isLowerAllowed(e.char):
			msg += "，字母须大写"
		case strings.ContainsRune("IOSVZ", e.char):
			msg += "，代码中不使用字母I、O、S、V、Z"
		}
		return msg
	case ReasonAuthority:
		return fmt.Sprintf("统一社会信用代码第1位登记管理部门代码“%s”无效", string(e.char))
	case ReasonDivision:
		return "统一社会信用代码第3至8位应为6位数字的行政区划代码"
	case ReasonCheck:
		return fmt.Sprintf("统一社会信用代码校验位错误：应为“%s”，实际为“%s”", string(rune(e.Expected)), string(e.char))
	default:
		return "统一社会信用代码无效"
	}
}

// isLowerAllowed reports whether r is a lower-case letter whose upper-case
// form is in the alphabet; only then is "use upper case" useful advice.
func isLowerAllowed(r rune) bool {
	return r >= 'a' && r <= 'z' && values[r-'a'+'A'] >= 0
}

// Normalize turns what people typically paste into a form into the canonical
// form: surrounding white space (including the ideographic space) is removed,
// full-width ASCII characters produced by Chinese input methods are folded to
// their half-width forms, and letters are upper-cased. Validate deliberately
// does not do this, so that stored data is known to be canonical; call
// Normalize on user input first.
func Normalize(s string) string {
	s = strings.TrimSpace(s)
	return strings.Map(func(r rune) rune {
		// U+FF01..U+FF5E mirror U+0021..U+007E at a fixed offset.
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}, s)
}

// CheckChar computes the check character for the first 17 characters of a
// code. It only checks length and alphabet, not structure, so it can be used
// on partial input (for example to suggest the last character).
func CheckChar(first17 string) (byte, error) {
	if err := checkCharset(first17, Length-1); err != nil {
		return 0, err
	}
	return checkChar(first17), nil
}

// checkChar assumes s holds at least 17 characters from Alphabet.
func checkChar(s string) byte {
	sum := 0
	for i, w := range weights {
		sum += int(values[s[i]]) * w
	}
	return Alphabet[(31-sum%31)%31]
}

// checkCharset verifies the rune count and that every rune is in Alphabet.
// Runes rather than bytes are counted so that a code with a full-width
// character is reported as "bad character" rather than "too long".
func checkCharset(s string, want int) *Error {
	n := 0
	for range s {
		n++
	}
	if n != want {
		return &Error{Reason: ReasonLength, Length: n}
	}
	pos := 0
	for _, r := range s {
		pos++
		if r > unicode.MaxASCII || values[r] < 0 {
			return newCharError(ReasonCharset, pos, r)
		}
	}
	return nil
}

// checkStructure verifies the authority and division positions of a string
// that already passed checkCharset (so it is ASCII and at least 8 long).
func checkStructure(s string) *Error {
	if s[0] == '0' {
		return newCharError(ReasonAuthority, 1, rune(s[0]))
	}
	for i := 2; i < 8; i++ {
		if s[i] < '0' || s[i] > '9' {
			return newCharError(ReasonDivision, i+1, rune(s[i]))
		}
	}
	return nil
}

// Validate reports whether code is a well-formed unified social credit code
// with a correct check character. The returned error, if any, is an *Error.
// The input must already be canonical (see Normalize).
func Validate(code string) error {
	if err := checkCharset(code, Length); err != nil {
		return err
	}
	if err := checkStructure(code); err != nil {
		return err
	}
	if want := checkChar(code); code[Length-1] != want {
		e := newCharError(ReasonCheck, Length, rune(code[Length-1]))
		e.Expected = want
		return e
	}
	return nil
}

// Generate assembles a valid code from its parts and appends the check
// character. It is meant for demo and test data; real codes are assigned by
// the registration authorities.
func Generate(authority, kind byte, division, body string) (string, error) {
	if len(division) != 6 {
		return "", fmt.Errorf("uscc: division code must be 6 digits, got %q", division)
	}
	if len(body) != 9 {
		return "", fmt.Errorf("uscc: organisation code body must be 9 characters, got %q", body)
	}
	prefix := string([]byte{authority, kind}) + division + body
	if err := checkCharset(prefix, Length-1); err != nil {
		return "", err
	}
	if err := checkStructure(prefix); err != nil {
		return "", err
	}
	return prefix + string(checkChar(prefix)), nil
}

// Kinds of civil-affairs organisations (authority code 5).
const (
	KindSocialGroup          byte = '1' // 社会团体
	KindPrivateNonEnterprise byte = '2' // 民办非企业单位
	KindFoundation           byte = '3' // 基金会
)

// maxSeq is 31^9, the number of distinct nine-character bodies.
const maxSeq = 31 * 31 * 31 * 31 * 31 * 31 * 31 * 31 * 31

// ForSocialOrg returns a valid civil-affairs code (authority "5") for demo
// data. The body is seq written in base 31 over Alphabet, so the same seq
// always yields the same code and different seqs (below 31^9) never collide.
//
// It panics on a kind outside Alphabet, a malformed division or a negative
// seq, because those are programming errors in fixture code, not user input.
func ForSocialOrg(kind byte, division string, seq int) string {
	if seq < 0 {
		panic(fmt.Sprintf("uscc: negative seq %d", seq))
	}
	var body [9]byte
	n := seq % maxSeq
	for i := len(body) - 1; i >= 0; i-- {
		body[i] = Alphabet[n%31]
		n /= 31
	}
	code, err := Generate('5', kind, division, string(body[:]))
	if err != nil {
		panic(err)
	}
	return code
}
