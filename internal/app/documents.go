package app

import (
	"context"
	"time"

	"hatchery/internal/documents"
	"hatchery/internal/jobs"
)

// documentsPart builds the document service over the store, and its hourly
// clean-up of abandoned uploads and unreferenced files.
func documentsPart(_ context.Context, a *App) (Part, error) {
	a.Docs = documents.New(a.Store, a.Log)
	return Part{Jobs: []jobs.Job{{
		Name: "documents.cleanup", Period: time.Hour,
		Run: func(ctx context.Context) error {
			_, err := a.Docs.Cleanup(ctx, a.Client)
			return err
		},
	}}}, nil
}
