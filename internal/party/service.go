// Package party is party-building liaison (党建联络), the county's
// comprehensive party committee for social organisations at work:
//
//   - party organisations (the committee, standalone and joint branches;
//     a branch needs at least three full members);
//   - the coverage of every organisation — BUILD, JOIN, ATTACH, DISPATCH
//     or UNCOVERED — as continuous, non-overlapping periods with reasons;
//   - guidance officers (党建工作指导员) sent to organisations without a
//     party organisation of their own: assignments within the county's
//     maximum load (held under concurrency by a conditional UPDATE),
//     handovers that keep the history continuous, the organisation told;
//   - visits with follow-ups that remind the officer as they come due;
//     "party building + public benefit" activities with photos;
//   - party-member volunteers whose hours convert to points by the
//     county's rules, on an append-only ledger, with a yearly leaderboard;
//   - the committee's statistics, one aggregate query per figure set.
//
// Who may do what is internal/authz/party.go (ent privacy and Casbin); this
// package holds what must hold whoever asks. Every change goes through the
// audited ent client in the caller's transaction.
package party

import (
	"context"
	"log/slog"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/partysettings"
	"hatchery/internal/authz"
	"hatchery/internal/documents"
	"hatchery/internal/fanout"
	"hatchery/internal/notify"
	"hatchery/internal/viewer"
)

// Service is the programme.
type Service struct {
	Notify *notify.Service
	Docs   *documents.Service
	Log    *slog.Logger
	// Now is the clock (tests move it).
	Now func() time.Time
	// Pool is the application's own client, which reads through the
	// connection pool: a list read with it reads its parts side by side
	// (internal/fanout). Nil reads them one after the other.
	Pool *gen.Client
}

// pooled reports whether c's reads may run side by side.
func (s *Service) pooled(c *gen.Client) bool { return fanout.Pooled(c, s.Pool) }

// New builds the service.
func New(n *notify.Service, docs *documents.Service, log *slog.Logger) *Service {
	return &Service{Notify: n, Docs: docs, Log: log, Now: time.Now}
}

// system is ctx with privacy decided, for bookkeeping the service does
// once it has checked the viewer may cause it; the viewer stays in ctx so
// audit rows name who acted.
func system(ctx context.Context) context.Context { return privacy.DecisionContext(ctx, privacy.Allow) }

// china is the zone a day is counted in.
var china = time.FixedZone("CST", 8*3600)

// Day is the Chinese calendar date of t as midnight UTC: dates are days,
// stored so that SQL compares and groups them the same on both databases.
func Day(t time.Time) time.Time {
	y, m, d := t.In(china).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// today is the current date.
func (s *Service) today() time.Time { return Day(s.Now()) }

// dayOr is the date of t, or today when t is nil.
func (s *Service) dayOr(t *time.Time) time.Time {
	if t == nil {
		return s.today()
	}
	return Day(*t)
}

// domainOf is the domain the viewer acts in.
func domainOf(ctx context.Context) int {
	if v := viewer.FromContext(ctx); v != nil {
		return v.DomainID
	}
	return 0
}

// requireCommittee refuses a viewer who may not manage coverage.
func requireCommittee(ctx context.Context) error {
	if !authz.Can(ctx, authz.ObjParty, authz.ActUpdate) {
		return forbidden("only the party committee may do this", "只有社会组织综合党委可以进行此操作")
	}
	return nil
}

// Settings returns the county's settings, creating them with defaults the
// first time (read as the system: the load limit and points apply to
// whoever works).
func (s *Service) Settings(ctx context.Context, c *gen.Client, domainID int) (*gen.PartySettings, error) {
	sys := system(ctx)
	st, err := c.PartySettings.Query().Where(partysettings.DomainID(domainID)).Only(sys)
	if gen.IsNotFound(err) {
		st, err = c.PartySettings.Create().SetDomainID(domainID).Save(sys)
		if gen.IsConstraintError(err) { // created meanwhile by another request
			return c.PartySettings.Query().Where(partysettings.DomainID(domainID)).Only(sys)
		}
	}
	return st, err
}

func canCreate(ctx context.Context) bool { return authz.Can(ctx, authz.ObjParty, authz.ActCreate) }

// MySettings are the settings of the viewer's county, as they may read
// them (the committee and bureau admins).
func (s *Service) MySettings(ctx context.Context, c *gen.Client) (*gen.PartySettings, error) {
	st, err := s.Settings(ctx, c, domainOf(ctx))
	if err != nil {
		return nil, err
	}
	return c.PartySettings.Get(ctx, st.ID)
}
