package db

import (
	"context"
	"strings"
	"sync"
	"testing"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent"
	"hatchery/internal/testdb"
)

// The guard reports a statement run on the pool while its context carries
// an open transaction, and only that: the transaction's own statements and
// statements with no transaction around them pass.
func TestTxGuardReportsStatementsOutsideTheTransaction(t *testing.T) {
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		var mu sync.Mutex
		var escaped []string
		db, err := OpenGuarded(t.Context(), d.Name, d.DSN(t), func(_ context.Context, q string) {
			mu.Lock()
			escaped = append(escaped, q)
			mu.Unlock()
		})
		require.NoError(t, err)
		t.Cleanup(func() { _ = db.Close() })
		_, err = db.Migrate(t.Context())
		require.NoError(t, err)

		ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
		_, err = db.Client.CalendarDay.Query().Count(ctx)
		require.NoError(t, err)
		require.Empty(t, escaped, "no transaction: nothing to report")

		tx, err := db.Client.Tx(ctx)
		require.NoError(t, err)
		txCtx := ent.NewTxContext(ctx, tx)
		_, err = tx.Client().CalendarDay.Query().Count(txCtx)
		require.NoError(t, err)
		require.Empty(t, escaped, "the transaction's own statement")

		_, err = db.Client.CalendarDay.Query().Count(txCtx)
		require.NoError(t, err)
		require.NoError(t, tx.Commit())
		require.Len(t, escaped, 1, "the pool's statement while the transaction is open")
		require.True(t, strings.Contains(escaped[0], "calendar_days"), escaped[0])
	})
}
