package app

import (
	"context"
	"time"

	"hatchery/internal/casework"
	"hatchery/internal/incubation"
	"hatchery/internal/jobs"
)

// incubationPart builds the incubation programme and registers it with
// casework, whose admission cases it decides. Its jobs pass expired space
// offers on to the next in line and remind mentors of assessments due;
// its public route is the page a graduation certificate's QR code opens.
func incubationPart(_ context.Context, a *App) (Part, error) {
	s := incubation.New(a.Casework.Calendars, a.Casework.Notify, a.Log)
	// Letters are set up after assembly (they need the server's configuration).
	s.Letters = func() *casework.Letters { return a.Letters }
	s.Docs = a.Docs
	a.Incubation = s
	a.Casework.Register(s)
	return Part{
		Jobs: []jobs.Job{{
			Name: "incubation.offers", Period: 10 * time.Minute,
			Run: func(ctx context.Context) error {
				_, err := s.ExpireOffers(ctx, a.Client)
				return err
			},
		}, {
			Name: "incubation.assessments", Period: 24 * time.Hour,
			Run: func(ctx context.Context) error {
				_, err := s.RemindAssessments(ctx, a.Client)
				return err
			},
		}},
		Routes: []Route{{Pattern: "GET /verify/certificate/{token}", Handler: s.VerifyPage(a.Client, a.Log)}},
	}, nil
}
