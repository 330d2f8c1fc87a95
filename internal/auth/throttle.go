package auth

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"

	"hatchery/ent/loginattempt"
	"hatchery/ent/predicate"
	"hatchery/internal/audit"
	"hatchery/internal/textfield"
)

// attempt is one login being checked: its row in login_attempts, which stays
// there as a failure unless the login succeeds.
type attempt struct {
	id      int
	name    string // normalized, as typed: an account's or not
	address string // the client's, through trusted proxies (server)
	at      time.Time
}

func newAttempt(username string, meta Meta, now time.Time) attempt {
	// What the table can hold of anything a client sent; times in UTC so
	// that SQLite, which compares them as text, orders them right.
	return attempt{name: textfield.Clean(username, 64), address: textfield.Clean(meta.IP, 64), at: now.UTC()}
}

func (a attempt) pair() predicate.LoginAttempt {
	return loginattempt.And(loginattempt.Username(a.name), loginattempt.Address(a.address))
}

// admit decides, before any password is checked, whether an attempt may go
// on: it refuses one from an address over its limit (TOO_MANY_ATTEMPTS) or
// locked out of this name (ACCOUNT_LOCKED), records the attempt, and holds
// it back as long as the name's and the address's recent failures ask for.
// The wait comes before the check, not after a failure: a client that gives
// up waiting learns nothing, and its attempt still counts.
func (s *Service) admit(ctx context.Context, a *attempt) error {
	th := s.Throttle
	sys := audit.Quiet(system(ctx))
	// First without writing anything, so that a flood of refused requests
	// costs reads only.
	if _, err := s.refused(ctx, *a); err != nil {
		return err
	}
	// Then recorded before counting again, so that concurrent attempts see
	// one another: a hundred guesses sent at once cannot all pass a count
	// that none of them has joined yet.
	row, err := s.Client.LoginAttempt.Create().
		SetUsername(a.name).SetAddress(a.address).SetAt(a.at).Save(sys)
	if err != nil {
		return err
	}
	a.id = row.ID
	byAddress, err := s.refused(ctx, *a)
	if err != nil {
		s.forget(ctx, *a)
		return err
	}
	// Enough of the name's failures to reach MaxDelay, not all of them.
	byName, err := s.recent(ctx, *a, th.SlowAfter+16, loginattempt.Username(a.name))
	if err != nil {
		return err
	}
	if d := max(th.delay(len(byName), th.SlowAfter), th.delay(byAddress, th.AddressSlowAfter)); d > 0 {
		s.Sleep(ctx, d)
	}
	return ctx.Err() // the client has gone: its attempt stays counted
}

// refused returns the error for an attempt its address may not make now, if
// any: the address is over its limit, or locked out of this name. Otherwise
// it returns how many recent failures the address has (other than a).
func (s *Service) refused(ctx context.Context, a attempt) (int, error) {
	th := s.Throttle
	byAddress, err := s.recent(ctx, a, th.AddressLimit, loginattempt.Address(a.address))
	if err != nil {
		return 0, err
	}
	if len(byAddress) >= th.AddressLimit {
		return 0, tooManyAttempts(byAddress[th.AddressLimit-1].Add(th.Window), a.at)
	}
	byPair, err := s.recent(ctx, a, th.LockAfter, a.pair())
	if err != nil {
		return 0, err
	}
	if len(byPair) >= th.LockAfter {
		return 0, lockedError(byPair[th.LockAfter-1].Add(th.Window), a.at)
	}
	return len(byAddress), nil
}

// recent returns the times of the newest attempts matching p within the
// window, newest first, at most limit of them, a itself left out (an
// attempt not yet recorded has no id, and leaves out nothing).
func (s *Service) recent(ctx context.Context, a attempt, limit int, p predicate.LoginAttempt) ([]time.Time, error) {
	if limit <= 0 {
		return nil, nil
	}
	rows, err := s.Client.LoginAttempt.Query().
		Where(p, loginattempt.AtGT(a.at.Add(-s.Throttle.Window)), loginattempt.IDNEQ(a.id)).
		Order(loginattempt.ByAt(sql.OrderDesc())).
		Limit(limit).
		All(system(ctx))
	if err != nil {
		return nil, err
	}
	out := make([]time.Time, len(rows))
	for i, r := range rows {
		out[i] = r.At
	}
	return out, nil
}

// lockedBy returns, after a failed attempt a, when its address's lock out of
// its name ends, or the zero time when this failure has not locked it.
func (s *Service) lockedBy(ctx context.Context, a attempt) (time.Time, int, error) {
	th := s.Throttle
	byPair, err := s.recent(ctx, attempt{at: a.at}, th.LockAfter, a.pair())
	if err != nil {
		return time.Time{}, 0, err
	}
	if len(byPair) < th.LockAfter {
		return time.Time{}, len(byPair), nil
	}
	return byPair[th.LockAfter-1].Add(th.Window), len(byPair), nil
}

// forget removes an attempt that is not a failure (refused before any
// check, the right password for a disabled account). Best effort: left
// behind, it only counts as one more failure.
func (s *Service) forget(ctx context.Context, a attempt) {
	if a.id != 0 {
		_ = s.Client.LoginAttempt.DeleteOneID(a.id).Exec(audit.Quiet(system(ctx)))
	}
}

// succeeded clears the failures of the attempt's name from its address (the
// owner who mistyped twice starts afresh there), not from other addresses:
// the owner logging in does not unlock an attacker.
func (s *Service) succeeded(ctx context.Context, a attempt) error {
	_, err := s.Client.LoginAttempt.Delete().Where(a.pair()).Exec(audit.Quiet(system(ctx)))
	return err
}

// prune deletes the attempts that no longer count, so the table holds at
// most a window's worth of failures, which the limits above bound.
func (s *Service) prune(ctx context.Context, now time.Time) error {
	_, err := s.Client.LoginAttempt.Delete().
		Where(loginattempt.AtLTE(now.UTC().Add(-s.Throttle.Window))).
		Exec(audit.Quiet(system(ctx)))
	return err
}
