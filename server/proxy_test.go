package server_test

import (
	"net/http"
	"net/netip"
	"testing"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/session"
	"hatchery/internal/auth"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/server"
)

const loginQ = `mutation($u:String!,$p:String!){ login(username:$u, password:$p){ token } }`

// loginFrom logs staff in with the given extra headers and returns the
// response and the address recorded on the new session.
func loginFrom(t *testing.T, e *testenv.Env, h http.Header) (testenv.Response, string) {
	t.Helper()
	r := e.Post(testenv.Request{Query: loginQ, Vars: map[string]any{"u": "staff", "p": testenv.Password}, Header: h})
	require.Empty(t, r.Errors)
	ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
	s := e.App.Client.Session.Query().Order(session.ByID()).AllX(ctx)
	return r, s[len(s)-1].IP
}

func proxies(s ...string) server.TrustedProxies {
	var out server.TrustedProxies
	for _, p := range s {
		out = append(out, netip.MustParsePrefix(p))
	}
	return out
}

func xff(values ...string) http.Header { return http.Header{"X-Forwarded-For": values} }

// The test server's peer is 127.0.0.1. X-Forwarded-For from it counts only
// when it is a trusted proxy, and then its rightmost hop that is not a
// trusted proxy is the client: what a client writes further left is not.
func TestForwardedForOnlyFromTrustedProxies(t *testing.T) {
	d := testdb.Dialects()[0]

	untrusted := testenv.NewWithConfig(t, d, server.Config{TrustedProxies: proxies("10.0.0.0/8")})
	_, ip := loginFrom(t, untrusted, xff("203.0.113.7"))
	require.Equal(t, "127.0.0.1", ip, "a forged X-Forwarded-For from an untrusted peer is ignored")
	_, ip = loginFrom(t, testenv.New(t, d), xff("203.0.113.7"))
	require.Equal(t, "127.0.0.1", ip, "no trusted proxies: the peer is the client")

	trusted := testenv.NewWithConfig(t, d, server.Config{TrustedProxies: proxies("127.0.0.0/8", "10.0.0.0/8")})
	for _, tc := range []struct {
		name   string
		header http.Header
		want   string
	}{
		{"one hop", xff("203.0.113.7"), "203.0.113.7"},
		{"client-written hops on the left are not believed", xff("198.51.100.1, 203.0.113.7"), "203.0.113.7"},
		{"trusted hops on the right are skipped", xff("198.51.100.1, 203.0.113.7, 10.1.2.3"), "203.0.113.7"},
		{"several header lines read as one list", xff("198.51.100.1", "203.0.113.7, 10.1.2.3"), "203.0.113.7"},
		{"a hop with a port", xff("203.0.113.7:4711"), "203.0.113.7"},
		{"IPv6", xff("[2001:db8::1]:4711"), "2001:db8::1"},
		{"garbage stops at the last trusted hop", xff("203.0.113.7, not-an-ip, 10.1.2.3"), "10.1.2.3"},
		{"only trusted hops: the leftmost", xff("10.9.9.9, 10.1.2.3"), "10.9.9.9"},
		{"no header: the peer", nil, "127.0.0.1"},
	} {
		_, ip := loginFrom(t, trusted, tc.header)
		require.Equal(t, tc.want, ip, tc.name)
	}
}

func sessionCookie(t *testing.T, r testenv.Response) *http.Cookie {
	t.Helper()
	for _, c := range r.HTTP.Cookies() {
		if c.Name == auth.CookieName {
			return c
		}
	}
	t.Fatal("no session cookie")
	return nil
}

// Behind a TLS-terminating proxy the cookie must still be Secure; a client
// talking to us directly cannot switch that on or off by a header.
func TestSecureCookieBehindTrustedProxy(t *testing.T) {
	d := testdb.Dialects()[0]
	https := http.Header{"X-Forwarded-Proto": {"https"}}

	trusted := testenv.NewWithConfig(t, d, server.Config{TrustedProxies: proxies("127.0.0.1/32")})
	r, _ := loginFrom(t, trusted, https)
	require.True(t, sessionCookie(t, r).Secure, "X-Forwarded-Proto: https from a trusted proxy")
	r, _ = loginFrom(t, trusted, http.Header{"X-Forwarded-Proto": {"http"}})
	require.False(t, sessionCookie(t, r).Secure, "the proxy says plain http")
	r, _ = loginFrom(t, trusted, nil)
	require.False(t, sessionCookie(t, r).Secure)

	untrusted := testenv.NewWithConfig(t, d, server.Config{TrustedProxies: proxies("10.0.0.0/8")})
	r, _ = loginFrom(t, untrusted, https)
	require.False(t, sessionCookie(t, r).Secure, "X-Forwarded-Proto from an untrusted peer is ignored")
}
