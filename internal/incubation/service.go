// Package incubation is the incubator programme ("mature one, hatch one",
// 培育一个、孵化一个): centres and their spaces, admission through a
// casework case, the waitlist and its automatic offers, tenancies with
// their incubation plans, maturity scorecards, graduation (出壳) with its
// certificate, and alumni reports.
//
// The heart of it is one rule: space is scarce and graduation is what
// frees it. Seats are held (IncubationSpace.seats_used) by active
// tenancies and open offers, and change only by a conditional UPDATE that
// a CHECK backs, so no space is ever over-allocated, however many
// admissions run at once. Whenever seats are released (graduation, early
// exit, a declined, withdrawn or expired offer) they are offered, in the
// same transaction, to the head of the centre's waitlist who fits.
//
// Casework owns the admission window; this package is its Programme
// (key "incubation"): it checks the admission form at submission and, at
// the decision, admits the organisation into a space, onto the waitlist or
// into virtual incubation as staff's assessment said — in the decision's
// transaction.
package incubation

import (
	"errors"
	"log/slog"
	"time"

	"hatchery/internal/casework"
	"hatchery/internal/documents"
	"hatchery/internal/notify"
)

// Key is the programme's key on service items.
const Key = "incubation"

// Service runs the programme. Its methods take the request's ent client
// (the transaction's inside a mutation).
type Service struct {
	Calendars *casework.Calendars
	Notify    *notify.Service
	Log       *slog.Logger
	// Letters, when set, returns the server's letter issuer, whose font,
	// store, secret and address certificates use (nil: certificates are
	// numbered but not typeset, as in tests without letters).
	Letters func() *casework.Letters
	// Docs gives certificate download addresses.
	Docs *documents.Service
	// Now is the clock (tests move it).
	Now func() time.Time
	// AssessmentPage is how many tenancies the assessments job reads
	// together (0: 500; tests make it small).
	AssessmentPage int
}

// New builds the service.
func New(cals *casework.Calendars, n *notify.Service, log *slog.Logger) *Service {
	if log == nil {
		log = slog.Default()
	}
	return &Service{Calendars: cals, Notify: n, Log: log, Now: time.Now}
}

var errNotBuilt = errors.New("incubation: not built yet")

// now is the service's clock as a method value.
func (s *Service) now() time.Time { return s.Now() }
