package db

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"net"
	"syscall"

	"github.com/lib/pq"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Unavailable reports whether err means the database could not be reached
// or stopped serving (refused connections, a dropped or timed-out socket,
// a server shutting down, starting up or out of connections, SQLite busy
// past its timeout), rather than
// a refusal of this statement: the same request may well succeed later.
//
// It is no judgement on a commit: a COMMIT whose connection dropped may have
// been applied (see graph's transactioner).
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	var pqErr *pq.Error
	if errors.As(err, &pqErr) {
		switch code := string(pqErr.Code); {
		case code[:2] == "08": // connection_exception and its subclasses
			return true
		case code == "57P01", code == "57P02", code == "57P03": // admin/crash shutdown, cannot connect now
			return true
		case code == "53300": // too_many_connections
			return true
		}
		return false
	}
	// SQLite busy or locked past busy_timeout: too many writers at once.
	// The same write a moment later goes through.
	var liteErr *sqlite.Error
	if errors.As(err, &liteErr) {
		switch liteErr.Code() & 0xff { // the primary code; extended codes add bits above
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return true
		}
		return false
	}
	// Not io.EOF: lib/pq turns a connection's EOF into ErrBadConn, and a
	// bare EOF elsewhere (decoding a cursor) is bad input, not an outage.
	// *net.OpError, not net.Error: context.DeadlineExceeded is a net.Error
	// too, and a request out of time is not an outage.
	var netErr *net.OpError
	var connect *ConnectFailed
	return errors.Is(err, driver.ErrBadConn) ||
		errors.As(err, &connect) ||
		errors.Is(err, sql.ErrConnDone) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.EPIPE) ||
		errors.As(err, &netErr)
}
