package server

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"entgo.io/ent/privacy"

	"hatchery/ent/domain"
	"hatchery/internal/app"
	"hatchery/internal/db"
	"hatchery/internal/demo"
	"hatchery/internal/procs"
)

type serverDeps struct {
	log      *slog.Logger
	metrics  *metrics
	inflight *inflight // nil: not tracked (handler tests)
}

const usage = `usage: hatchery [command] [flags]

commands:
  serve     run the platform (default); --demo seeds demo data into an empty database
  migrate   apply database migrations and exit
  help      show this help

Run "hatchery serve -h" for the flags; each has an environment variable.
`

// Run is the program: it parses args (without the program name), reads the
// environment through getenv, writes logs to stdout and returns when ctx ends
// (after a graceful shutdown) or start-up fails.
func Run(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	cmd := "serve"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve", "migrate":
	case "help":
		_, err := io.WriteString(stdout, usage)
		return err
	default:
		return fmt.Errorf("unknown command %q\n\n%s", cmd, usage)
	}
	cfg, err := ParseConfig(args, getenv, stdout)
	if err != nil {
		return err
	}
	log := newLogger(stdout, cfg.LogLevel)

	d, err := db.Open(ctx, cfg.DatabaseURL, cfg.DataDir)
	if err != nil {
		return err
	}
	defer d.Close()
	applied, err := d.Migrate(ctx)
	if err != nil {
		return fmt.Errorf("migrating the database: %w", err)
	}
	log.Info("database ready", "dialect", d.Dialect, "migrations_applied", len(applied))
	if cmd == "migrate" {
		return nil
	}
	percent, limit := tuneGC(getenv)
	log.Debug("garbage collector", "gogc", percent, "memory_limit_mib", limit>>20)

	store, err := openStore(cfg, log)
	if err != nil {
		return err
	}
	a, err := app.New(ctx, d, store, log)
	if err != nil {
		return err
	}
	a.Auth.SessionTTL = cfg.SessionTTL
	a.Docs.MaxSize = int64(cfg.DocumentMaxMiB) << 20
	a.Docs.Retention = cfg.DocumentRetention
	if err := setUpLetters(a, cfg, log); err != nil {
		return err
	}
	if cfg.Demo {
		if err := seedDemo(ctx, a, cfg, log, stdout); err != nil {
			return err
		}
	}
	// An operator's GOMAXPROCS is theirs to keep (internal/procs).
	return serve(ctx, a, cfg, log, getenv("GOMAXPROCS") == "")
}

func seedDemo(ctx context.Context, a *app.App, cfg Config, log *slog.Logger, stdout io.Writer) error {
	empty, err := a.DB.Empty(ctx)
	if err != nil {
		return err
	}
	if !empty {
		log.Info("demo data not seeded: the database already has data")
		return nil
	}
	if err := demo.Seed(ctx, a.Client, cfg.DemoPassword, a.Auth.Hash); err != nil {
		return fmt.Errorf("seeding demo data: %w", err)
	}
	if err := seedDemoCasework(ctx, a); err != nil {
		return fmt.Errorf("seeding demo casework: %w", err)
	}
	if err := a.Authz.Reload(ctx); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nDemo data seeded. Log in as admin, staff, ngo, ngo-wait, expert, expert2, party, guide, purchaser or finance (德清县),\nor py-admin, py-staff or py-ngo (平阳县), with password %q.\n\n", cfg.DemoPassword)
	return nil
}

func serve(ctx context.Context, a *app.App, cfg Config, log *slog.Logger, governProcs bool) error {
	deps := serverDeps{log: log, metrics: newMetrics(a.DB.SQL, a.Jobs), inflight: newInflight()}
	deps.metrics.countInflight(deps.inflight)
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return &ConfigError{"HATCHERY_ADDR", err.Error()}
	}
	// Requests do not end with ctx (a shutdown lets them finish), only when
	// the drain time is up.
	reqCtx, cutRequests := context.WithCancel(context.WithoutCancel(ctx))
	defer cutRequests()
	srv := &http.Server{
		Handler:           routes(a, cfg, deps),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return reqCtx },
	}
	// The background work ends with ctx; the database closes after serve
	// returns, so serve waits for it (a job half-way through a write would
	// otherwise meet a closed pool, or write into a removed data folder).
	var background sync.WaitGroup
	defer waitBackground(&background, log)
	bgCtx, stopBackground := context.WithCancel(ctx)
	defer stopBackground() // deferred last, so it runs before the wait
	background.Go(func() { prepareStore(bgCtx, a.Store, log) })
	background.Go(func() { a.Jobs.Run(bgCtx) })
	if governProcs {
		background.Go(func() { procs.Run(bgCtx) })
	}
	if a.DB.Dialect == db.Postgres {
		// Other nodes may change role assignments: follow their changes.
		background.Go(func() {
			if err := a.Authz.WatchPostgres(bgCtx, cfg.DatabaseURL, log); err != nil {
				log.Error("role-assignment watcher stopped", "err", err)
			}
		})
	}
	if cfg.PublicURL == "" && a.Letters != nil {
		a.Letters.BaseURL = "http://" + ln.Addr().String()
	}
	if cfg.PprofAddr != "" {
		pln, err := net.Listen("tcp", cfg.PprofAddr)
		if err != nil {
			return &ConfigError{"HATCHERY_PPROF_ADDR", err.Error()}
		}
		background.Go(func() { servePprof(bgCtx, pln, log) })
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("listening", "addr", "http://"+ln.Addr().String(), "dev", cfg.Dev)

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	drain := cmp.Or(cfg.DrainTimeout, DrainTimeout)
	log.Info("shutting down", "drain_timeout", drain.String())
	if err := drainThenCut(srv, drain, deps.inflight, cutRequests, log); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped")
	return nil
}

// backgroundGrace is how long a shutdown waits for background work (a job's
// run, the store's preparation) to notice it should stop.
const backgroundGrace = 10 * time.Second

// waitBackground waits for the background goroutines, up to backgroundGrace;
// one that overstays is logged, and the shutdown goes on.
func waitBackground(wg *sync.WaitGroup, log *slog.Logger) {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(backgroundGrace):
		log.Warn("shutdown: background work still running; stopping without it", "waited", backgroundGrace.String())
	}
}

// DrainTimeout is how long a shutdown waits for running requests.
const DrainTimeout = 15 * time.Second

// drainThenCut stops accepting requests and waits up to drain for the
// running ones. A planned shutdown is not a crash: past the drain time the
// requests still running are cut (their contexts end, so their transactions
// roll back and they answer if they can; then their connections close),
// listed in a WARN line, and the process still exits cleanly.
func drainThenCut(srv *http.Server, drain time.Duration, running *inflight, cutRequests context.CancelFunc, log *slog.Logger) error {
	ctx, cancel := context.WithTimeout(context.Background(), drain)
	defer cancel()
	err := srv.Shutdown(ctx)
	if err == nil {
		return nil
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("graceful shutdown: %w", err)
	}
	cut := running.list()
	log.Warn("shutdown: the drain time ran out; cutting the requests still running",
		"drain_timeout", drain.String(), "count", len(cut), "requests", cut)
	cutRequests()
	// A moment to answer (UNAVAILABLE) and roll back before the
	// connections, and then the database, close under them.
	running.wait(cutGrace)
	_ = srv.Close()
	running.wait(cutGrace)
	return nil
}

// cutGrace is how long cut requests get to unwind.
const cutGrace = 2 * time.Second

// demoClosedCases is how many closed cases the demo has for the statistics
// dashboard: about a year of a county's one-window work.
const demoClosedCases = 360

func seedDemoCasework(ctx context.Context, a *app.App) error {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	// Deqing has a year of work; the second county a few weeks' (isolation
	// shows in every list).
	for code, closed := range map[string]int{demo.DeqingCode: demoClosedCases, demo.PingyangCode: demoClosedCases / 10} {
		id, err := a.Client.Domain.Query().Where(domain.Code(code)).OnlyID(sys)
		if err != nil {
			return err
		}
		if err := demo.SeedCasework(ctx, a.Client, id, closed, time.Now()); err != nil {
			return err
		}
	}
	// The open cases name Deqing's demo users.
	dq, err := a.Client.Domain.Query().Where(domain.Code(demo.DeqingCode)).OnlyID(sys)
	if err != nil {
		return err
	}
	if err := demo.OpenCases(ctx, a.Client, dq, time.Now()); err != nil {
		return err
	}
	if err := demo.SeedGrants(ctx, a.Client, dq, time.Now()); err != nil {
		return err
	}
	return demo.SeedParty(ctx, a.Client, dq, time.Now())
}

// purgeSessions deletes long-dead sessions hourly.
func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level))
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l}))
}
