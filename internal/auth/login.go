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

// Login checks a username and password and opens a session.
func (s *Service) Login(ctx context.Context, username, plain string, meta Meta) (*LoginResult, error) {
	sys := system(ctx)
	username = NormalizeUsername(username)
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
		// Spend the time a real check would, so timing does not reveal
		// which usernames exist: every stored hash, the demo accounts'
		// included, is made with s.Hash (demo.Seed).
		_, _ = s.Verify(plain, password.DummyHash(s.Hash))
		// The name tried is anything a client sent: keep what the audit
		// trail may hold of it rather than lose the record.
		_ = audit.Record(sys, s.Client, audit.Entry{Operation: auditlog.OperationLOGIN_FAILED, EntityType: "User", ActorUsername: textfield.Clean(username, 64)})
		return nil, ErrInvalidCredentials
	}
	if err != nil {
		return nil, err
	}
	now := s.Now()
	if u.LockedUntil != nil && now.Before(*u.LockedUntil) {
		return nil, lockedError(*u.LockedUntil)
	}
	ok, err := s.Verify(plain, u.PasswordHash)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, s.failed(ctx, u)
	}
	if u.Status == user.StatusDISABLED {
		return nil, ErrDisabled
	}
	return s.open(ctx, u, plain, meta)
}

// failed counts a failed attempt (atomically: concurrent guesses all count),
// locks the account at the limit, and holds the answer back as throttled.
func (s *Service) failed(ctx context.Context, u *gen.User) error {
	sys := audit.Quiet(system(ctx))
	upd, err := s.Client.User.UpdateOneID(u.ID).AddFailedLogins(1).Save(sys)
	if err != nil {
		return err
	}
	n := upd.FailedLogins
	var lockErr error
	if n >= s.Throttle.LockAfter {
		until := s.Now().Add(s.Throttle.LockFor)
		// Start counting afresh once the lock ends.
		if err := s.Client.User.UpdateOneID(u.ID).SetLockedUntil(until).SetFailedLogins(0).Exec(sys); err != nil {
			return err
		}
		lockErr = lockedError(until)
	}
	actor := u.ID
	_ = audit.Record(system(ctx), s.Client, audit.Entry{
		Operation: auditlog.OperationLOGIN_FAILED, EntityType: "User", EntityID: itoa(u.ID),
		DomainID: &u.DomainID, ActorID: &actor, ActorUsername: u.Username,
		Fields: []string{"failed_logins"}, Changes: map[string]any{"failed_logins": n, "locked": lockErr != nil},
	})
	if d := s.Throttle.delay(n); d > 0 {
		s.Sleep(ctx, d)
	}
	if lockErr != nil {
		return lockErr
	}
	return ErrInvalidCredentials
}

// open starts a session for u after a successful check.
func (s *Service) open(ctx context.Context, u *gen.User, plain string, meta Meta) (*LoginResult, error) {
	sys := audit.Quiet(system(ctx))
	now := s.Now()
	upd := s.Client.User.UpdateOneID(u.ID).SetFailedLogins(0).ClearLockedUntil().SetLastLoginAt(now)
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
