package authz

import (
	"context"
	"log/slog"
	"time"

	"github.com/lib/pq"

	gen "hatchery/ent"
)

// Channel is the PostgreSQL notification channel that tells every app node
// the role assignments changed.
const Channel = "hatchery_role_assignments"

// NotifyOnCommit makes role-assignment changes announce themselves to other
// nodes: NOTIFY inside the change's transaction is delivered when it commits,
// and never if it rolls back. For PostgreSQL only; SQLite is single-node.
func (a *Authorizer) NotifyOnCommit() { a.notify = true }

func (a *Authorizer) announce(ctx context.Context, client *gen.Client) error {
	if !a.notify {
		return nil
	}
	_, err := client.ExecContext(ctx, "SELECT pg_notify($1, '')", Channel)
	return err
}

// WatchPostgres listens for role-assignment changes made by any node and
// reloads the enforcer, until ctx ends. It also reloads after every
// (re)connection, since notifications sent while disconnected are lost.
func (a *Authorizer) WatchPostgres(ctx context.Context, dsn string, log *slog.Logger) error {
	l := pq.NewListener(dsn, time.Second, time.Minute, func(ev pq.ListenerEventType, err error) {
		if err != nil {
			log.Warn("role-assignment listener", "event", ev, "err", err)
		}
	})
	defer l.Close()
	if err := l.Listen(Channel); err != nil {
		return err
	}
	reload := func() {
		if err := a.Reload(ctx); err != nil && ctx.Err() == nil {
			log.Error("reloading role assignments", "err", err)
		}
	}
	reload() // changes made before Listen took effect
	for {
		select {
		case <-ctx.Done():
			return nil
		case n := <-l.NotificationChannel():
			// nil after a reconnection: something may have been missed.
			_ = n
			reload()
		case <-time.After(5 * time.Minute):
			// Keep the connection known to be alive.
			go func() { _ = l.Ping() }()
		}
	}
}
