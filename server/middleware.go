package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"time"

	"hatchery/internal/app"
	"hatchery/internal/apperr"
	"hatchery/internal/auth"
	"hatchery/internal/db"
	"hatchery/internal/lang"
	"hatchery/internal/requestid"
	"hatchery/internal/retryafter"
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

// slowRequest is how long a request may take before its log line is a
// warning.
const slowRequest = 2 * time.Second

// withLogging logs failed and slow requests (every one at debug level; not
// the health probes) and recovers panics.
func withLogging(log *slog.Logger) middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			sw := &statusWriter{ResponseWriter: w}
			defer func() {
				if p := recover(); p != nil {
					log.ErrorContext(r.Context(), "panic", "request_id", requestid.FromContext(r.Context()), "panic", p)
					if sw.status == 0 && r.URL.Path == "/query" {
						queryError(sw, r, http.StatusInternalServerError, apperr.Internal, "",
							apperr.ErrInternal.Msg, apperr.ErrInternal.MsgZH)
					} else if sw.status == 0 {
						http.Error(sw, "internal error", http.StatusInternalServerError)
					}
				}
				if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" || r.URL.Path == "/metrics" {
					return
				}
				// Every request is counted in /metrics; a log line is for the
				// ones a person should look at (failed or slow), the rest only
				// at debug level. Enabled is checked first so a quiet request
				// builds no attributes at all.
				took := time.Since(start)
				level := slog.LevelDebug
				switch {
				case sw.status == http.StatusServiceUnavailable:
					// The database or storage is down: not a bug, and
					// already said once (WARN) where it was met.
					level = slog.LevelWarn
				case sw.status >= http.StatusInternalServerError:
					level = slog.LevelError
				case took >= slowRequest:
					level = slog.LevelWarn
				}
				if !log.Enabled(r.Context(), level) {
					return
				}
				log.Log(r.Context(), level, "request",
					"request_id", requestid.FromContext(r.Context()),
					"method", r.Method, "path", r.URL.Path, "status", sw.status,
					"duration_ms", took.Milliseconds())
			}()
			next.ServeHTTP(sw, r)
		})
	}
}

// withViewer resolves the session (bearer token or cookie) to the viewer and
// puts it, the authorizer, the language, the cookie writer and where the
// request comes from (through the trusted proxies) in the context.
func withViewer(a *app.App, proxies TrustedProxies, log *slog.Logger) middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := a.Context(r.Context())
			ctx = lang.NewContext(ctx, lang.FromHeader(r.Header.Get("Accept-Language")))
			ctx = auth.WithHTTP(ctx, w, proxies.secure(r))
			ctx = auth.WithMeta(ctx, auth.Meta{UserAgent: r.UserAgent(), IP: proxies.clientIP(r)})
			if token := tokenFrom(r); token != "" {
				v, err := a.Auth.Authenticate(ctx, token)
				if err != nil && ctx.Err() != nil {
					queryError(w, r, http.StatusServiceUnavailable, apperr.Unavailable, "TIMEOUT",
						"the request took too long and was stopped; please try again later",
						"请求耗时过长，已被终止，请稍后重试")
					return
				}
				if err != nil && db.Unavailable(err) {
					log.WarnContext(ctx, "authenticating session: database unavailable", "request_id", requestid.FromContext(ctx), "err", err)
					queryAppError(w, r, http.StatusServiceUnavailable, apperr.ErrDatabaseUnavailable)
					return
				}
				if err != nil {
					log.ErrorContext(ctx, "authenticating session", "request_id", requestid.FromContext(ctx), "err", err)
					queryError(w, r, http.StatusInternalServerError, apperr.Internal, "",
						apperr.ErrInternal.Msg, apperr.ErrInternal.MsgZH)
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

// MaxQueryBody bounds a /query request body; QueryTimeout bounds the time
// one /query request may run (its context ends then, and with it every
// database call; the client leaving ends it sooner).
const (
	MaxQueryBody = 1 << 20
	QueryTimeout = 30 * time.Second
)

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

// queryAppError is queryError for an apperr.Error, with its Retry-After.
func queryAppError(w http.ResponseWriter, r *http.Request, status int, e *apperr.Error) {
	if e.RetryAfter > 0 {
		retryafter.Set(w.Header(), e.RetryAfter)
	}
	queryError(w, r, status, e.Code, e.Reason, e.Msg, e.MsgZH)
}

// jsonOnly lets through to GraphQL only what it should run: a POST with a
// JSON body of at most MaxQueryBody bytes (and OPTIONS). A GET is refused:
// it would carry the SameSite=Lax session cookie on a cross-site top-level
// navigation, and some query fields have side effects (downloadURL records an
// audit row); the web app always posts. A POST that is not JSON is what a
// cross-site HTML form could send with the cookie: refused too.
func jsonOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodOptions:
			next.ServeHTTP(w, r)
			return
		case http.MethodPost:
		default:
			w.Header().Set("Allow", "POST, OPTIONS")
			queryError(w, r, http.StatusMethodNotAllowed, apperr.BadUserInput, "METHOD_NOT_ALLOWED",
				"send GraphQL requests as POST with a JSON body; GET is not served",
				"请以 POST 方式发送 JSON 格式的 GraphQL 请求；不支持 GET")
			return
		}
		if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
			queryError(w, r, http.StatusUnsupportedMediaType, apperr.BadUserInput, "UNSUPPORTED_MEDIA_TYPE",
				"send GraphQL requests as JSON (Content-Type: application/json)",
				"请以 JSON 格式发送 GraphQL 请求（Content-Type: application/json）")
			return
		}
		tooLarge := func() {
			queryError(w, r, http.StatusRequestEntityTooLarge, apperr.BadUserInput, "REQUEST_TOO_LARGE",
				fmt.Sprintf("the request body is larger than %d KiB", MaxQueryBody>>10),
				fmt.Sprintf("请求内容超过 %d KiB", MaxQueryBody>>10))
		}
		if r.ContentLength > MaxQueryBody {
			tooLarge()
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxQueryBody))
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				tooLarge()
			}
			return // otherwise the client has gone
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
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
