package server

import (
	"context"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"strings"
	"time"

	"hatchery/internal/app"
	"hatchery/internal/apperr"
	"hatchery/internal/auth"
	"hatchery/internal/lang"
	"hatchery/internal/requestid"
	"hatchery/internal/viewer"
)

// middleware wraps a handler.
type middleware func(http.Handler) http.Handler

func chain(h http.Handler, ms ...middleware) http.Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

// withRequestID gives each request an id, echoed in X-Request-ID.
func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := requestid.New()
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r.WithContext(requestid.NewContext(r.Context(), id)))
	})
}

// statusWriter remembers the status code for logs and metrics.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// withLogging logs each request (not the health probes) and recovers panics.
func withLogging(log *slog.Logger) middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			sw := &statusWriter{ResponseWriter: w}
			defer func() {
				if p := recover(); p != nil {
					log.ErrorContext(r.Context(), "panic", "request_id", requestid.FromContext(r.Context()), "panic", p)
					if sw.status == 0 {
						http.Error(sw, "internal error", http.StatusInternalServerError)
					}
				}
				if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" || r.URL.Path == "/metrics" {
					return
				}
				log.InfoContext(r.Context(), "request",
					"request_id", requestid.FromContext(r.Context()),
					"method", r.Method, "path", r.URL.Path, "status", sw.status,
					"duration_ms", time.Since(start).Milliseconds())
			}()
			next.ServeHTTP(sw, r)
		})
	}
}

// withViewer resolves the session (bearer token or cookie) to the viewer and
// puts it, the authorizer, the language and the cookie writer in the context.
func withViewer(a *app.App, log *slog.Logger) middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := a.Context(r.Context())
			ctx = lang.NewContext(ctx, lang.FromHeader(r.Header.Get("Accept-Language")))
			ctx = auth.WithHTTP(ctx, w, r.TLS != nil)
			ctx = auth.WithMeta(ctx, auth.Meta{UserAgent: r.UserAgent(), IP: clientIP(r)})
			if token := tokenFrom(r); token != "" {
				v, err := a.Auth.Authenticate(ctx, token)
				if err != nil && ctx.Err() != nil {
					queryError(w, r, http.StatusServiceUnavailable, apperr.Unavailable, "TIMEOUT",
						"the request took too long and was stopped; please try again later",
						"请求耗时过长，已被终止，请稍后重试")
					return
				}
				if err != nil {
					log.ErrorContext(ctx, "authenticating session", "request_id", requestid.FromContext(ctx), "err", err)
					http.Error(w, "service unavailable", http.StatusServiceUnavailable)
					return
				}
				if v != nil {
					ctx = viewer.NewContext(ctx, v)
				}
			}
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// tokenFrom takes the bearer token, or else the session cookie.
func tokenFrom(r *http.Request) string {
	if h := r.Header.Get("Authorization"); h != "" {
		if t, ok := strings.CutPrefix(h, "Bearer "); ok {
			return strings.TrimSpace(t)
		}
	}
	if c, err := r.Cookie(auth.CookieName); err == nil {
		return c.Value
	}
	return ""
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// jsonOnly refuses POSTs that are not JSON before they reach GraphQL: a
// clear error instead of gqlgen's bare "transport not supported", and no
// way for a cross-site HTML form (which cannot send JSON) to post with the
// session cookie.
func jsonOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
			if mt != "application/json" && mt != "application/graphql-response+json" {
				writeJSON(w, http.StatusUnsupportedMediaType, map[string]any{"errors": []map[string]any{{
					"message":    "send GraphQL requests as JSON (Content-Type: application/json)",
					"extensions": map[string]string{"code": "BAD_USER_INPUT"},
				}}})
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// QueryTimeout bounds the time one /query request may run: its context
// ends then, and with it every database call (the client leaving ends it
// sooner).
const QueryTimeout = 30 * time.Second

// queryError answers a /query request refused before GraphQL, in the
// GraphQL error shape, with extensions.code and the request's language.
func queryError(w http.ResponseWriter, r *http.Request, status int, code apperr.Code, reason, en, zh string) {
	msg := en
	if lang.FromHeader(r.Header.Get("Accept-Language")) == lang.ZH {
		msg = zh
	}
	ext := map[string]string{"code": string(code)}
	if reason != "" {
		ext["reason"] = reason
	}
	writeJSON(w, status, map[string]any{"errors": []map[string]any{{"message": msg, "extensions": ext}}})
}

// withTimeout ends a request's context after d (at once if d < 0).
func withTimeout(d time.Duration) middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), d)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}
