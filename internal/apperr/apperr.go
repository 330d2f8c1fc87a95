// Package apperr defines the errors the platform shows to people. Each carries
// one of a fixed set of codes (surfaced as GraphQL extensions.code), an
// English message and a Chinese one, and optionally the input field it concerns,
// so the web app can put it next to that field in the user's language.
package apperr

import (
	"errors"
	"fmt"
)

// Code classifies an error for clients. The set is closed: every GraphQL
// error carries exactly one of these.
type Code string

// The codes.
const (
	Unauthenticated Code = "UNAUTHENTICATED"
	Forbidden       Code = "FORBIDDEN"
	NotFound        Code = "NOT_FOUND"
	BadUserInput    Code = "BAD_USER_INPUT"
	Conflict        Code = "CONFLICT"
	Internal        Code = "INTERNAL"
	// Unavailable: a service the operation needs (object storage) cannot be
	// reached right now; the same request may succeed later.
	Unavailable Code = "UNAVAILABLE"
)

// Error is an error meant for the person using the platform.
type Error struct {
	Code  Code
	Msg   string // English
	MsgZH string // Simplified Chinese
	Field string // GraphQL input field name the error concerns, if any
	// Reason is a stable machine-readable sub-code (e.g. ACCOUNT_LOCKED), if any.
	Reason string
	// Extra are further facts for clients, sent as extensions (e.g. lockedUntil).
	Extra map[string]any
}

func (e *Error) Error() string { return e.Msg }

// Message returns the message in the given language ("zh" or anything else for English).
func (e *Error) Message(lang string) string {
	if lang == "zh" && e.MsgZH != "" {
		return e.MsgZH
	}
	return e.Msg
}

// New builds an Error.
func New(code Code, en, zh string) *Error { return &Error{Code: code, Msg: en, MsgZH: zh} }

// Newf is New with formatted messages sharing the same arguments.
func Newf(code Code, en, zh string, args ...any) *Error {
	return New(code, fmt.Sprintf(en, args...), fmt.Sprintf(zh, args...))
}

// OnField returns a copy of e that concerns the named input field.
func (e *Error) OnField(field string) *Error {
	c := *e
	c.Field = field
	return &c
}

// WithReason returns a copy of e with a machine-readable reason.
func (e *Error) WithReason(reason string) *Error {
	c := *e
	c.Reason = reason
	return &c
}

// Invalid is a BAD_USER_INPUT error on a field.
func Invalid(field, en, zh string) *Error {
	return &Error{Code: BadUserInput, Msg: en, MsgZH: zh, Field: field}
}

// Invalidf is Invalid with formatted messages sharing the same arguments.
func Invalidf(field, en, zh string, args ...any) *Error {
	return Invalid(field, fmt.Sprintf(en, args...), fmt.Sprintf(zh, args...))
}

// With returns a copy of e carrying the extension key = value.
func (e *Error) With(key string, value any) *Error {
	c := *e
	c.Extra = map[string]any{key: value}
	for k, v := range e.Extra {
		if k != key {
			c.Extra[k] = v
		}
	}
	return &c
}

// As returns the *Error in err's chain, if any.
func As(err error) (*Error, bool) {
	var e *Error
	if errors.As(err, &e) {
		return e, true
	}
	return nil, false
}

// CodeOf returns the code of the *Error in err's chain, or "" if none.
func CodeOf(err error) Code {
	if e, ok := As(err); ok {
		return e.Code
	}
	return ""
}

// Common errors.
var (
	ErrUnauthenticated = New(Unauthenticated, "please log in first", "请先登录")
	ErrForbidden       = New(Forbidden, "you do not have permission to do this", "您没有执行此操作的权限")
	ErrNotFound        = New(NotFound, "the record does not exist or is not visible to you", "记录不存在或您无权查看")
	ErrUnavailable     = New(Unavailable, "document storage is unavailable right now; please try again in a few minutes", "文件存储服务暂时不可用，请稍后重试")
	ErrInternal        = New(Internal, "something went wrong on our side; please try again later", "服务器内部错误，请稍后重试")
)
