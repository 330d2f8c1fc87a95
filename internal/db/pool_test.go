package db

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
)

// Bursts of concurrent work reuse the pool's connections: none is closed
// because too many sat idle between bursts (each reopened one is a new
// PostgreSQL backend, milliseconds of its CPU).
func TestPoolKeepsConnectionsAcrossBursts(t *testing.T) {
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		db := open(t, d)
		concurrent := db.SQL.Stats().MaxOpenConnections
		require.Positive(t, concurrent, "the pool is bounded")
		for burst := 0; burst < 3; burst++ {
			var wg, holding sync.WaitGroup
			holding.Add(concurrent)
			errs := make(chan error, concurrent)
			for range concurrent {
				wg.Go(func() {
					// Hold the connection until every worker has one, so
					// the burst really needs the whole pool at once.
					conn, err := db.SQL.Conn(t.Context())
					holding.Done()
					if err != nil {
						errs <- err
						return
					}
					holding.Wait()
					_, err = conn.ExecContext(t.Context(), "SELECT 1")
					errs <- err
					_ = conn.Close()
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				require.NoError(t, err)
			}
		}
		s := db.SQL.Stats()
		require.Zero(t, s.MaxIdleClosed, "connections closed for want of idle room: %+v", s)
	})
}
