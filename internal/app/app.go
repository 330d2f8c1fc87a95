// Package app assembles the platform over an open database: the ent client
// with the audit hook, and then each area's part (parts.go) — accounts,
// documents, casework and, later, each programme — which builds its
// services onto the App and contributes its periodic jobs (run by
// internal/jobs) and its public, no-login HTTP routes. The server, the
// GraphQL resolver and the tests all hold the one *App, so no entry point
// can forget a part and every name is spelled once.
package app

import (
	"context"
	"fmt"
	"log/slog"

	gen "hatchery/ent"
	_ "hatchery/ent/runtime" // registers schema hooks and privacy policies
	"hatchery/internal/audit"
	"hatchery/internal/auth"
	"hatchery/internal/authz"
	"hatchery/internal/casework"
	"hatchery/internal/db"
	"hatchery/internal/documents"
	"hatchery/internal/grant"
	"hatchery/internal/incubation"
	"hatchery/internal/jobs"
	"hatchery/internal/party"
	"hatchery/internal/review"
	"hatchery/internal/storage"
)

// App is the assembled platform.
type App struct {
	DB     *db.DB
	Client *gen.Client
	Log    *slog.Logger
	// Store keeps documents' files.
	Store storage.Store

	// Services, one field per area (set by its part).
	Authz *authz.Authorizer
	Auth  *auth.Service
	// Docs runs the document flow over Store.
	Docs *documents.Service
	// Casework runs one-window casework.
	Casework *casework.Service
	// Incubation runs the incubator programme.
	Incubation *incubation.Service
	// Grants runs venture grants; Review the expert panels it uses.
	Grants *grant.Service
	Review *review.Service
	// Party runs party-building liaison.
	Party *party.Service
	// Letters issues decision letters and signs their verification links
	// (set up by the server; nil in tests that do not need letters).
	Letters *casework.Letters

	// Jobs runs every part's periodic jobs; the server starts it.
	Jobs *jobs.Scheduler
	// Routes are every part's public routes; the server mounts them.
	Routes []Route
}

// New assembles the platform over d, whose schema must be migrated, with
// documents kept in store.
func New(ctx context.Context, d *db.DB, store storage.Store, log *slog.Logger) (*App, error) {
	d.Client.Use(audit.Hook())
	a := &App{DB: d, Client: d.Client, Log: log, Store: store}
	sched, err := jobs.New(d.Client, log)
	if err != nil {
		return nil, err
	}
	a.Jobs = sched
	for _, p := range parts {
		part, err := p.build(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("app: %s: %w", p.name, err)
		}
		for _, j := range part.Jobs {
			if err := a.Jobs.Add(j); err != nil {
				return nil, fmt.Errorf("app: %s: %w", p.name, err)
			}
		}
		a.Routes = append(a.Routes, part.Routes...)
	}
	return a, nil
}

// Context returns ctx with what every request needs besides its viewer.
func (a *App) Context(ctx context.Context) context.Context {
	return authz.NewContext(ctx, a.Authz)
}

// Close closes the database.
func (a *App) Close() error { return a.DB.Close() }
