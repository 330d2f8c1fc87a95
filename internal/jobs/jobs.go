package jobs

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/jobrun"
	"hatchery/internal/textfield"
)

// Job is one periodic job.
type Job struct {
	// Name identifies the job in job_runs and the logs; it must not change
	// once released (a renamed job runs again in the current period).
	Name string
	// Period is how often the job runs; slots are aligned to it (an hourly
	// job's slots start on the hour, UTC).
	Period time.Duration
	// Run does the work. It runs outside any viewer: it grants itself the
	// rights it needs (as casework and documents do with privacy.Allow).
	Run func(ctx context.Context) error
}

// Keep is how long job_runs rows are kept before a finishing run deletes
// its job's older rows: long enough to answer "did it run last month".
const Keep = 60 * 24 * time.Hour

// Scheduler runs a set of jobs on one node. Several schedulers (one per
// app node) over one database share the work: each slot runs once.
type Scheduler struct {
	client *gen.Client
	jobs   []Job
	log    *slog.Logger
	// Node names this process in job_runs (default: host name and pid).
	Node string
	// Clock tells the time and waits; tests inject their own.
	Clock Clock
}

// New returns a scheduler of jobs over client. Names must be unique and
// periods positive: a mistake there is a programming error, reported at
// start-up.
func New(client *gen.Client, log *slog.Logger, jobs ...Job) (*Scheduler, error) {
	s := &Scheduler{client: client, log: log, Node: defaultNode(), Clock: RealClock{}}
	for _, j := range jobs {
		if err := s.Add(j); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Add registers one more job. Call it before Run.
func (s *Scheduler) Add(j Job) error {
	if j.Name == "" || j.Period <= 0 || j.Run == nil {
		return fmt.Errorf("jobs: job %q needs a name, a positive period and a function", j.Name)
	}
	for _, o := range s.jobs {
		if o.Name == j.Name {
			return fmt.Errorf("jobs: two jobs are named %q", j.Name)
		}
	}
	s.jobs = append(s.jobs, j)
	return nil
}

// Jobs lists the registered jobs.
func (s *Scheduler) Jobs() []Job { return append([]Job(nil), s.jobs...) }

func defaultNode() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%s:%d", cmp.Or(host, "unknown"), os.Getpid())
}

// Run runs every job's current slot, then sleeps until the next slot of
// any job starts, until ctx is done.
func (s *Scheduler) Run(ctx context.Context) {
	for ctx.Err() == nil {
		s.Tick(ctx)
		now := s.Clock.Now()
		wait := s.untilNextSlot(now)
		select {
		case <-ctx.Done():
			return
		case <-s.Clock.After(wait):
		}
	}
}

// untilNextSlot is the time from now to the start of the soonest next slot.
func (s *Scheduler) untilNextSlot(now time.Time) time.Duration {
	wait := time.Duration(-1)
	for _, j := range s.jobs {
		d := SlotOf(now, j.Period).Add(j.Period).Sub(now)
		if wait < 0 || d < wait {
			wait = d
		}
	}
	if wait <= 0 {
		wait = time.Minute // no jobs: wake now and then, harmlessly
	}
	return wait
}

// SlotOf is the start of the period of length p that contains t, in UTC.
func SlotOf(t time.Time, p time.Duration) time.Time { return t.UTC().Truncate(p) }

// Outcome is what Tick did with one job.
type Outcome struct {
	Job string
	// Ran is false when another node (or an earlier tick) had the slot.
	Ran bool
	Err error
}

// Tick runs, concurrently, every job whose current slot no node has claimed
// yet, and returns when they have finished.
func (s *Scheduler) Tick(ctx context.Context) []Outcome {
	now := s.Clock.Now()
	out := make([]Outcome, len(s.jobs))
	var wg sync.WaitGroup
	for i, j := range s.jobs {
		wg.Go(func() { out[i] = s.runSlot(ctx, j, SlotOf(now, j.Period)) })
	}
	wg.Wait()
	return out
}

// runSlot claims j's slot and, if this node got it, runs j and records how
// it went.
func (s *Scheduler) runSlot(ctx context.Context, j Job, slot time.Time) Outcome {
	o := Outcome{Job: j.Name}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	run, err := s.client.JobRun.Create().
		SetJob(j.Name).SetPeriodStart(slot).SetNode(s.Node).SetStartedAt(s.Clock.Now().UTC()).
		Save(sys)
	switch {
	case gen.IsConstraintError(err):
		return o // claimed by another node, or already run by this one
	case err != nil:
		if ctx.Err() == nil {
			s.log.Error("job not run: cannot claim its period; the next period retries",
				"job", j.Name, "period_start", slot, "err", err)
		}
		o.Err = err
		return o
	}
	o.Ran = true
	o.Err = s.call(ctx, j)
	// Record the outcome even when shutdown cancelled ctx mid-run.
	rec := context.WithoutCancel(sys)
	upd := s.client.JobRun.UpdateOne(run).SetFinishedAt(s.Clock.Now().UTC())
	if o.Err != nil {
		upd.SetError(errorText(o.Err))
		s.log.Error("job failed; the next period retries", "job", j.Name, "period_start", slot, "err", o.Err)
	} else {
		s.log.Info("job ran", "job", j.Name, "period_start", slot, "took", s.Clock.Now().Sub(run.StartedAt).String())
	}
	if err := upd.Exec(rec); err != nil {
		s.log.Error("job ran but its outcome was not recorded", "job", j.Name, "err", err)
	}
	if _, err := s.client.JobRun.Delete().
		Where(jobrun.Job(j.Name), jobrun.PeriodStartLT(slot.Add(-Keep))).Exec(rec); err != nil {
		s.log.Warn("old job runs not pruned", "job", j.Name, "err", err)
	}
	return o
}

// call runs j, turning a panic into an error so one bad job neither stops
// the scheduler nor leaves its slot without an outcome.
func (s *Scheduler) call(ctx context.Context, j Job) (err error) {
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("job panicked", "job", j.Name, "panic", p, "stack", string(debug.Stack()))
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return j.Run(ctx)
}

// errorText is err as the error column's text rule accepts it (a driver's
// message may hold any byte).
func errorText(err error) string { return textfield.Clean(err.Error(), 2000) }

// LastRuns returns the latest run of each registered job (nil for a job
// that has never run), in registration order.
func (s *Scheduler) LastRuns(ctx context.Context) ([]*gen.JobRun, error) {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	out := make([]*gen.JobRun, len(s.jobs))
	for i, j := range s.jobs {
		r, err := s.client.JobRun.Query().Where(jobrun.Job(j.Name)).
			Order(gen.Desc(jobrun.FieldPeriodStart)).First(ctx)
		if err != nil && !gen.IsNotFound(err) {
			return nil, fmt.Errorf("jobs: last run of %s: %w", j.Name, err)
		}
		out[i] = r
	}
	return out, nil
}
