package server

import (
	"context"
	"net/http"
	"time"

	"hatchery/internal/app"
)

// ReadyTimeout bounds /readyz: a probe answered later than a load balancer
// waits is no answer at all.
const ReadyTimeout = 2 * time.Second

// readyz answers whether the database and the document store answer, within
// ReadyTimeout. Each check runs under the deadline (which reaches the
// database's socket, internal/db) and is also not waited for past it, so a
// hung dependency makes the probe fail on time instead of hang.
func readyz(a *app.App) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), ReadyTimeout)
		defer cancel()
		if err := within(ctx, a.DB.Ping); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "database unreachable"})
			return
		}
		if err := within(ctx, a.Store.Ping); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "document storage unreachable"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
}

// within runs check and returns its error, or ctx's once ctx ends first (the
// check goes on in the background until it notices).
func within(ctx context.Context, check func(context.Context) error) error {
	done := make(chan error, 1)
	go func() { done <- check(ctx) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}
