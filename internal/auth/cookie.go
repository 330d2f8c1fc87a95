package auth

import (
	"context"
	"net/http"
	"time"
)

// CookieName is the web app's session cookie.
const CookieName = "hatchery_session"

type httpKey struct{}

type httpPair struct {
	w      http.ResponseWriter
	secure bool
}

// WithHTTP lets resolvers set the session cookie on the response. secure is
// whether the request came over TLS (directly or via a trusted proxy).
func WithHTTP(ctx context.Context, w http.ResponseWriter, secure bool) context.Context {
	return context.WithValue(ctx, httpKey{}, httpPair{w, secure})
}

// SetSessionCookie sets (or, with an empty token, clears) the session cookie.
func SetSessionCookie(ctx context.Context, token string, expires time.Time) {
	p, ok := ctx.Value(httpKey{}).(httpPair)
	if !ok {
		return // not an HTTP request (tests calling the service directly)
	}
	c := &http.Cookie{
		Name:     CookieName,
		Value:    token,
		Path:     "/",
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
		Secure:   p.secure,
		Expires:  expires,
	}
	if token == "" {
		c.MaxAge = -1
		c.Expires = time.Unix(0, 0)
	}
	http.SetCookie(p.w, c)
}

type metaKey struct{}

// WithMeta records where the request came from, for sessions opened by it.
func WithMeta(ctx context.Context, m Meta) context.Context {
	return context.WithValue(ctx, metaKey{}, m)
}

// MetaFrom returns the request's Meta (zero when none).
func MetaFrom(ctx context.Context) Meta {
	m, _ := ctx.Value(metaKey{}).(Meta)
	return m
}
