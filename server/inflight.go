package server

import (
	"net/http"
	"sort"
	"sync"
	"time"

	"hatchery/internal/requestid"
)

// inflight knows the requests being served, so that a shutdown whose drain
// time runs out can say which requests it cut (and wait for them to unwind
// before the database closes).
type inflight struct {
	mu   sync.Mutex
	reqs map[*http.Request]time.Time
	idle *sync.Cond
}

func newInflight() *inflight {
	f := &inflight{reqs: map[*http.Request]time.Time{}}
	f.idle = sync.NewCond(&f.mu)
	return f
}

// track is middleware recording each request while it runs; it sits inside
// withRequestID so the request's id can be named. A nil tracker (the
// handler tests serve without a process) tracks nothing.
func (f *inflight) track(next http.Handler) http.Handler {
	if f == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.reqs[r] = time.Now()
		f.mu.Unlock()
		defer func() {
			f.mu.Lock()
			delete(f.reqs, r)
			if len(f.reqs) == 0 {
				f.idle.Broadcast()
			}
			f.mu.Unlock()
		}()
		next.ServeHTTP(w, r)
	})
}

// count is how many requests are running.
func (f *inflight) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.reqs)
}

// cutRequest describes a request a shutdown cut, for its WARN log line.
type cutRequest struct {
	RequestID string `json:"request_id"`
	Method    string `json:"method"`
	Path      string `json:"path"`
	RunningMS int64  `json:"running_ms"`
}

// list describes the requests running now, longest-running first.
func (f *inflight) list() []cutRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]cutRequest, 0, len(f.reqs))
	for r, start := range f.reqs {
		out = append(out, cutRequest{
			RequestID: requestid.FromContext(r.Context()), Method: r.Method, Path: r.URL.Path,
			RunningMS: time.Since(start).Milliseconds(),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].RunningMS > out[j].RunningMS })
	return out
}

// wait returns once no request runs, or after d.
func (f *inflight) wait(d time.Duration) bool {
	done := make(chan struct{})
	go func() {
		f.mu.Lock()
		for len(f.reqs) > 0 {
			f.idle.Wait()
		}
		f.mu.Unlock()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}
