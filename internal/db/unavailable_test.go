package db

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
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
		{"context", context.DeadlineExceeded, false},
	} {
		require.Equal(t, c.want, Unavailable(c.err), c.name)
	}
}
