package jobs_test

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/jobrun"
	"hatchery/internal/app"
	"hatchery/internal/jobs"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

const period = 10 * time.Minute

// start is not on a slot boundary, so the first wait is shorter than a period.
var start = time.Date(2026, 12, 3, 0, 1, 0, 0, time.UTC)

// counter counts how often each (job, slot) ran, across nodes.
type counter struct {
	mu   sync.Mutex
	runs map[string]int
}

func (c *counter) job(name string, fail func(slot time.Time) error, clock jobs.Clock) jobs.Job {
	return jobs.Job{Name: name, Period: period, Run: func(ctx context.Context) error {
		slot := jobs.SlotOf(clock.Now(), period)
		c.mu.Lock()
		c.runs[name+" "+slot.Format(time.RFC3339)]++
		c.mu.Unlock()
		if fail != nil {
			return fail(slot)
		}
		return nil
	}}
}

func runsOf(t *testing.T, c *gen.Client, job string) []*gen.JobRun {
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	rs, err := c.JobRun.Query().Where(jobrun.Job(job)).Order(gen.Asc(jobrun.FieldPeriodStart)).All(ctx)
	require.NoError(t, err)
	return rs
}

// TestTwoNodesRunEachJobOncePerPeriod runs the scheduler of two app
// instances over one database at once for several periods, with one clock
// the test moves: every job, the platform's own and two test jobs, ran
// exactly once per period; a failing run recorded its error and the job ran
// again the next period.
func TestTwoNodesRunEachJobOncePerPeriod(t *testing.T) {
	const periods = 8
	for _, d := range testdb.Dialects() {
		t.Run(d.Name, func(t *testing.T) {
			dsn := d.DSN(t)
			nodes := []*app.App{testenv.OpenApp(t, d.Name, dsn), testenv.OpenApp(t, d.Name, dsn)}
			clock := newFakeClock(start)
			cnt := &counter{runs: map[string]int{}}
			failFirst := func(slot time.Time) error {
				if slot.Equal(jobs.SlotOf(start, period)) {
					return errors.New("boom: the first period fails")
				}
				return nil
			}
			for i, a := range nodes {
				a.Jobs.Clock, a.Jobs.Node = clock, []string{"node-a", "node-b"}[i]
				require.NoError(t, a.Jobs.Add(cnt.job("test.count", nil, clock)))
				require.NoError(t, a.Jobs.Add(cnt.job("test.flaky", failFirst, clock)))
			}

			ctx, cancel := context.WithCancel(context.Background())
			var wg sync.WaitGroup
			for _, a := range nodes {
				wg.Go(func() { a.Jobs.Run(ctx) })
			}
			for p := range periods {
				// Both nodes have ticked at this time and wait for the next slot.
				for range nodes {
					<-clock.parked
				}
				if p < periods-1 {
					clock.Advance(period)
				}
			}
			cancel()
			wg.Wait()

			// The test jobs ran once per slot, whichever node got it.
			require.Len(t, cnt.runs, 2*periods)
			for k, n := range cnt.runs {
				require.Equal(t, 1, n, "%s ran %d times", k, n)
			}
			c := nodes[0].Client
			for _, job := range []string{"test.count", "test.flaky", "casework.deadlines"} {
				rs := runsOf(t, c, job)
				require.Len(t, rs, periods, job)
				for i, r := range rs {
					require.True(t, r.PeriodStart.Equal(jobs.SlotOf(start, period).Add(time.Duration(i)*period)), "%s run %d: %v", job, i, r.PeriodStart)
					require.Contains(t, []string{"node-a", "node-b"}, r.Node)
					require.NotNil(t, r.FinishedAt, "%s run %d finished", job, i)
					if job == "test.flaky" && i == 0 {
						require.Equal(t, "boom: the first period fails", r.Error)
					} else {
						require.Empty(t, r.Error, "%s run %d", job, i)
					}
				}
			}
			// Hourly jobs: 00:01 to 01:11 touches two hours.
			for _, job := range []string{"documents.cleanup", "accounts.purge_sessions"} {
				require.Len(t, runsOf(t, c, job), 2, job)
			}
		})
	}
}

// TestTick is the scheduler on its own over SQLite: a slot runs once however
// often the node ticks; a panic is recorded as the run's error; LastRuns
// reports each job's latest run.
func TestTick(t *testing.T) {
	a := testenv.OpenApp(t, "sqlite", testdb.SQLite(t))
	clock := newFakeClock(start)
	calls := 0
	s, err := jobs.New(a.Client, slog.New(slog.DiscardHandler),
		jobs.Job{Name: "ok", Period: time.Hour, Run: func(context.Context) error { calls++; return nil }},
		jobs.Job{Name: "panics", Period: time.Hour, Run: func(context.Context) error { panic("bad job") }},
	)
	require.NoError(t, err)
	s.Clock, s.Node = clock, "here"
	ctx := context.Background()

	out := s.Tick(ctx)
	require.Equal(t, []jobs.Outcome{{Job: "ok", Ran: true}, {Job: "panics", Ran: true, Err: out[1].Err}}, out)
	require.EqualError(t, out[1].Err, "panic: bad job")
	clock.Advance(30 * time.Minute) // same hour
	require.Equal(t, []jobs.Outcome{{Job: "ok"}, {Job: "panics"}}, s.Tick(ctx))
	require.Equal(t, 1, calls)
	clock.Advance(30 * time.Minute) // next hour
	require.True(t, s.Tick(ctx)[0].Ran)
	require.Equal(t, 2, calls)

	last, err := s.LastRuns(ctx)
	require.NoError(t, err)
	require.Len(t, last, 2)
	require.Equal(t, time.Date(2026, 12, 3, 1, 0, 0, 0, time.UTC), last[0].PeriodStart.UTC())
	require.Equal(t, "here", last[0].Node)
	require.Equal(t, "panic: bad job", last[1].Error)
	require.NotNil(t, last[1].FinishedAt)
}

// TestAddRefusesMistakes: a job registered twice or without a period is a
// programming error, found at start-up.
func TestAddRefusesMistakes(t *testing.T) {
	a := testenv.OpenApp(t, "sqlite", testdb.SQLite(t))
	run := func(context.Context) error { return nil }
	require.Error(t, a.Jobs.Add(jobs.Job{Name: "casework.deadlines", Period: time.Hour, Run: run}))
	require.Error(t, a.Jobs.Add(jobs.Job{Name: "x", Run: run}))
	require.Error(t, a.Jobs.Add(jobs.Job{Name: "", Period: time.Hour, Run: run}))
}
