// Package app wires the platform's core together over an open database: the
// ent client with the audit hook, the Casbin authorizer fed from role
// assignments, and the account service. The server and the tests build the
// platform through here, so no entry point can forget a part.
package app

import (
	"context"

	gen "hatchery/ent"
	_ "hatchery/ent/runtime" // registers schema hooks and privacy policies
	"hatchery/internal/audit"
	"hatchery/internal/auth"
	"hatchery/internal/authz"
	"hatchery/internal/db"
)

// App is the assembled core.
type App struct {
	DB     *db.DB
	Client *gen.Client
	Authz  *authz.Authorizer
	Auth   *auth.Service
}

// New assembles the core over d, whose schema must be migrated.
func New(ctx context.Context, d *db.DB) (*App, error) {
	d.Client.Use(audit.Hook())
	az, err := authz.New(ctx, authz.GrantsFrom(d.Client))
	if err != nil {
		return nil, err
	}
	if d.Dialect == db.Postgres {
		az.NotifyOnCommit()
	}
	return &App{DB: d, Client: d.Client, Authz: az, Auth: auth.New(d.Client)}, nil
}

// Context returns ctx with what every request needs besides its viewer.
func (a *App) Context(ctx context.Context) context.Context {
	return authz.NewContext(ctx, a.Authz)
}

// Close closes the database.
func (a *App) Close() error { return a.DB.Close() }
