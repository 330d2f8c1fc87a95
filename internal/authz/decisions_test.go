package authz_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/authz"
)

// source serves the grants a test sets, the way the database would.
type source struct{ grants atomic.Pointer[[]authz.Grant] }

func (s *source) set(g ...authz.Grant) { s.grants.Store(&g) }

func (s *source) load(context.Context) ([]authz.Grant, error) { return *s.grants.Load(), nil }

// Answers are kept between reloads, and a reload forgets them: a role
// granted or taken away is in force as soon as Reload returns.
func TestAnswersLastUntilTheNextReload(t *testing.T) {
	var src source
	src.set(authz.Grant{UserID: 7, Role: "BUREAU_ADMIN", DomainID: 3})
	a, err := authz.New(t.Context(), src.load)
	require.NoError(t, err)

	require.True(t, a.Allowed(7, 3, authz.ObjUser, authz.ActCreate))
	require.False(t, a.Allowed(7, 4, authz.ObjUser, authz.ActCreate), "another domain")
	require.False(t, a.Allowed(8, 3, authz.ObjUser, authz.ActCreate), "another user")

	// The store changes; until the reload the answers are the loaded policy's.
	src.set(authz.Grant{UserID: 8, Role: "BUREAU_ADMIN", DomainID: 3})
	require.True(t, a.Allowed(7, 3, authz.ObjUser, authz.ActCreate))

	require.NoError(t, a.Reload(t.Context()))
	require.False(t, a.Allowed(7, 3, authz.ObjUser, authz.ActCreate), "revoked")
	require.True(t, a.Allowed(8, 3, authz.ObjUser, authz.ActCreate), "granted")
}

// Readers asking throughout a run of reloads never keep an answer past the
// reload that changed it: after the last Reload returns, every reader sees
// the last policy.
func TestNoStaleAnswerSurvivesConcurrentReloads(t *testing.T) {
	var src source
	grant := authz.Grant{UserID: 7, Role: "BUREAU_ADMIN", DomainID: 3}
	src.set(grant)
	a, err := authz.New(t.Context(), src.load)
	require.NoError(t, err)

	stop := make(chan struct{})
	var readers sync.WaitGroup
	for range 8 {
		readers.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
					a.Allowed(7, 3, authz.ObjUser, authz.ActCreate)
				}
			}
		})
	}
	for i := range 200 {
		if i%2 == 0 {
			src.set()
		} else {
			src.set(grant)
		}
		require.NoError(t, a.Reload(t.Context()))
		// Every reload flips the answer; a reader's answer from before
		// this reload must not be what the next call returns.
		require.Equal(t, i%2 == 1, a.Allowed(7, 3, authz.ObjUser, authz.ActCreate), "after reload %d", i)
	}
	close(stop)
	readers.Wait()
}
