package app

import (
	"context"
	"time"

	"hatchery/internal/grant"
	"hatchery/internal/jobs"
	"hatchery/internal/review"
)

// grantPart builds venture grants and the review panels they use, and
// registers the programme with casework, whose proposal cases it checks
// at submission and decides. Its job makes awards final when their public
// announcement ends.
func grantPart(_ context.Context, a *App) (Part, error) {
	a.Review = review.New()
	s := grant.New(a.Casework, a.Casework.Notify, a.Review, a.Log)
	s.Pool = a.Client
	s.Docs = a.Docs
	a.Grants = s
	a.Casework.Register(s)
	return Part{Jobs: []jobs.Job{{
		Name: "grant.announcements", Period: time.Hour,
		Run: func(ctx context.Context) error {
			_, err := s.FinalizeAnnouncements(ctx, a.Client)
			return err
		},
	}}}, nil
}
