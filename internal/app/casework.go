package app

import (
	"context"
	"time"

	"hatchery/internal/casework"
	"hatchery/internal/jobs"
)

// caseworkPart seeds the holiday calendar and builds the casework service;
// its job applies passed supplement deadlines and sends due-soon reminders
// every ten minutes, and its public route is the page a decision letter's
// QR code opens.
func caseworkPart(ctx context.Context, a *App) (Part, error) {
	if _, err := casework.SeedCalendar(ctx, a.Client); err != nil {
		return Part{}, err
	}
	a.Casework = casework.New(casework.NewCalendars(a.Client), a.Log)
	return Part{
		Jobs: []jobs.Job{{
			Name: "casework.deadlines", Period: 10 * time.Minute,
			Run: func(ctx context.Context) error {
				_, err := a.Casework.RunJobs(ctx, a.Client)
				return err
			},
		}},
		Routes: []Route{{
			Pattern: "GET /verify/{token}",
			// Letters are set up after assembly (they need the server's
			// configuration): read them per request.
			Handler: casework.VerifyPage(a.Client, func() *casework.Letters { return a.Letters }, a.Log),
		}},
	}, nil
}
