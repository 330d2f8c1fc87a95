package auth

import (
	"fmt"
	"time"

	"hatchery/internal/apperr"
)

// Reasons of login failures, in extensions.reason, for the web app to explain.
const (
	ReasonInvalidCredentials = "INVALID_CREDENTIALS"
	ReasonLocked             = "ACCOUNT_LOCKED"
	ReasonDisabled           = "ACCOUNT_DISABLED"
	ReasonSessionExpired     = "SESSION_EXPIRED"
	// ReasonTooManyAttempts: the client's address has failed too often,
	// whatever names it tried; FORBIDDEN, with retryAfter in seconds.
	ReasonTooManyAttempts = "TOO_MANY_ATTEMPTS"
)

// ErrInvalidCredentials does not say which of the two was wrong.
var ErrInvalidCredentials = apperr.New(apperr.Unauthenticated,
	"wrong username or password", "用户名或密码错误").WithReason(ReasonInvalidCredentials)

// ErrDisabled is returned to a disabled user who got their password right.
var ErrDisabled = apperr.New(apperr.Unauthenticated,
	"this account has been disabled; contact your administrator",
	"该账号已被停用，请联系管理员").WithReason(ReasonDisabled)

// ErrWrongOldPassword is returned by ChangePassword.
var ErrWrongOldPassword = apperr.Invalid("oldPassword", "the current password is wrong", "当前密码不正确")

// lockedError: the client's address is locked out of this name (whether an
// account has it or not) until until; from elsewhere it stays open.
func lockedError(until, now time.Time) error {
	local := until.Local().Format("15:04")
	return apperr.New(apperr.Unauthenticated,
		fmt.Sprintf("too many failed attempts: this account is locked for logins from your address until %s", local),
		fmt.Sprintf("登录失败次数过多，该账号在您所在网络地址的登录已锁定至 %s", local)).WithReason(ReasonLocked).
		With("lockedUntil", until.UTC().Format(time.RFC3339)).
		With("retryAfter", retryAfter(until, now))
}

// tooManyAttempts: the client's address is refused for any name until until.
// FORBIDDEN, not UNAUTHENTICATED: no credentials were checked, and the same
// request is refused until then whoever sends it from there.
func tooManyAttempts(until, now time.Time) error {
	local := until.Local().Format("15:04")
	return apperr.New(apperr.Forbidden,
		fmt.Sprintf("too many failed logins from your address: try again after %s", local),
		fmt.Sprintf("您所在网络地址的登录失败次数过多，请于 %s 后再试", local)).WithReason(ReasonTooManyAttempts).
		With("retryAfter", retryAfter(until, now))
}

// retryAfter is the whole seconds from now to until, at least 1.
func retryAfter(until, now time.Time) int {
	return max(1, int((until.Sub(now)+time.Second-1)/time.Second))
}

func weakPassword(field string, err error) error {
	zh := err.Error()
	if z, ok := err.(interface{ MessageZH() string }); ok {
		zh = z.MessageZH()
	}
	return apperr.Invalid(field, err.Error(), zh)
}
