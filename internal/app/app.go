// Package app wires the platform's core together over an open database: the
// ent client with the audit hook, the Casbin authorizer fed from role
// assignments, and the account service. The server and the tests build the
// platform through here, so no entry point can forget a part.
package app

import (
	"context"
	"log/slog"

	gen "hatchery/ent"
	_ "hatchery/ent/runtime" // registers schema hooks and privacy policies
	"hatchery/internal/audit"
	"hatchery/internal/auth"
	"hatchery/internal/authz"
	"hatchery/internal/casework"
	"hatchery/internal/db"
	"hatchery/internal/documents"
	"hatchery/internal/storage"
)

// App is the assembled core.
type App struct {
	DB     *db.DB
	Client *gen.Client
	Authz  *authz.Authorizer
	Auth   *auth.Service
	// Store keeps documents' files; Docs runs the document flow over it.
	Store storage.Store
	Docs  *documents.Service
	// Cases runs one-window casework.
	Cases *casework.Service
	// Letters issues decision letters and signs their verification links
	// (set up by the server; nil in tests that do not need letters).
	Letters *casework.Letters
}

// New assembles the core over d, whose schema must be migrated, with
// documents kept in store.
func New(ctx context.Context, d *db.DB, store storage.Store, log *slog.Logger) (*App, error) {
	d.Client.Use(audit.Hook())
	az, err := authz.New(ctx, authz.GrantsFrom(d.Client))
	if err != nil {
		return nil, err
	}
	if d.Dialect == db.Postgres {
		az.NotifyOnCommit()
	}
	if _, err := casework.SeedCalendar(ctx, d.Client); err != nil {
		return nil, err
	}
	return &App{
		DB: d, Client: d.Client, Authz: az, Auth: auth.New(d.Client),
		Store: store, Docs: documents.New(store, log),
		Cases: casework.New(casework.NewCalendars(d.Client), log),
	}, nil
}

// Context returns ctx with what every request needs besides its viewer.
func (a *App) Context(ctx context.Context) context.Context {
	return authz.NewContext(ctx, a.Authz)
}

// Close closes the database.
func (a *App) Close() error { return a.DB.Close() }
