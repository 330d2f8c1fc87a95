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
// then anonymous. A token resolved before comes from the session cache
// (sessioncache.go) without a statement, but for the last-seen write at most
// once a minute.
func (s *Service) Authenticate(ctx context.Context, token string) (*viewer.Viewer, error) {
	if !strings.HasPrefix(token, tokenPrefix) {
		return nil, nil
	}
	hash := hashToken(token)
	now := s.Now()
	c := s.sessions
	var g uint64
	if c != nil {
		if e, touch, ok := c.get(string(hash), now); ok {
			if touch {
				s.seen(ctx, e.sessionID, now)
			}
			return actingIn(ctx, e.viewer(), e.acting), nil
		}
		g = c.begin()
	}
	sys := system(ctx)
	sess, err := s.Client.Session.Query().
		Where(session.TokenHash(hash), session.RevokedAtIsNil(), session.ExpiresAtGT(now)).
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
	seen := sess.LastSeenAt
	if now.Sub(seen) > seenEvery {
		s.seen(ctx, sess.ID, now)
		seen = now
	}
	e := &cachedSession{
		hash: string(hash), sessionID: sess.ID, userID: u.ID, username: u.Username, domainID: u.DomainID,
		acting: sess.ActingDomainID, orgIDs: orgIDs, expiresAt: sess.ExpiresAt, lastSeen: seen, fetched: now,
	}
	if c != nil {
		c.put(g, e)
	}
	return actingIn(ctx, e.viewer(), e.acting), nil
}

// seen writes a session's last-seen time, one statement. Best effort: a
// failed bookkeeping write must not fail the request. The cache's hook
// ignores this write (only last_seen_at changes).
func (s *Service) seen(ctx context.Context, sessionID int, now time.Time) {
	_ = s.Client.Session.Update().Where(session.ID(sessionID)).SetLastSeenAt(now).Exec(system(ctx))
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
