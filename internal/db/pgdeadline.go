package db

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"time"

	"github.com/lib/pq"
)

// lib/pq answers a cancelled context by sending PostgreSQL a cancel request
// and waiting for the query to end. A server that hangs (stopped, or a
// network that drops packets silently) answers neither, so the request
// waited as long as the database did, whatever its deadline. Here the
// context's deadline is also put on the connection's socket before each
// call: a read past the deadline fails, lib/pq marks the connection bad, the
// pool drops it, and the caller gets its error on time. A context without a
// deadline (migrations, jobs) leaves the socket without one, as before.

// pgConnector opens lib/pq connections whose sockets follow each call's
// deadline, each retiring after its own lifetime (conn_lifetime.go).
type pgConnector struct {
	pq *pq.Connector
	// lifetime draws a new connection's lifetime (drawLifetime) and now
	// tells the time (time.Now): a test sets its own.
	lifetime func() time.Duration
	now      func() time.Time
}

func newPGConnector(dsn string) (*pgConnector, error) {
	c, err := pq.NewConnector(dsn)
	if err != nil {
		return nil, err
	}
	c.Dialer(deadlineDialer{})
	return &pgConnector{pq: c, lifetime: drawLifetime, now: time.Now}, nil
}

// socketKey carries, into the dialer, where to leave the socket it dials
// for the connection being opened.
type socketKey struct{}

func (c *pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	var sock net.Conn
	conn, err := c.pq.Connect(context.WithValue(ctx, socketKey{}, &sock))
	if err != nil {
		return nil, connectError(err)
	}
	if sock == nil { // not dialled by deadlineDialer: nothing to arm
		return conn, nil
	}
	return &pgConn{Conn: conn, sock: sock, now: c.now, retireAt: c.now().Add(c.lifetime())}, nil
}

func (c *pgConnector) Driver() driver.Driver { return c.pq.Driver() }

// deadlineDialer dials TCP with keep-alives, gives the new socket the dial
// context's deadline (a connection attempt to a hung server ends with it,
// and so does lib/pq's own cancel request, dialled with a 10 s context) and
// hands it to Connect.
type deadlineDialer struct{}

func (deadlineDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	d := net.Dialer{KeepAlive: 30 * time.Second}
	c, err := d.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	if dl, ok := ctx.Deadline(); ok {
		_ = c.SetDeadline(dl)
	}
	if p, ok := ctx.Value(socketKey{}).(*net.Conn); ok {
		*p = c
	}
	return c, nil
}

func (d deadlineDialer) Dial(network, addr string) (net.Conn, error) {
	return d.DialContext(context.Background(), network, addr)
}

func (d deadlineDialer) DialTimeout(network, addr string, timeout time.Duration) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return d.DialContext(ctx, network, addr)
}

// pgConn is a lib/pq connection that sets its socket's deadline from the
// context of every call that has one (a transaction's COMMIT and ROLLBACK,
// which take no context, keep the deadline of the call before them).
type pgConn struct {
	driver.Conn
	sock net.Conn
	// retireAt is when, by now's clock, the connection has served its
	// lifetime and is closed on its way back to the pool.
	retireAt time.Time
	now      func() time.Time
}

// The interfaces lib/pq's connection implements, so database/sql treats the
// wrapper as it treats lib/pq.
var _ interface {
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.QueryerContext
	driver.ExecerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
	driver.NamedValueChecker
} = (*pgConn)(nil)

func (c *pgConn) arm(ctx context.Context) {
	dl, _ := ctx.Deadline() // zero: no deadline
	_ = c.sock.SetDeadline(dl)
}

func (c *pgConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	c.arm(ctx)
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}

func (c *pgConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	c.arm(ctx)
	st, err := c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	return &pgStmt{Stmt: st, conn: c}, nil
}

func (c *pgConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	c.arm(ctx)
	return c.Conn.(driver.QueryerContext).QueryContext(ctx, query, args)
}

func (c *pgConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	c.arm(ctx)
	return c.Conn.(driver.ExecerContext).ExecContext(ctx, query, args)
}

func (c *pgConn) Ping(ctx context.Context) error {
	c.arm(ctx)
	return c.Conn.(driver.Pinger).Ping(ctx)
}

func (c *pgConn) ResetSession(ctx context.Context) error {
	return c.Conn.(driver.SessionResetter).ResetSession(ctx)
}

// IsValid is false once the connection is past its lifetime: database/sql
// asks when the connection comes back to the pool, and closes it then.
func (c *pgConn) IsValid() bool {
	if !c.Conn.(driver.Validator).IsValid() {
		return false
	}
	if !c.now().Before(c.retireAt) {
		retired.Add(1)
		return false
	}
	return true
}

func (c *pgConn) CheckNamedValue(nv *driver.NamedValue) error {
	return c.Conn.(driver.NamedValueChecker).CheckNamedValue(nv)
}

// pgStmt is a statement prepared on a pgConn. The statement cache
// (stmtcache.go) runs it again in later calls, long after the call that
// prepared it: each run sets the socket's deadline from its own context, or
// it would inherit an earlier call's, maybe already past.
type pgStmt struct {
	driver.Stmt
	conn *pgConn
}

var _ interface {
	driver.StmtQueryContext
	driver.StmtExecContext
} = (*pgStmt)(nil)

// stmtCloseTimeout bounds closing a statement (a round trip with no
// context of its own: database/sql closes evicted statements when their
// connection is free).
const stmtCloseTimeout = 5 * time.Second

func (s *pgStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	s.conn.arm(ctx)
	if q, ok := s.Stmt.(driver.StmtQueryContext); ok {
		return q.QueryContext(ctx, args)
	}
	vs, err := plainValues(args)
	if err != nil {
		return nil, err
	}
	//nolint:staticcheck // the driver's statement has no context form
	return s.Stmt.Query(vs)
}

func (s *pgStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	s.conn.arm(ctx)
	if e, ok := s.Stmt.(driver.StmtExecContext); ok {
		return e.ExecContext(ctx, args)
	}
	vs, err := plainValues(args)
	if err != nil {
		return nil, err
	}
	//nolint:staticcheck // the driver's statement has no context form
	return s.Stmt.Exec(vs)
}

// plainValues turns positional arguments into the form of a statement with
// no context methods: lib/pq's COPY statement (pq.CopyIn) is one, and its
// rows arrive through Exec.
func plainValues(args []driver.NamedValue) ([]driver.Value, error) {
	vs := make([]driver.Value, len(args))
	for i, a := range args {
		if a.Name != "" {
			return nil, fmt.Errorf("db: the statement takes no named argument (%s)", a.Name)
		}
		vs[i] = a.Value
	}
	return vs, nil
}

func (s *pgStmt) Close() error {
	_ = s.conn.sock.SetDeadline(time.Now().Add(stmtCloseTimeout))
	return s.Stmt.Close()
}

// ConnectFailed is a connection attempt that reached something which then
// hung up before PostgreSQL's start-up answer (a server stopping, a proxy or
// balancer with no backend): lib/pq reports that as a bare io.EOF, which
// elsewhere means a bad cursor, so it is marked here, where its meaning is
// certain, for Unavailable to recognise.
type ConnectFailed struct{ Err error }

func (e *ConnectFailed) Error() string { return "connecting to PostgreSQL: " + e.Err.Error() }
func (e *ConnectFailed) Unwrap() error { return e.Err }

// connectError marks the start-up's end-of-stream; PostgreSQL's own
// refusals (a wrong password, an unknown database) stay what they are.
func connectError(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &ConnectFailed{Err: err}
	}
	return err
}
