package server

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"time"
)

// loopbackOnly reports whether addr (host:port) can be reached only from
// this machine: the profiler shows memory contents and lets anyone who
// reaches it burn CPU, so it never listens on a public address.
func loopbackOnly(addr string) bool {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || !validPort(port, 0) {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// pprofHandler serves the runtime profiles under /debug/pprof/, on a mux of
// its own: importing net/http/pprof registers on http.DefaultServeMux, which
// the API never uses, so the profiles cannot leak onto the public listener.
func pprofHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return mux
}

// servePprof runs the profiler on ln until ctx ends.
func servePprof(ctx context.Context, ln net.Listener, log *slog.Logger) {
	srv := &http.Server{
		Handler:           pprofHandler(),
		ReadHeaderTimeout: 10 * time.Second,
		// A CPU profile or trace takes as long as its ?seconds= asks.
		WriteTimeout: 5 * time.Minute,
	}
	go func() {
		<-ctx.Done()
		_ = srv.Close()
	}()
	log.Info("profiler listening", "addr", "http://"+ln.Addr().String()+"/debug/pprof/")
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Error("profiler stopped", "err", err)
	}
}
