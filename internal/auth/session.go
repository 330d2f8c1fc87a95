package auth

import (
	"context"

	gen "hatchery/ent"
	"strconv"
	"strings"
	"time"

	"hatchery/ent/auditlog"
	"hatchery/ent/membership"
	"hatchery/ent/session"
	"hatchery/ent/user"
	"hatchery/internal/audit"
	"hatchery/internal/authz"
	"hatchery/internal/viewer"
)

// seenEvery bounds how often a session's last-seen time is written: not on
// every request.
const seenEvery = time.Minute

// Authenticate resolves a bearer token to its viewer. It returns nil, nil for
// an unknown, expired or revoked token, or a disabled user: the request is
// then anonymous.
func (s *Service) Authenticate(ctx context.Context, token string) (*viewer.Viewer, error) {
	if !strings.HasPrefix(token, tokenPrefix) {
		return nil, nil
	}
	sys := system(ctx)
	now := s.Now()
	sess, err := s.Client.Session.Query().
		Where(session.TokenHash(hashToken(token)), session.RevokedAtIsNil(), session.ExpiresAtGT(now)).
		WithUser().
		Only(sys)
	if err != nil {
		if gen.IsNotFound(err) {
			return nil, nil
		}
		return nil, err
	}
	u := sess.Edges.User
	if u == nil || u.Status != user.StatusACTIVE {
		return nil, nil
	}
	orgIDs, err := s.Client.Membership.Query().Where(membership.UserID(u.ID)).
		Select(membership.FieldOrganizationID).Ints(sys)
	if err != nil {
		return nil, err
	}
	if now.Sub(sess.LastSeenAt) > seenEvery {
		// Best effort: a failed bookkeeping write must not fail the request.
		_ = s.Client.Session.UpdateOneID(sess.ID).SetLastSeenAt(now).Exec(sys)
	}
	v := &viewer.Viewer{UserID: u.ID, Username: u.Username, DomainID: u.DomainID, HomeDomainID: u.DomainID, OrgIDs: orgIDs, SessionID: sess.ID}
	return actingIn(ctx, v, sess.ActingDomainID), nil
}

// actingIn applies the domain a session chose to act in (actInDomain), only
// while the user still holds the cross-domain right: a platform admin
// demoted since acts in their home domain again.
func actingIn(ctx context.Context, v *viewer.Viewer, chosen *int) *viewer.Viewer {
	a := authz.FromContext(ctx)
	if chosen == nil || a == nil || !a.Allowed(v.UserID, v.HomeDomainID, authz.ObjDomain, authz.ActCrossDomain) {
		return v
	}
	return v.ActingIn(*chosen)
}

// Logout revokes one session and records the logout of the viewer (if the
// session was still live).
func (s *Service) Logout(ctx context.Context, sessionID int) error {
	n, err := s.Client.Session.Update().
		Where(session.ID(sessionID), session.RevokedAtIsNil()).
		SetRevokedAt(s.Now()).Save(system(ctx))
	if err != nil || n == 0 {
		return err
	}
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil
	}
	return audit.Record(system(ctx), s.Client, audit.Entry{
		Operation: auditlog.OperationLOGOUT, EntityType: "User", EntityID: itoa(v.UserID), DomainID: &v.HomeDomainID,
	})
}

// RevokeAll ends every live session of a user except keep (0 for none),
// through client: pass the request's transaction to make it part of it.
func (s *Service) RevokeAll(ctx context.Context, client *gen.Client, userID, keep int) error {
	return client.Session.Update().
		Where(session.UserID(userID), session.RevokedAtIsNil(), session.IDNEQ(keep)).
		SetRevokedAt(s.Now()).Exec(system(ctx))
}

// PurgeExpired deletes sessions that ended more than a day ago.
func (s *Service) PurgeExpired(ctx context.Context) (int, error) {
	cut := s.Now().Add(-24 * time.Hour)
	return s.Client.Session.Delete().
		Where(session.Or(session.ExpiresAtLT(cut), session.RevokedAtLT(cut))).
		Exec(system(ctx))
}

func itoa(i int) string { return strconv.Itoa(i) }
