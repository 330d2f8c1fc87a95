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

// Throttle says how failed logins are slowed down and refused. Failures are
// counted over the last Window, in the database (login_attempts: every app
// node sees the same counts, a restart forgets nothing), three ways:
//
//   - one name from one client address: at LockAfter failures that address
//     is locked out of that name until the oldest of those failures is
//     Window old. Only that address: the owner, from another one, can still
//     log in, so nobody can lock anyone out from afar;
//   - one name from every address: once SlowAfter failures are counted,
//     each attempt on it waits BaseDelay, doubling with each further
//     failure up to MaxDelay, before its password is checked. Never a lock:
//     while an account is under attack its owner waits a few seconds;
//   - one client address, every name: from AddressSlowAfter failures its
//     attempts wait likewise; at AddressLimit it is refused, whatever name
//     it tries, until the oldest of those failures is Window old.
//
// A name is counted as typed (normalized) whether or not an account has it,
// so the answers do not tell which names exist.
type Throttle struct {
	Window    time.Duration
	LockAfter int // failures of one name from one address that lock that pair

	SlowAfter int           // failures of one name (all addresses) before its attempts wait
	BaseDelay time.Duration // wait at the first slowed attempt, doubling after
	MaxDelay  time.Duration // the longest wait, of either kind

	AddressSlowAfter int // failures from one address before its attempts wait
	AddressLimit     int // failures from one address after which it is refused
}

// DefaultThrottle: over fifteen minutes, five failures lock one address out
// of one name; from the third failure on a name (from anywhere) attempts on
// it wait 0.5 s, 1 s, 2 s, then 4 s; an address waits likewise from its
// tenth failure on any names and is refused at its thirtieth.
var DefaultThrottle = Throttle{
	Window: 15 * time.Minute, LockAfter: 5,
	SlowAfter: 3, BaseDelay: 500 * time.Millisecond, MaxDelay: 4 * time.Second,
	AddressSlowAfter: 10, AddressLimit: 30,
}

// delay is how long to hold an attempt back after n failures counted, when
// waiting starts at the after-th: BaseDelay, doubling, at most MaxDelay.
func (t Throttle) delay(n, after int) time.Duration {
	if n < after || t.BaseDelay <= 0 {
		return 0
	}
	d := t.BaseDelay << min(n-after, 62)
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

	// sessions caches resolved sessions (sessioncache.go); nil (a Service
	// not made by New) reads every session from the database.
	sessions *sessionCache
}

// New returns a Service with production defaults. It adds to client the
// hook that keeps the session cache right: build one Service per client.
func New(client *gen.Client) *Service {
	s := &Service{
		Client:     client,
		SessionTTL: 12 * time.Hour,
		Throttle:   DefaultThrottle,
		Hash:       password.Default,
		Verify:     password.Verify,
		Now:        time.Now,
		Sleep:      sleepCtx,
		sessions:   newSessionCache(sessionCacheEntries, sessionCacheMaxAge),
	}
	s.sessions.register(client)
	return s
}

func sleepCtx(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}
