// Package apperr defines the errors the platform shows to people. Each carries
// one of a fixed set of codes (surfaced as GraphQL extensions.code), an
// English message and a Chinese one, and optionally the input field it concerns,
// so the web app can put it next to that field in the user's language.
package apperr

import (
	"errors"
	"fmt"
	"time"
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
	// Unavailable: a service the operation needs (the database, object
	// storage) cannot be reached right now, or the request ran out of time;
	// the same request may succeed later. The one code for "try again": its
	// reason says more (TIMEOUT, DATABASE_UNAVAILABLE, and
	// COMMIT_OUTCOME_UNKNOWN, which asks the person to check before retrying).
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
	// RetryAfter, if set, is how long a client should wait before sending
	// the same request again (the Retry-After header).
	RetryAfter time.Duration
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
	ErrUnavailable     = &Error{Code: Unavailable, Msg: "document storage is unavailable right now; please try again in a few minutes", MsgZH: "文件存储服务暂时不可用，请稍后重试", Reason: "STORAGE_UNAVAILABLE", RetryAfter: 30 * time.Second}
	// ErrDatabaseUnavailable: the database cannot be reached (nothing was
	// changed: a commit whose outcome is unknown is ErrCommitOutcomeUnknown).
	ErrDatabaseUnavailable = &Error{Code: Unavailable, Reason: "DATABASE_UNAVAILABLE", RetryAfter: 5 * time.Second,
		Msg:   "the service cannot reach its database right now; nothing was changed; please try again in a minute",
		MsgZH: "服务暂时无法连接数据库，本次操作未做任何更改，请稍后重试"}
	// ErrCommitOutcomeUnknown: the database went away while confirming a
	// change, so whether it was saved is unknown. A blind retry could do it
	// twice: the person must look first.
	ErrCommitOutcomeUnknown = &Error{Code: Unavailable, Reason: "COMMIT_OUTCOME_UNKNOWN",
		Msg:   "the connection to the database was lost while your change was being saved, so it may or may not have been saved: reload and check before trying again",
		MsgZH: "保存过程中与数据库的连接中断，更改可能已保存也可能未保存：请刷新页面确认后再决定是否重试"}
	ErrInternal = New(Internal, "something went wrong on our side; please try again later", "服务器内部错误，请稍后重试")
)
