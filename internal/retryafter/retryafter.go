// Package retryafter carries "the client should try again in N seconds"
// from where an answer is decided (the GraphQL error presenter, deep inside
// the handler) to where the HTTP response is written (the Retry-After
// header). GraphQL answers 200 with errors in the body, so the header rides
// along; clients that read only the body find the same seconds in
// extensions.retryAfter.
package retryafter

import (
	"context"
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"
)

type key struct{}

// hint is the longest wait asked for during one request (fields resolve
// concurrently, so it is locked).
type hint struct {
	mu sync.Mutex
	d  time.Duration
}

// Ask asks the request's client to wait at least d before retrying. It does
// nothing outside a request served through Middleware.
func Ask(ctx context.Context, d time.Duration) {
	h, ok := ctx.Value(key{}).(*hint)
	if !ok || d <= 0 {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.d = max(h.d, d)
}

// Set writes the Retry-After header (whole seconds, rounded up).
func Set(h http.Header, d time.Duration) {
	h.Set("Retry-After", strconv.Itoa(Seconds(d)))
}

// Seconds is d in whole seconds, rounded up.
func Seconds(d time.Duration) int { return int(math.Ceil(d.Seconds())) }

// Middleware lets the handler Ask for a Retry-After: the header is added
// when the response's header is written, if anything asked.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := &hint{}
		next.ServeHTTP(&writer{ResponseWriter: w, hint: h}, r.WithContext(context.WithValue(r.Context(), key{}, h)))
	})
}

type writer struct {
	http.ResponseWriter
	hint    *hint
	written bool
}

func (w *writer) WriteHeader(code int) {
	if !w.written {
		w.written = true
		w.hint.mu.Lock()
		d := w.hint.d
		w.hint.mu.Unlock()
		if d > 0 && w.Header().Get("Retry-After") == "" {
			Set(w.Header(), d)
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *writer) Write(b []byte) (int, error) {
	if !w.written {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *writer) Unwrap() http.ResponseWriter { return w.ResponseWriter }
