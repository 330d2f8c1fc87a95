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

func lockedError(until time.Time) error {
	local := until.Local().Format("15:04")
	return apperr.New(apperr.Unauthenticated,
		fmt.Sprintf("too many failed attempts: this account is locked until %s", local),
		fmt.Sprintf("登录失败次数过多，账号已锁定至 %s", local)).WithReason(ReasonLocked).
		With("lockedUntil", until.UTC().Format(time.RFC3339))
}

func weakPassword(field string, err error) error {
	zh := err.Error()
	if z, ok := err.(interface{ MessageZH() string }); ok {
		zh = z.MessageZH()
	}
	return apperr.Invalid(field, err.Error(), zh)
}
