// Package casework is the one-window engine every programme files its
// applications through: service items with their materials and time limits,
// cases and their state machine, the one-time deficiency notice, the
// working-day clock, parallel consultation, decision, delivery and rating,
// and the jobs that apply expired deadlines and send due-soon reminders.
//
// Programmes plug in through the Programme interface (programme.go): a
// service item names its programme, which checks the application at
// submission and acts on the decision in the decision's transaction.
//
// Every change to a case goes through a Service method and one row of the
// step table (steps.go), which checks (in this order) that the viewer may
// see the case (ent privacy: NOT_FOUND otherwise), that they are who the
// step needs (FORBIDDEN), and that the case is in a state the step starts
// from (CONFLICT); allowedActions is read off the same table. Then it moves the case
// with a conditional UPDATE … WHERE state = <the state read>, so of two
// people acting at once exactly one wins and the other gets CONFLICT.
// The case's events, notice and consultations are written as the system
// once the case change itself was allowed (see internal/authz/casework.go).
package casework

import (
	"context"
	"log/slog"
	"time"

	gen "hatchery/ent"
	"hatchery/internal/notify"
)

// LetterIssuer turns a decided case into its decision letter document.
type LetterIssuer interface {
	IssueLetter(ctx context.Context, c *gen.Client, cs *gen.ServiceCase) error
}

// Service runs casework.
type Service struct {
	Calendars *Calendars
	// Letters, when set, issues the decision letter when a case is decided.
	Letters LetterIssuer
	// Notify tells applicants, handlers and consulted units what happened
	// (notifications.go), in each step's transaction.
	Notify *notify.Service
	Log    *slog.Logger
	// Now is the clock (tests move it).
	Now func() time.Time
	// JobPage is how many running cases RunJobs reads at a time; 0 is 500.
	JobPage int

	progs programmes // see Register
}

// New returns a Service reading the working-day calendar through cals.
func New(cals *Calendars, log *slog.Logger) *Service {
	if log == nil {
		log = slog.Default()
	}
	return &Service{Calendars: cals, Notify: notify.New(log), Log: log, Now: time.Now}
}
