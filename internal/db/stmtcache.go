package db

import (
	"container/list"
	"context"
	"database/sql"
	"sync"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// stmtCacheSize bounds the distinct query texts kept prepared. ent writes
// its queries with placeholders, so a text is a query's shape (its columns,
// predicates and order), not its values; a list of ids goes as one array
// (reshape), so its length is not part of the shape either, and an enum's
// value is written in, which makes a shape of each value the code asks for:
// the API's hot reads are a few dozen shapes.
const stmtCacheSize = 256

// stmtCache runs reads on the pool as prepared statements on PostgreSQL.
//
// lib/pq sends a query with arguments as an unnamed statement: one round
// trip to parse and describe it, a second to bind and run it, and the
// server parses, analyses and plans it again every time. On the benchmark's
// nested list that cost PostgreSQL about three times the CPU per request of
// the same two statements prepared (pgbench -M prepared). A prepared
// statement is bound and run in one round trip and planned from the
// server's plan cache.
//
// Only Driver.Query is cached: the reads outside a transaction, which is
// what every query (GraphQL query operation) runs. Writes and everything in
// a transaction go as before. database/sql prepares a *sql.Stmt on each
// pool connection the first time it runs there, and again after a
// connection is replaced. The cache keeps the most recently used texts;
// an evicted statement is closed once no call is using it (closing it
// while another goroutine is about to run it would fail that call).
type stmtCache struct {
	dialect.Driver
	db  *sql.DB
	max int

	mu      sync.Mutex
	entries map[string]*list.Element // of *cachedStmt
	lru     *list.List               // front: most recently used
}

type cachedStmt struct {
	query   string
	stmt    *sql.Stmt
	users   int  // calls between acquire and release
	evicted bool // out of the cache: close when users reaches 0
}

func newStmtCache(drv dialect.Driver, db *sql.DB, size int) *stmtCache {
	return &stmtCache{Driver: drv, db: db, max: size, entries: map[string]*list.Element{}, lru: list.New()}
}

// Query runs query as a cached prepared statement. Anything but ent's usual
// arguments goes to the wrapped driver, which reports the mistake.
func (c *stmtCache) Query(ctx context.Context, query string, args, v any) error {
	rows, ok := v.(*entsql.Rows)
	argv, okArgs := args.([]any)
	if !ok || !okArgs {
		return c.Driver.Query(ctx, query, args, v)
	}
	if q, a, ok := reshape(query, argv); ok {
		query, argv = q, a
	}
	s, err := c.acquire(ctx, query)
	if err != nil {
		return err
	}
	r, err := s.stmt.QueryContext(ctx, argv...)
	c.release(s)
	if err != nil {
		return err
	}
	*rows = entsql.Rows{ColumnScanner: r}
	return nil
}

// Close closes the cached statements, then the driver.
func (c *stmtCache) Close() error {
	c.mu.Lock()
	for e := c.lru.Front(); e != nil; e = e.Next() {
		_ = e.Value.(*cachedStmt).stmt.Close()
	}
	c.entries, c.lru = map[string]*list.Element{}, list.New()
	c.mu.Unlock()
	return c.Driver.Close()
}

func (c *stmtCache) acquire(ctx context.Context, query string) (*cachedStmt, error) {
	c.mu.Lock()
	if e, ok := c.entries[query]; ok {
		c.lru.MoveToFront(e)
		s := e.Value.(*cachedStmt)
		s.users++
		c.mu.Unlock()
		return s, nil
	}
	c.mu.Unlock()

	// Prepared outside the lock: it is a round trip. Two callers may
	// prepare the same text at once; the second keeps the first's entry.
	stmt, err := c.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[query]; ok {
		_ = stmt.Close()
		c.lru.MoveToFront(e)
		s := e.Value.(*cachedStmt)
		s.users++
		return s, nil
	}
	s := &cachedStmt{query: query, stmt: stmt, users: 1}
	c.entries[query] = c.lru.PushFront(s)
	for c.lru.Len() > c.max {
		old := c.lru.Back()
		o := c.lru.Remove(old).(*cachedStmt)
		delete(c.entries, o.query)
		o.evicted = true
		if o.users == 0 {
			_ = o.stmt.Close()
		}
	}
	return s, nil
}

func (c *stmtCache) release(s *cachedStmt) {
	c.mu.Lock()
	s.users--
	closeIt := s.evicted && s.users == 0
	c.mu.Unlock()
	if closeIt {
		_ = s.stmt.Close()
	}
}
