package app

import (
	"context"
	"time"

	"hatchery/internal/auth"
	"hatchery/internal/authz"
	"hatchery/internal/db"
	"hatchery/internal/jobs"
)

// accountsPart builds the Casbin authorizer, fed from role assignments (and,
// on PostgreSQL, told of other nodes' role changes), and the account
// service, whose hourly job deletes sessions that ended a day ago.
func accountsPart(ctx context.Context, a *App) (Part, error) {
	az, err := authz.New(ctx, authz.GrantsFrom(a.Client))
	if err != nil {
		return Part{}, err
	}
	if a.DB.Dialect == db.Postgres {
		az.NotifyOnCommit()
	}
	a.Authz, a.Auth = az, auth.New(a.Client)
	return Part{Jobs: []jobs.Job{{
		Name: "accounts.purge_sessions", Period: time.Hour,
		Run: func(ctx context.Context) error {
			n, err := a.Auth.PurgeExpired(ctx)
			if n > 0 {
				a.Log.Info("purged sessions", "count", n)
			}
			return err
		},
	}}}, nil
}
