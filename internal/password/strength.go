package password

import (
	"fmt"
	"unicode/utf8"
)

// Length bounds for CheckStrength, counted in characters (runes) so that a
// Chinese passphrase is measured the way its owner perceives it.
const (
	MinLength = 8
	// MaxLength stops people from pasting megabytes into the login form. It
	// is generous enough for any passphrase or password-manager output.
	MaxLength = 128
)

// StrengthReason says which rule a password broke.
type StrengthReason int

const (
	TooShort StrengthReason = iota + 1
	TooLong
	// Repeated: the password is one character repeated ("aaaaaaaa"), which
	// passes the length rule but is among the first things crackers try.
	Repeated
)

// StrengthError is returned by CheckStrength.
type StrengthError struct {
	Reason StrengthReason
	// Length is the number of characters of the rejected password.
	Length int
}

// Error returns an English message.
func (e *StrengthError) Error() string {
	switch e.Reason {
	case TooShort:
		return fmt.Sprintf("password must be at least %d characters long", MinLength)
	case TooLong:
		return fmt.Sprintf("password must be at most %d characters long", MaxLength)
	case Repeated:
		return "password must not be a single repeated character"
	default:
		return "password is too weak"
	}
}

// MessageZH returns the message in Simplified Chinese for end users.
func (e *StrengthError) MessageZH() string {
	switch e.Reason {
	case TooShort:
		return fmt.Sprintf("密码长度不能少于%d个字符", MinLength)
	case TooLong:
		return fmt.Sprintf("密码长度不能超过%d个字符", MaxLength)
	case Repeated:
		return "密码不能由同一个字符重复组成"
	default:
		return "密码强度不足"
	}
}

// CheckStrength applies the minimal policy for new passwords: 8 to 128
// characters and not a single repeated character. It intentionally does not
// demand character classes, which NIST SP 800-63B advises against because
// they push users towards predictable patterns. The returned error, if any,
// is a *StrengthError.
func CheckStrength(plain string) error {
	n := utf8.RuneCountInString(plain)
	switch {
	case n < MinLength:
		return &StrengthError{Reason: TooShort, Length: n}
	case n > MaxLength:
		return &StrengthError{Reason: TooLong, Length: n}
	}
	first, _ := utf8.DecodeRuneInString(plain)
	for _, r := range plain {
		if r != first {
			return nil
		}
	}
	return &StrengthError{Reason: Repeated, Length: n}
}
