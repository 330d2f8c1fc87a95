package server

import (
	"database/sql"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"hatchery/graph"
	"hatchery/internal/db"
	"hatchery/internal/jobs"
	"hatchery/internal/procs"
)

// metrics are the Prometheus series the process exports at /metrics. Each
// server has its own registry, so tests can run several in one process.
type metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec
	latencies *prometheus.HistogramVec
}

func newMetrics(pool *sql.DB, jobs *jobs.Scheduler) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hatchery_graphql_requests_total",
			Help: "GraphQL operations by operation name and outcome.",
		}, []string{"operation", "outcome"}),
		latencies: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "hatchery_graphql_request_duration_seconds",
			Help:    "GraphQL operation latency by operation name.",
			Buckets: prometheus.DefBuckets,
		}, []string{"operation"}),
	}
	m.reg.MustRegister(m.requests, m.latencies,
		collectors.NewDBStatsCollector(pool, "hatchery"),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "hatchery_db_connections_retired_total",
			Help: "PostgreSQL connections closed at the end of their own lifetime (each draws one, so that they end one at a time).",
		}, func() float64 { return float64(db.ConnectionsRetired()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "hatchery_gomaxprocs_changes_total",
			Help: "Times the server moved between one processor (one request at a time) and all of them (internal/procs).",
		}, func() float64 { return float64(procs.Changes()) }),
		newJobsCollector(jobs),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// observe records one GraphQL operation. Operation names are chosen by
// clients; cap their length so a client cannot blow up label storage.
func (m *metrics) observe(op string, d time.Duration, failed bool) {
	if len(op) > 64 {
		op = op[:64]
	}
	outcome := "ok"
	if failed {
		outcome = "error"
	}
	m.requests.WithLabelValues(op, outcome).Inc()
	m.latencies.WithLabelValues(op).Observe(d.Seconds())
}

// countInflight exports how many requests are being served (every path,
// /metrics included): a drain that does not reach zero shows here first.
func (m *metrics) countInflight(f *inflight) {
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "hatchery_http_requests_in_flight",
		Help: "HTTP requests being served now.",
	}, func() float64 { return float64(f.count()) }))
}

// countAdmission exports the GraphQL queries' admission (graph/admission.go):
// how many wait for a slot, how many hold one, and how many gave theirs back
// still running. Queries waiting most of the time, or outlasting their hold
// often, say the server has more work than cores.
func (m *metrics) countAdmission(a *graph.Admission) {
	m.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "hatchery_graphql_queries_waiting",
			Help: "GraphQL queries waiting for their turn to run.",
		}, func() float64 { return float64(a.Waiting()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "hatchery_graphql_queries_admitted",
			Help: "GraphQL queries holding one of the slots to run.",
		}, func() float64 { return float64(a.Admitted()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "hatchery_graphql_queries_outlasted_total",
			Help: "GraphQL queries that ran past their hold and gave their slot back to the next.",
		}, func() float64 { return float64(a.Outlasted()) }),
	)
}
