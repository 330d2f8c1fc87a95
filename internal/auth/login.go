package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/auditlog"
	"hatchery/ent/user"
	"hatchery/internal/audit"
	"hatchery/internal/password"
	"hatchery/internal/textfield"
)

// Meta describes where a login came from, for the session record.
type Meta struct {
	UserAgent string
	IP        string
}

// LoginResult is a new session.
type LoginResult struct {
	Token     string
	ExpiresAt time.Time
	User      *gen.User
	SessionID int
}

func system(ctx context.Context) context.Context { return privacy.DecisionContext(ctx, privacy.Allow) }

// NormalizeUsername is how usernames are compared: trimmed, lower case.
func NormalizeUsername(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Login checks a username and password and opens a session. The throttle
// (Throttle, throttle.go) may refuse the attempt or hold it back first; an
// unknown name goes through the same counts, waits, work and errors as a
// known one.
func (s *Service) Login(ctx context.Context, username, plain string, meta Meta) (*LoginResult, error) {
	sys := system(ctx)
	username = NormalizeUsername(username)
	a := newAttempt(username, meta, s.Now())
	if err := s.admit(ctx, &a); err != nil {
		return nil, err
	}
	// A name the text rule refuses is no account's, and is not asked of the
	// database (PostgreSQL fails a query holding a NUL): it fails like an
	// unknown one.
	var (
		u   *gen.User
		err error
	)
	known := textfield.Line(64)(username) == nil
	if known {
		u, err = s.Client.User.Query().Where(user.Username(username)).Only(sys)
	}
	if !known || gen.IsNotFound(err) {
		// Spend the work a real check would, so timing does not reveal
		// which usernames exist: every stored hash, the demo accounts'
		// included, is made with s.Hash (demo.Seed).
		_, _ = s.Verify(plain, password.DummyHash(s.Hash))
		return nil, s.failed(ctx, a, nil)
	}
	if err != nil {
		s.forget(ctx, a)
		return nil, err
	}
	ok, err := s.Verify(plain, u.PasswordHash)
	if err != nil {
		s.forget(ctx, a)
		return nil, err
	}
	if !ok {
		return nil, s.failed(ctx, a, u)
	}
	if u.Status == user.StatusDISABLED {
		s.forget(ctx, a) // the right password is no failure
		return nil, ErrDisabled
	}
	if err := s.succeeded(ctx, a); err != nil {
		return nil, err
	}
	return s.open(ctx, u, plain, meta)
}

// failed records a failed attempt (its row stays in login_attempts; concurrent
// guesses all count) and answers it: ACCOUNT_LOCKED when this failure locked
// its address out of the name, else INVALID_CREDENTIALS. u is the account, or
// nil for an unknown name: the answer is the same.
func (s *Service) failed(ctx context.Context, a attempt, u *gen.User) error {
	until, n, err := s.lockedBy(ctx, a)
	if err != nil {
		return err
	}
	if u != nil && !until.IsZero() {
		// For admins (User.locked): some address is locked out of this
		// account until then. Not what refuses anyone (admit is).
		if err := s.Client.User.UpdateOneID(u.ID).SetLockedUntil(until).Exec(audit.Quiet(system(ctx))); err != nil {
			return err
		}
	}
	if err := s.prune(ctx, a.at); err != nil {
		return err
	}
	e := audit.Entry{
		Operation: auditlog.OperationLOGIN_FAILED, EntityType: "User", ActorUsername: a.name,
		Fields:  []string{"failed_logins"},
		Changes: map[string]any{"failed_logins": n, "locked": !until.IsZero(), "address": a.address},
	}
	if u != nil {
		actor := u.ID
		e.EntityID, e.DomainID, e.ActorID, e.ActorUsername = itoa(u.ID), &u.DomainID, &actor, u.Username
	}
	// The name tried is anything a client sent: a.name is what the audit
	// trail may hold of it.
	_ = audit.Record(system(ctx), s.Client, e)
	if !until.IsZero() {
		return lockedError(until, a.at)
	}
	return ErrInvalidCredentials
}

// open starts a session for u after a successful check.
func (s *Service) open(ctx context.Context, u *gen.User, plain string, meta Meta) (*LoginResult, error) {
	sys := audit.Quiet(system(ctx))
	now := s.Now()
	upd := s.Client.User.UpdateOneID(u.ID).SetLastLoginAt(now)
	if password.NeedsRehash(u.PasswordHash, s.Hash) {
		if h, err := password.Hash(plain, s.Hash); err == nil {
			upd.SetPasswordHash(h)
		}
	}
	u, err := upd.Save(sys)
	if err != nil {
		return nil, err
	}
	token, hash := newToken()
	expires := now.Add(s.SessionTTL)
	sess, err := s.Client.Session.Create().
		SetTokenHash(hash).SetUserID(u.ID).
		SetCreatedAt(now).SetExpiresAt(expires).SetLastSeenAt(now).
		SetUserAgent(textfield.Clean(meta.UserAgent, 512)).SetIP(textfield.Clean(meta.IP, 64)).
		Save(sys)
	if err != nil {
		return nil, err
	}
	actor := u.ID
	_ = audit.Record(system(ctx), s.Client, audit.Entry{
		Operation: auditlog.OperationLOGIN, EntityType: "User", EntityID: itoa(u.ID),
		DomainID: &u.DomainID, ActorID: &actor, ActorUsername: u.Username,
	})
	return &LoginResult{Token: token, ExpiresAt: expires, User: u, SessionID: sess.ID}, nil
}

// tokenPrefix marks Hatchery session tokens (and makes leaked ones greppable).
const tokenPrefix = "hs_"

func newToken() (string, []byte) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	token := tokenPrefix + base64.RawURLEncoding.EncodeToString(b)
	return token, hashToken(token)
}

func hashToken(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}
