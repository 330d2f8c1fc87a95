// Package auth is accounts and sessions: login with throttling and lock-out,
// server-side sessions behind opaque bearer tokens, logout, password change
// and reset, and user creation. Sessions and login bookkeeping are written
// with a privacy.Allow decision (they are the system's own records); user
// creation and resets run as the viewer, so ent privacy decides who may.
package auth

import (
	"context"
	"time"

	gen "hatchery/ent"
	"hatchery/internal/password"
)

// Throttle says how repeated failed logins for one username are slowed and
// then locked.
type Throttle struct {
	SlowAfter int           // failures before responses start to slow down
	BaseDelay time.Duration // delay at the first slowed failure, doubling after
	MaxDelay  time.Duration
	LockAfter int           // failures that lock the account
	LockFor   time.Duration // how long a lock lasts
}

// DefaultThrottle: three free tries, then slower answers, locked for fifteen
// minutes at the fifth consecutive failure.
var DefaultThrottle = Throttle{SlowAfter: 3, BaseDelay: 500 * time.Millisecond, MaxDelay: 4 * time.Second, LockAfter: 5, LockFor: 15 * time.Minute}

// delay is how long to hold the answer to the n-th consecutive failure.
func (t Throttle) delay(n int) time.Duration {
	if n < t.SlowAfter || t.BaseDelay <= 0 {
		return 0
	}
	d := t.BaseDelay << (n - t.SlowAfter)
	if d > t.MaxDelay || d <= 0 {
		d = t.MaxDelay
	}
	return d
}

// Service is the account and session service.
type Service struct {
	Client     *gen.Client
	SessionTTL time.Duration
	Throttle   Throttle
	// Hash are the parameters of new password hashes, of the demo accounts'
	// and of the check run for unknown names, so that every login costs the
	// same work whoever it names.
	Hash password.Params
	// Verify checks a password against a stored hash (password.Verify;
	// tests wrap it to see what work each login does).
	Verify func(plain, encoded string) (bool, error)
	Now    func() time.Time
	// Sleep waits out a throttle delay (tests record it instead).
	Sleep func(ctx context.Context, d time.Duration)
}

// New returns a Service with production defaults.
func New(client *gen.Client) *Service {
	return &Service{
		Client:     client,
		SessionTTL: 12 * time.Hour,
		Throttle:   DefaultThrottle,
		Hash:       password.Default,
		Verify:     password.Verify,
		Now:        time.Now,
		Sleep:      sleepCtx,
	}
}

func sleepCtx(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}
