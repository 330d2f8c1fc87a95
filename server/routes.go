package server

import (
	"cmp"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"hatchery/frontend"
	"hatchery/graph"
	"hatchery/internal/app"
	"hatchery/internal/procs"
	"hatchery/internal/retryafter"
	"hatchery/internal/storage"
)

// Handler is the whole HTTP surface of the platform over an assembled core:
// what the process serves, and what tests drive.
func Handler(a *app.App, cfg Config, log *slog.Logger) http.Handler {
	return routes(a, cfg, serverDeps{log: log, metrics: newMetrics(a.DB.SQL, a.Jobs)})
}

// routes is the whole URL surface of the process.
func routes(a *app.App, cfg Config, deps serverDeps) http.Handler {
	mux := http.NewServeMux()
	admission := graph.NewAdmission(cfg.ConcurrentQueries)
	deps.metrics.countAdmission(admission)
	api := graph.NewHandler(graph.Options{App: a, Dev: cfg.Dev, Log: deps.log, Observe: deps.metrics.observe,
		Admission: admission})
	mux.Handle("/query", chain(api, retryafter.Middleware, jsonOnly, withTimeout(cmp.Or(cfg.QueryTimeout, QueryTimeout)), withViewer(a, cfg.TrustedProxies, deps.log)))
	if cfg.Dev {
		mux.Handle("GET /playground", playground.Handler("Hatchery GraphQL", "/query"))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.Handle("GET /readyz", readyz(a))
	// One collector that cannot answer (the jobs' last runs, read from a
	// database that is down or whose pool is taken) must not blank the rest:
	// in-flight requests and pool figures matter most in exactly that hour.
	mux.Handle("GET /metrics", promhttp.HandlerFor(deps.metrics.reg, promhttp.HandlerOpts{
		ErrorHandling: promhttp.ContinueOnError,
		ErrorLog:      slog.NewLogLogger(deps.log.Handler(), slog.LevelWarn),
	}))
	if l, ok := a.Store.(*storage.Local); ok {
		// The embedded store's upload and download endpoints; they answer
		// to signed tokens only, like MinIO's presigned requests.
		mux.Handle(localFilesPath+"/", http.StripPrefix(localFilesPath, l.Handler()))
	}
	// Each part's public pages (a decision letter's verification, …),
	// served without a login.
	for _, r := range a.Routes {
		mux.Handle(r.Pattern, r.Handler)
	}
	mux.Handle("/", frontend.Handler())
	return chain(mux, withRequestID, deps.inflight.track, procs.Handler, withLogging(deps.log), withSecurityHeaders(cfg))
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
