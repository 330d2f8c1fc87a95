package app

import (
	"context"
	"time"

	"hatchery/internal/jobs"
	"hatchery/internal/party"
)

// partyPart builds party-building liaison. It files nothing through
// casework (coverage is the committee's own record, not an application),
// so it registers no programme; its job reminds guidance officers of visit
// follow-ups coming due.
func partyPart(_ context.Context, a *App) (Part, error) {
	s := party.New(a.Casework.Notify, a.Docs, a.Log)
	s.Pool = a.Client
	a.Party = s
	return Part{Jobs: []jobs.Job{{
		Name: "party.follow_ups", Period: 24 * time.Hour,
		Run: func(ctx context.Context) error {
			_, err := s.RemindFollowUps(ctx, a.Client)
			return err
		},
	}}}, nil
}
