package auth

import (
	"container/list"
	"context"
	"slices"
	"sync"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/membership"
	"hatchery/ent/organization"
	"hatchery/ent/session"
	"hatchery/ent/user"
	"hatchery/internal/viewer"
)

// The session cache: what Authenticate resolved from a token (the session,
// its user, their organisations), kept in memory by the token's hash, so a
// request with a known token costs no SQL statement (issue 14: it used to
// cost three).
//
// Every rule still holds at once in this process:
//
//   - expiry is checked against the service clock on every hit;
//   - an ent hook on the client (sessionCache.hook, registered by New) drops
//     the entries a mutation of sessions, users or memberships (or of an
//     organisation's memberships edge) may have changed: logout, revocation
//     (password change or reset, a user disabled), actInDomain, a membership
//     added or removed, any change of a user but their login bookkeeping and
//     profile. It drops them right after the statement and again after the
//     transaction commits; a rolled-back transaction costs a cache miss;
//   - roles are not cached: the viewer carries none, and actingIn asks
//     Casbin (in memory) on every request;
//   - a resolution that raced with an invalidation is not stored (gen).
//
// Writes this process cannot see (another app node, a SQL console) reach it
// within sessionCacheMaxAge, after which an entry is read again from the
// database: multi-instance deployments rely on this bound for logout,
// revocation, disabling and membership changes made on another node.
const (
	sessionCacheMaxAge  = time.Minute
	sessionCacheEntries = 10000
)

// cachedSession is one live session as Authenticate resolved it.
type cachedSession struct {
	hash      string // SHA-256 of the token
	sessionID int
	userID    int
	username  string
	domainID  int
	acting    *int // the session's acting_domain_id
	orgIDs    []int
	expiresAt time.Time
	lastSeen  time.Time // as written to the database (or about to be)
	fetched   time.Time // when it was read from the database
	elem      *list.Element
}

// viewer builds a fresh viewer (the caller may keep or change it).
func (e *cachedSession) viewer() *viewer.Viewer {
	return &viewer.Viewer{
		UserID: e.userID, Username: e.username, DomainID: e.domainID, HomeDomainID: e.domainID,
		OrgIDs: slices.Clone(e.orgIDs), SessionID: e.sessionID,
	}
}

// sessionCache is a bounded LRU of cachedSessions, indexed by token hash,
// session and user. Safe for concurrent use.
type sessionCache struct {
	maxEntries int
	maxAge     time.Duration

	mu sync.Mutex
	// gen counts invalidations: a resolution that started before one may
	// have read what it changed, and is not stored.
	gen       uint64
	lru       *list.List // of *cachedSession, most recently used first
	byHash    map[string]*cachedSession
	bySession map[int]*cachedSession
	byUser    map[int]map[*cachedSession]struct{}
}

func newSessionCache(maxEntries int, maxAge time.Duration) *sessionCache {
	c := &sessionCache{maxEntries: maxEntries, maxAge: maxAge}
	c.reset()
	return c
}

func (c *sessionCache) reset() {
	c.lru = list.New()
	c.byHash = map[string]*cachedSession{}
	c.bySession = map[int]*cachedSession{}
	c.byUser = map[int]map[*cachedSession]struct{}{}
}

// get returns a copy of the live entry for hash, if any, and whether its
// last-seen time is due to be written (the entry then records now, so that
// concurrent hits do not all write it). An expired or too old entry is
// dropped.
func (c *sessionCache) get(hash string, now time.Time) (cachedSession, bool, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.byHash[hash]
	if e == nil {
		return cachedSession{}, false, false
	}
	age := now.Sub(e.fetched)
	if !now.Before(e.expiresAt) || age >= c.maxAge || age <= -c.maxAge {
		c.remove(e)
		return cachedSession{}, false, false
	}
	c.lru.MoveToFront(e.elem)
	touch := now.Sub(e.lastSeen) > seenEvery
	if touch {
		e.lastSeen = now
	}
	return *e, touch, true
}

// begin is called before reading a session from the database; put is given
// its result.
func (c *sessionCache) begin() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// put stores e, read since begin returned g, unless something was
// invalidated meanwhile (e may then be stale already).
func (c *sessionCache) put(g uint64, e *cachedSession) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if g != c.gen {
		return
	}
	if old := c.byHash[e.hash]; old != nil {
		c.remove(old)
	}
	if old := c.bySession[e.sessionID]; old != nil {
		c.remove(old)
	}
	e.elem = c.lru.PushFront(e)
	c.byHash[e.hash] = e
	c.bySession[e.sessionID] = e
	us := c.byUser[e.userID]
	if us == nil {
		us = map[*cachedSession]struct{}{}
		c.byUser[e.userID] = us
	}
	us[e] = struct{}{}
	for c.lru.Len() > c.maxEntries {
		c.remove(c.lru.Back().Value.(*cachedSession))
	}
}

// remove drops e; c.mu is held.
func (c *sessionCache) remove(e *cachedSession) {
	c.lru.Remove(e.elem)
	delete(c.byHash, e.hash)
	if c.bySession[e.sessionID] == e {
		delete(c.bySession, e.sessionID)
	}
	if us := c.byUser[e.userID]; us != nil {
		delete(us, e)
		if len(us) == 0 {
			delete(c.byUser, e.userID)
		}
	}
}

// len is the number of entries (tests).
func (c *sessionCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len()
}

// stale is what a mutation may have made stale.
type stale struct {
	all      bool
	users    []int // every session of these users
	sessions []int // these sessions and every other session of their users
}

func (t stale) none() bool { return !t.all && len(t.users) == 0 && len(t.sessions) == 0 }

// invalidate drops the entries t names and makes resolutions under way
// not stored.
func (c *sessionCache) invalidate(t stale) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	if t.all {
		c.reset()
		return
	}
	users := t.users
	for _, id := range t.sessions {
		if e := c.bySession[id]; e != nil {
			users = append(users, e.userID)
		}
	}
	for _, id := range users {
		for e := range c.byUser[id] {
			c.remove(e)
		}
	}
}

// register adds the invalidation hook to the clients of the types whose
// mutations may change a resolved session. client.Use hooks are shared with
// the transactions the client starts.
func (c *sessionCache) register(client *gen.Client) {
	h := c.hook()
	client.Session.Use(h)
	client.User.Use(h)
	client.Membership.Use(h)
	client.Organization.Use(h)
}

// hook drops the cache entries a mutation may change: right after its
// statement ran and, in a transaction, again after the commit (a request
// resolved in between read the old rows).
func (c *sessionCache) hook() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			t, expect, err := staleBy(ctx, m)
			if err != nil {
				return nil, err
			}
			if t.none() && expect < 0 {
				return next.Mutate(ctx, m)
			}
			v, err := next.Mutate(ctx, m)
			if n, ok := v.(int); err == nil && expect >= 0 && (!ok || n != expect) {
				// A bulk change touched rows other than those listed before
				// it (a session opened meanwhile, say): drop everything.
				t = stale{all: true}
			}
			c.invalidate(t)
			if txm, ok := m.(interface{ Tx() (*gen.Tx, error) }); ok {
				if tx, terr := txm.Tx(); terr == nil {
					tx.OnCommit(func(next gen.Committer) gen.Committer {
						return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
							err := next.Commit(ctx, tx)
							c.invalidate(t)
							return err
						})
					})
				}
			}
			return v, err
		})
	}
}

// User fields that no resolved session holds: a change of only these (a
// login's bookkeeping, the profile) keeps the user's sessions cached. Any
// other field (status, username, password...) drops them.
var userFieldsNotCached = []string{
	user.FieldUpdatedAt, user.FieldDisplayName, user.FieldPhone, user.FieldEmail,
	user.FieldFailedLogins, user.FieldLockedUntil, user.FieldLastLoginAt,
}

// staleBy says what m may make stale, listing the rows a bulk change
// matches (one statement) and then how many rows it must report changed
// (-1: no check).
func staleBy(ctx context.Context, m gen.Mutation) (stale, int, error) {
	sys := system(ctx)
	only := func(fields ...string) bool {
		if len(m.ClearedFields()) > 0 || len(m.AddedEdges()) > 0 || len(m.RemovedEdges()) > 0 || len(m.ClearedEdges()) > 0 {
			return false
		}
		for _, f := range m.Fields() {
			if !slices.Contains(fields, f) {
				return false
			}
		}
		return true
	}
	edges := func(name string) bool {
		return slices.Contains(m.AddedEdges(), name) || slices.Contains(m.RemovedEdges(), name) ||
			slices.Contains(m.ClearedEdges(), name)
	}
	expect := func(ids []int) int {
		if m.Op().Is(gen.OpUpdate | gen.OpDelete) {
			return len(ids)
		}
		return -1
	}
	switch m := m.(type) {
	case *gen.SessionMutation:
		// A new session is in no entry; the last-seen write is Authenticate's own.
		if m.Op().Is(gen.OpCreate) || only(session.FieldLastSeenAt) {
			return stale{}, -1, nil
		}
		ids, err := m.IDs(sys)
		if err != nil {
			return stale{}, 0, err
		}
		return stale{sessions: ids}, expect(ids), nil
	case *gen.UserMutation:
		if edges(user.EdgeSessions) || edges(user.EdgeMemberships) {
			return stale{all: true}, -1, nil
		}
		if m.Op().Is(gen.OpCreate) || only(userFieldsNotCached...) {
			return stale{}, -1, nil
		}
		ids, err := m.IDs(sys)
		if err != nil {
			return stale{}, 0, err
		}
		return stale{users: ids}, expect(ids), nil
	case *gen.MembershipMutation:
		if m.Op().Is(gen.OpCreate) {
			if id, ok := m.UserID(); ok {
				return stale{users: []int{id}}, -1, nil
			}
			return stale{all: true}, -1, nil
		}
		if m.Op().Is(gen.OpUpdate|gen.OpUpdateOne) && only(membership.FieldTitle, membership.FieldUpdatedAt) {
			return stale{}, -1, nil
		}
		ids, err := m.IDs(sys)
		if err != nil {
			return stale{}, 0, err
		}
		var users []int
		if len(ids) > 0 {
			users, err = m.Client().Membership.Query().Where(membership.IDIn(ids...)).
				Select(membership.FieldUserID).Ints(sys)
			if err != nil {
				return stale{}, 0, err
			}
		}
		return stale{users: users}, expect(ids), nil
	case *gen.OrganizationMutation:
		if edges(organization.EdgeMemberships) {
			return stale{all: true}, -1, nil
		}
	}
	return stale{}, -1, nil
}
