package db

import (
	"math/rand/v2"
	"sync/atomic"
	"time"
)

// Connections to PostgreSQL are replaced after a while, so that the pool
// follows a failover or a changed setting, but not all at once.
//
// A new connection is slow for its first requests: PostgreSQL's backend
// fills its caches of the catalogue (tables, indexes, statistics) as each
// is first used, and the statement cache (stmtcache.go) prepares each read
// again on it. At province scale the first query of a fresh backend on a
// table took 6–12 ms against about 1 ms warm (psql), and the tenant list's
// first request on a new connection about 55–100 ms against 5. With one
// fixed lifetime (database/sql's ConnMaxLifetime), connections opened in
// one burst (a server's first busy seconds) all end in the same seconds 30
// minutes later and again every 30 minutes: all twenty replaced at once
// made the next 5 s of the province tenant list at 16 connections answer
// with a p99 of 581 ms against 40 (its backends ended by hand, the same
// effect).
//
// So each connection draws its own lifetime between three quarters of
// connLifetime and all of it, and retires when it is handed back to the
// pool after that (pgConn.IsValid): the request it served is not slowed,
// and a burst's connections end spread over seven and a half minutes, one
// at a time. ConnMaxLifetime stays at connLifetime as the bound for any
// connection this does not cover.
//
// Measured with the lifetime cut to 2 minutes in both builds (so that the
// replacements happen within a round): province data, the tenant list at
// 16 connections, two alternating rounds of 240 s each. One fixed
// lifetime: the slowest request in a thousand 462 and 336 ms, the slowest
// 812 and 715 ms; drawn lifetimes: 298 and 264 ms, 631 and 640 ms. p99 was
// 45 and 40 against 46 and 45 ms, and the drawn build answered 4–8% fewer
// requests: its connections live 1.75 minutes on average, not 2, so it
// opened an eighth more of them, each slow at first. At 30 minutes, with
// twenty connections kept busy, that is about six more an hour, one at a
// time, against twenty at once every half hour.
const connLifetime = 30 * time.Minute

// drawLifetime is how long a new connection serves: uniform in
// [3/4·connLifetime, connLifetime).
func drawLifetime() time.Duration {
	spread := connLifetime / 4
	return connLifetime - spread + rand.N(spread)
}

// retired counts the connections closed at the end of their lifetime.
var retired atomic.Int64

// ConnectionsRetired is how many PostgreSQL connections this process has
// closed at the end of their lifetime, for /metrics: database/sql's own
// count of connections closed for their age (go_sql_max_lifetime_closed)
// sees only those that outlived connLifetime itself.
func ConnectionsRetired() int64 { return retired.Load() }
