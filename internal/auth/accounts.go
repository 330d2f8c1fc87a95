package auth

import (
	"context"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/auditlog"
	"hatchery/ent/loginattempt"
	"hatchery/ent/session"
	"hatchery/ent/user"
	"hatchery/internal/apperr"
	"hatchery/internal/audit"
	"hatchery/internal/password"
	"hatchery/internal/viewer"
)

// NewUser is what an admin gives to create an account.
type NewUser struct {
	Username    string
	DisplayName string
	Phone       *string
	Email       *string
	Password    string
}

// ErrUsernameTaken is returned when the username exists (in any domain).
var ErrUsernameTaken = apperr.New(apperr.Conflict, "this username is already taken", "该用户名已被占用").OnField("username")

// CreateUser creates an account in the viewer's domain. client is the
// request's (transactional) client; ent privacy decides whether the viewer
// may create users.
func (s *Service) CreateUser(ctx context.Context, client *gen.Client, in NewUser) (*gen.User, error) {
	if err := password.CheckStrength(in.Password); err != nil {
		return nil, weakPassword("password", err)
	}
	name := NormalizeUsername(in.Username)
	taken, err := client.User.Query().Where(user.Username(name)).Exist(system(ctx))
	if err != nil {
		return nil, err
	}
	if taken {
		return nil, ErrUsernameTaken
	}
	h, err := password.Hash(in.Password, s.Hash)
	if err != nil {
		return nil, err
	}
	u, err := client.User.Create().
		SetUsername(name).SetDisplayName(in.DisplayName).
		SetNillablePhone(in.Phone).SetNillableEmail(in.Email).
		SetPasswordHash(h).SetPasswordChangedAt(s.Now()).
		Save(ctx)
	if gen.IsConstraintError(err) {
		return nil, ErrUsernameTaken
	}
	return u, err
}

// ChangePassword changes the viewer's own password after checking the
// current one, and ends their other sessions.
func (s *Service) ChangePassword(ctx context.Context, client *gen.Client, oldPlain, newPlain string) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return apperr.ErrUnauthenticated
	}
	sys := system(ctx)
	u, err := client.User.Get(sys, v.UserID)
	if err != nil {
		return err
	}
	ok, err := password.Verify(oldPlain, u.PasswordHash)
	if err != nil {
		return err
	}
	if !ok {
		return ErrWrongOldPassword
	}
	if err := password.CheckStrength(newPlain); err != nil {
		return weakPassword("newPassword", err)
	}
	if oldPlain == newPlain {
		return apperr.Invalid("newPassword", "the new password must differ from the current one", "新密码不能与当前密码相同")
	}
	h, err := password.Hash(newPlain, s.Hash)
	if err != nil {
		return err
	}
	if err := client.User.UpdateOneID(u.ID).SetPasswordHash(h).SetPasswordChangedAt(s.Now()).Exec(audit.Quiet(sys)); err != nil {
		return err
	}
	if err := audit.Record(sys, client, audit.Entry{Operation: auditlog.OperationPASSWORD_CHANGE, EntityType: "User", EntityID: itoa(u.ID), DomainID: &u.DomainID}); err != nil {
		return err
	}
	return s.RevokeAll(ctx, client, u.ID, v.SessionID)
}

// ResetPassword sets a user's password as an admin (privacy decides who may:
// it is an update of the user) and ends all of that user's sessions.
func (s *Service) ResetPassword(ctx context.Context, client *gen.Client, userID int, newPlain string) error {
	if err := password.CheckStrength(newPlain); err != nil {
		return weakPassword("newPassword", err)
	}
	h, err := password.Hash(newPlain, s.Hash)
	if err != nil {
		return err
	}
	// Runs as the viewer: an admin of another domain gets NOT_FOUND.
	u, err := client.User.UpdateOneID(userID).SetPasswordHash(h).SetPasswordChangedAt(s.Now()).
		ClearLockedUntil().Save(ctx)
	if err != nil {
		return err
	}
	// The old password's failures no longer say anything: every address
	// locked out of the account (its owner's, often) may try the new one.
	if _, err := client.LoginAttempt.Delete().Where(loginattempt.Username(u.Username)).
		Exec(audit.Quiet(system(ctx))); err != nil {
		return err
	}
	return s.RevokeAll(ctx, client, userID, 0)
}

// RevokeSessionsOnDisable is an ent hook on User: disabling an account ends
// its sessions in the same transaction, whoever disables it and however.
func RevokeSessionsOnDisable() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			um, ok := m.(*gen.UserMutation)
			if !ok {
				return next.Mutate(ctx, m)
			}
			st, set := um.Status()
			if !set || st != user.StatusDISABLED {
				return next.Mutate(ctx, m)
			}
			// Which users: decided before the update, whose predicates may
			// no longer match afterwards.
			ids, err := um.IDs(privacy.DecisionContext(ctx, privacy.Allow))
			if err != nil {
				return nil, err
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			for _, id := range ids {
				// Hooks have no Service and so no injectable clock: wall time.
				if err := um.Client().Session.Update().
					Where(session.UserID(id), session.RevokedAtIsNil()).
					SetRevokedAt(time.Now()).Exec(privacy.DecisionContext(ctx, privacy.Allow)); err != nil {
					return nil, err
				}
			}
			return v, nil
		})
	}
}
