package db

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/lib/pq"
	"github.com/stretchr/testify/require"
)

// TestUnavailable: what counts as "the database cannot be reached" (try
// again) and what is a refusal of the statement or someone else's error.
func TestUnavailable(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: fmt.Errorf("connect: %w", syscall.ECONNREFUSED)}
	for _, c := range []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"dropped connection", fmt.Errorf("ent: %w", driver.ErrBadConn), true},
		{"refused", fmt.Errorf("connecting to 127.0.0.1:5432: %w", refused), true},
		{"socket deadline", &net.OpError{Op: "read", Err: errors.New("i/o timeout")}, true},
		{"admin shutdown", &pq.Error{Code: "57P01"}, true},
		{"starting up", &pq.Error{Code: "57P03"}, true},
		{"connection failure", &pq.Error{Code: "08006"}, true},
		{"too many connections", &pq.Error{Code: "53300"}, true},
		{"unique violation", &pq.Error{Code: "23505"}, false},
		{"syntax error", &pq.Error{Code: "42601"}, false},
		{"bare EOF (a bad cursor)", io.ErrUnexpectedEOF, false},
		{"hung up during start-up", fmt.Errorf("ent: %w", connectError(io.EOF)), true},
		{"wrong password", connectError(&pq.Error{Code: "28P01"}), false},
		{"context", context.DeadlineExceeded, false},
	} {
		require.Equal(t, c.want, Unavailable(c.err), c.name)
	}
}

// TestHangUpAtConnectIsUnavailable: something that accepts the connection
// and closes it before PostgreSQL's start-up answer (a stopping server, a
// proxy without a backend) makes lib/pq return a bare EOF; through the
// platform's connector that is an outage, not an internal error.
func TestHangUpAtConnectIsUnavailable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			// Read the start-up packet, then hang up: closing with it
			// unread would reset the connection instead of ending it.
			var n [4]byte
			if _, err := io.ReadFull(c, n[:]); err == nil {
				_, _ = io.CopyN(io.Discard, c, int64(binary.BigEndian.Uint32(n[:]))-4)
			}
			_ = c.Close()
		}
	}()
	c, err := newPGConnector(fmt.Sprintf("postgres://u@%s/db?sslmode=disable", l.Addr()))
	require.NoError(t, err)
	_, err = c.Connect(context.Background())
	require.ErrorIs(t, err, io.EOF, "lib/pq's own error is kept underneath")
	require.True(t, Unavailable(err), "%v", err)
}

// TestSQLiteBusyIsUnavailable: a writer that waited out busy_timeout behind
// another gets SQLITE_BUSY; that is "try again", not an internal error.
func TestSQLiteBusyIsUnavailable(t *testing.T) {
	dsn := "file:" + filepath.ToSlash(filepath.Join(t.TempDir(), "busy.db")) + "?_pragma=busy_timeout(50)&_txlock=immediate"
	a, err := sql.Open("sqlite", dsn)
	require.NoError(t, err)
	t.Cleanup(func() { _ = a.Close() })
	b, err := sql.Open("sqlite", dsn)
	require.NoError(t, err)
	t.Cleanup(func() { _ = b.Close() })
	_, err = a.Exec("CREATE TABLE t (x INTEGER)")
	require.NoError(t, err)
	tx, err := a.Begin()
	require.NoError(t, err)
	t.Cleanup(func() { _ = tx.Rollback() })
	_, err = b.Begin()
	require.Error(t, err)
	require.True(t, Unavailable(err), "%v", err)
	require.False(t, Unavailable(fmt.Errorf("wrapped: %w", errors.New("constraint failed"))))
}
