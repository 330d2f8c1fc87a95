package authz

import (
	"context"
	"log/slog"
	"time"

	gen "hatchery/ent"
)

// reloadTimeout bounds a reload after a role change.
const reloadTimeout = 10 * time.Second

// ReloadOnRoleChange reloads Casbin's role grants once a role-assignment
// change is durable: after commit when the change runs in a transaction (a
// reload inside it would read the old rows, or block on SQLite), at once
// otherwise. The grants take effect for the very next request.
func ReloadOnRoleChange() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			a := FromContext(ctx)
			if a == nil {
				return v, nil // system code (seeding) reloads explicitly afterwards
			}
			reload := func() {
				// The request's context may end with the request; the reload
				// must not, but it must not wait forever on a hung database
				// either (it runs inside the request, after the commit).
				rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), reloadTimeout)
				defer cancel()
				if err := a.Reload(rctx); err != nil {
					slog.ErrorContext(ctx, "reloading role assignments", "err", err)
				}
			}
			if cm, ok := m.(interface{ Client() *gen.Client }); ok {
				if err := a.announce(ctx, cm.Client()); err != nil {
					return nil, err
				}
			}
			if txm, ok := m.(interface{ Tx() (*gen.Tx, error) }); ok {
				if tx, err := txm.Tx(); err == nil {
					tx.OnCommit(func(next gen.Committer) gen.Committer {
						return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
							if err := next.Commit(ctx, tx); err != nil {
								return err
							}
							reload()
							return nil
						})
					})
					return v, nil
				}
			}
			reload()
			return v, nil
		})
	}
}
