package server

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"hatchery/internal/jobs"
)

// jobsCollector reports on /metrics when each periodic job last ran and
// whether that run failed, read from job_runs at scrape time so every node
// reports the cluster's runs, not only its own.
type jobsCollector struct {
	s                         *jobs.Scheduler
	started, finished, failed *prometheus.Desc
}

func newJobsCollector(s *jobs.Scheduler) *jobsCollector {
	l := []string{"job"}
	return &jobsCollector{
		s: s,
		started: prometheus.NewDesc("hatchery_job_last_run_started_timestamp_seconds",
			"When the latest run of the periodic job started (any node).", l, nil),
		finished: prometheus.NewDesc("hatchery_job_last_run_finished_timestamp_seconds",
			"When the latest run of the periodic job finished; 0 while it runs or if its node died.", l, nil),
		failed: prometheus.NewDesc("hatchery_job_last_run_failed",
			"1 if the latest run of the periodic job failed (its error is in job_runs), else 0.", l, nil),
	}
}

func (c *jobsCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.started
	ch <- c.finished
	ch <- c.failed
}

func (c *jobsCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	runs, err := c.s.LastRuns(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.started, err)
		return
	}
	for _, r := range runs {
		if r == nil {
			continue // never ran: no series rather than a misleading 0
		}
		var finished, failed float64
		if r.FinishedAt != nil {
			finished = float64(r.FinishedAt.Unix())
		}
		if r.Error != "" {
			failed = 1
		}
		ch <- prometheus.MustNewConstMetric(c.started, prometheus.GaugeValue, float64(r.StartedAt.Unix()), r.Job)
		ch <- prometheus.MustNewConstMetric(c.finished, prometheus.GaugeValue, finished, r.Job)
		ch <- prometheus.MustNewConstMetric(c.failed, prometheus.GaugeValue, failed, r.Job)
	}
}
