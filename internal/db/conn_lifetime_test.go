package db

import (
	"context"
	"database/sql"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
)

// Connections drawn together get lifetimes spread over the last quarter of
// connLifetime, never past it: a burst's connections end one at a time.
func TestConnectionLifetimesAreSpread(t *testing.T) {
	lo, hi := connLifetime, time.Duration(0)
	for range 1000 {
		d := drawLifetime()
		require.GreaterOrEqual(t, d, connLifetime*3/4)
		require.Less(t, d, connLifetime)
		lo, hi = min(lo, d), max(hi, d)
	}
	// 1,000 uniform draws cover far more than half the quarter; equal
	// lifetimes would end together, as a fixed ConnMaxLifetime does.
	require.Greater(t, hi-lo, connLifetime/8, "lifetimes from %v to %v", lo, hi)
}

// A connection past its lifetime is closed when it comes back to the pool,
// not while it serves: the call it serves succeeds, and the next runs on a
// new PostgreSQL backend. One within its lifetime is kept. The connector's
// clock is the test's, so no machine is too slow for it.
func TestConnectionRetiresAfterItsLifetime(t *testing.T) {
	dsn := testdb.Postgres(t)
	for _, c := range []struct {
		name     string
		later    time.Duration // the clock moves this far after the first calls
		replaced bool
	}{
		{"past its lifetime", time.Hour + time.Second, true},
		{"within it", time.Hour - time.Second, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			conn, err := newPGConnector(dsn)
			require.NoError(t, err)
			var clock atomic.Int64 // nanoseconds since start
			start := time.Now()
			conn.now = func() time.Time { return start.Add(time.Duration(clock.Load())) }
			conn.lifetime = func() time.Duration { return time.Hour }
			pool := sql.OpenDB(conn)
			t.Cleanup(func() { _ = pool.Close() })
			pool.SetMaxOpenConns(1)
			pid := func() int {
				var p int
				require.NoError(t, pool.QueryRowContext(context.Background(), `SELECT pg_backend_pid()`).Scan(&p))
				return p
			}
			first := pid()
			require.Equal(t, first, pid(), "a connection within its lifetime serves again")
			clock.Store(int64(c.later))
			// This call finds the connection still in the pool (it retires on
			// the way back, counted once), so it runs on the first backend...
			before := ConnectionsRetired()
			require.Equal(t, first, pid())
			want := before
			if c.replaced {
				want++
			}
			require.Equal(t, want, ConnectionsRetired(), "connections retired")
			// ...and the next on a new one, if the first was past its lifetime.
			if c.replaced {
				require.NotEqual(t, first, pid(), "the connection past its lifetime was kept")
			} else {
				require.Equal(t, first, pid(), "the connection within its lifetime was replaced")
			}
		})
	}
}
