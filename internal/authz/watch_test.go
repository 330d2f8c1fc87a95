package authz_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/roleassignment"
	"hatchery/ent/user"
	"hatchery/internal/app"
	"hatchery/internal/authz"
	"hatchery/internal/db"
	"hatchery/internal/demo"
	"hatchery/internal/password"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/viewer"
)

// Two app nodes on one PostgreSQL database: a role granted through one is
// in force on the other without a restart.
func TestRoleChangesReachOtherNodes(t *testing.T) {
	dsn := testdb.Postgres(t)
	ctx := context.Background()
	open := func() *app.App { return testenv.OpenApp(t, db.Postgres, dsn) }
	node1, node2 := open(), open()
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	require.NoError(t, demo.Seed(sys, node1.Client, "demo-password", password.Fast))
	require.NoError(t, node1.Authz.Reload(ctx))
	admin := node1.Client.User.Query().Where(user.Username("admin")).OnlyX(sys)
	expert := node1.Client.User.Query().Where(user.Username("expert")).OnlyX(sys)

	watchCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- node2.Authz.WatchPostgres(watchCtx, dsn, slog.New(slog.NewTextHandler(io.Discard, nil)))
	}()
	// The watcher's first reload picks up the seeded grants.
	require.Eventually(t, func() bool {
		return node2.Authz.Allowed(admin.ID, admin.DomainID, authz.ObjUser, authz.ActRead)
	}, 10*time.Second, 20*time.Millisecond)
	require.False(t, node2.Authz.Allowed(expert.ID, expert.DomainID, authz.ObjUser, authz.ActRead))

	// An admin on node 1 makes the expert a bureau admin, in a transaction.
	vctx := viewer.NewContext(node1.Context(ctx), &viewer.Viewer{UserID: admin.ID, Username: "admin", DomainID: admin.DomainID})
	tx, err := node1.Client.Tx(vctx)
	require.NoError(t, err)
	require.NoError(t, tx.RoleAssignment.Create().SetUserID(expert.ID).SetRole(roleassignment.RoleBUREAU_ADMIN).Exec(vctx))
	// Not before the commit...
	time.Sleep(100 * time.Millisecond)
	require.False(t, node2.Authz.Allowed(expert.ID, expert.DomainID, authz.ObjUser, authz.ActRead))
	require.NoError(t, tx.Commit())
	// ...and soon after it, on both nodes.
	require.True(t, node1.Authz.Allowed(expert.ID, expert.DomainID, authz.ObjUser, authz.ActRead))
	require.Eventually(t, func() bool {
		return node2.Authz.Allowed(expert.ID, expert.DomainID, authz.ObjUser, authz.ActRead)
	}, 10*time.Second, 20*time.Millisecond)

	stop()
	require.NoError(t, <-done)
}
