package auth

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func entry(i, user int, now time.Time) *cachedSession {
	return &cachedSession{
		hash: fmt.Sprint("h", i), sessionID: i, userID: user, username: fmt.Sprint("u", user),
		orgIDs: []int{user * 10}, expiresAt: now.Add(time.Hour), lastSeen: now, fetched: now,
	}
}

func TestSessionCacheBoundsAndAges(t *testing.T) {
	now := time.Now()
	c := newSessionCache(3, time.Minute)
	for i := 1; i <= 3; i++ {
		c.put(c.begin(), entry(i, i, now))
	}
	_, _, ok := c.get("h1", now) // h1 now most recently used
	require.True(t, ok)
	c.put(c.begin(), entry(4, 4, now))
	require.Equal(t, 3, c.len())
	_, _, ok = c.get("h2", now)
	require.False(t, ok, "the least recently used went")
	_, _, ok = c.get("h1", now)
	require.True(t, ok)

	// Too old, or expired: dropped.
	_, _, ok = c.get("h1", now.Add(time.Minute))
	require.False(t, ok)
	e := entry(5, 5, now)
	e.expiresAt = now.Add(time.Second)
	c.put(c.begin(), e)
	_, _, ok = c.get("h5", now.Add(time.Second))
	require.False(t, ok)

	// The last-seen write is due once, not to every concurrent hit.
	c.put(c.begin(), entry(6, 6, now.Add(-2*time.Minute+time.Second)))
	c.byHash["h6"].fetched = now
	_, touch, ok := c.get("h6", now)
	require.True(t, ok)
	require.True(t, touch)
	_, touch, _ = c.get("h6", now)
	require.False(t, touch)

	// A copy: changing what was returned changes nothing cached.
	got, _, _ := c.get("h6", now)
	v := got.viewer()
	v.OrgIDs[0] = -1
	got, _, _ = c.get("h6", now)
	require.Equal(t, []int{60}, got.viewer().OrgIDs)
}

func TestSessionCacheInvalidation(t *testing.T) {
	now := time.Now()
	c := newSessionCache(100, time.Minute)
	c.put(c.begin(), entry(1, 7, now))
	c.put(c.begin(), entry(2, 7, now))
	c.put(c.begin(), entry(3, 8, now))
	c.put(c.begin(), entry(4, 9, now))

	c.invalidate(stale{sessions: []int{1}})
	require.Equal(t, 2, c.len(), "a session's change drops its user's entries")
	c.invalidate(stale{users: []int{8}})
	_, _, ok := c.get("h3", now)
	require.False(t, ok)
	_, _, ok = c.get("h4", now)
	require.True(t, ok)
	c.invalidate(stale{all: true})
	require.Zero(t, c.len())

	// A resolution that started before an invalidation is not stored: it
	// may have read the rows before the change.
	g := c.begin()
	c.invalidate(stale{users: []int{99}})
	c.put(g, entry(5, 10, now))
	require.Zero(t, c.len())
}

func TestSessionCacheConcurrentUse(t *testing.T) {
	now := time.Now()
	c := newSessionCache(50, time.Minute)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				id := (w*2000 + i) % 120
				switch i % 5 {
				case 0:
					c.invalidate(stale{users: []int{id % 7}})
				case 1:
					c.invalidate(stale{sessions: []int{id}})
				default:
					if _, _, ok := c.get(fmt.Sprint("h", id), now); !ok {
						c.put(c.begin(), entry(id, id%7, now))
					}
				}
			}
		}()
	}
	wg.Wait()
	require.LessOrEqual(t, c.len(), 50)
	// The indexes agree with the list.
	c.mu.Lock()
	defer c.mu.Unlock()
	require.Equal(t, c.lru.Len(), len(c.byHash))
	require.Equal(t, c.lru.Len(), len(c.bySession))
	n := 0
	for _, us := range c.byUser {
		n += len(us)
	}
	require.Equal(t, c.lru.Len(), n)
}
