// Package grant is the venture-grant programme (公益创投), first half:
// funds with an append-only ledger, annual calls (budget from funds,
// minimum and maximum, open and close times, eligibility, rubric, the
// call's own questions), the eligibility check an organisation runs before
// writing anything, proposals as the programme records of casework cases,
// expert review through internal/review, awards that commit money in the
// transaction of the case's decision and never overspend, and the public
// announcement (公示) of awards.
//
// Money is integer fen everywhere (internal/money parses and formats).
// Budgets hold under concurrency three ways: the call's row is locked
// (FOR UPDATE on PostgreSQL; SQLite's writer lock serialises writers), the
// balances change by conditional updates, and CHECK constraints refuse a
// negative or overspent balance whatever the code does.
package grant

import (
	"context"
	"log/slog"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"

	"hatchery/internal/casework"
	"hatchery/internal/documents"
	"hatchery/internal/fanout"
	"hatchery/internal/notify"
	"hatchery/internal/review"
	"hatchery/internal/workdays"
)

// Key is the programme's key on service items and cases.
const Key = "venture_grant"

// PanelKind is the subject kind of a call's review panel.
const PanelKind = "grant_call"

// Service is the programme.
type Service struct {
	Casework *casework.Service
	Notify   *notify.Service
	Review   *review.Service
	Docs     *documents.Service
	Log      *slog.Logger
	// Now is the clock (tests move it).
	Now func() time.Time
	// Pool is the application's own client, which reads through the
	// connection pool: the ranking read with it reads its parts side by
	// side (internal/fanout). Nil reads them one after the other.
	Pool *gen.Client
}

// pooled reports whether c's reads may run side by side.
func (s *Service) pooled(c *gen.Client) bool { return fanout.Pooled(c, s.Pool) }

// New builds the service.
func New(cw *casework.Service, n *notify.Service, r *review.Service, log *slog.Logger) *Service {
	return &Service{Casework: cw, Notify: n, Review: r, Log: log, Now: time.Now}
}

// Key is the programme's key.
func (s *Service) Key() string { return Key }

func system(ctx context.Context) context.Context { return privacy.DecisionContext(ctx, privacy.Allow) }

// zone is China time, for the dates people read.
func zone() *time.Location { return workdays.Zone }

// tellOrganization tells every member of organisation orgID.
func (s *Service) tellOrganization(ctx context.Context, c *gen.Client, orgID, domainID int, m notify.Message) error {
	return s.Notify.SendToOrganization(ctx, c, orgID, domainID, m)
}
