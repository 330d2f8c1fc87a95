package main

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	_ "github.com/lib/pq"
)

// server is a child process this program started and must stop.
type server struct {
	name string
	cmd  *exec.Cmd
	url  string
	log  string
	// exited is closed when the process has ended (its one Wait returned).
	exited chan struct{}
}

func (s *server) pid() int { return s.cmd.Process.Pid }

// stop ends the server by its own pid (and waits), never by name.
func (s *server) stop() {
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
	case <-time.After(10 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// start runs cmd with its output in a log file and waits until ready
// answers true (at most two minutes: PostGraphile introspects the schema).
func start(ctx context.Context, s *server, ready func() bool) (*server, error) {
	f, err := os.Create(s.log)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s.cmd.Stdout, s.cmd.Stderr = f, f
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	s.exited = make(chan struct{})
	go func() { _ = s.cmd.Wait(); close(s.exited) }()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) && ctx.Err() == nil {
		select {
		case <-s.exited:
			out, _ := os.ReadFile(s.log)
			return nil, fmt.Errorf("%s exited at start:\n%s", s.name, out)
		case <-time.After(200 * time.Millisecond):
		}
		if ready() {
			return s, nil
		}
	}
	s.stop()
	return nil, fmt.Errorf("%s not ready within 2 minutes (log: %s)", s.name, s.log)
}

func startHatchery(ctx context.Context, c config, tmp string) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	// Log level warn: a line per request would cost the server CPU that the
	// peer does not spend.
	cmd := exec.Command(c.hatchery, "serve", "--addr", addr, "--database-url", c.databaseURL,
		"--log-level", "warn", "--data-dir", filepath.Join(tmp, "hatchery-data"))
	cmd.Env = append(os.Environ(), "HATCHERY_DEV=")
	s := &server{name: "hatchery", cmd: cmd, url: "http://" + addr + "/query", log: filepath.Join(tmp, "hatchery.log")}
	return start(ctx, s, func() bool {
		resp, err := http.Get("http://" + addr + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
}

func startPostGraphile(ctx context.Context, c config, tmp string) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	cli := filepath.Join(c.postgraphile, "node_modules", "postgraphile", "dist", "cli-run.js")
	cmd := exec.Command(c.node, cli, "--config", filepath.Join(c.postgraphile, "graphile.config.mjs"))
	cmd.Dir = c.postgraphile
	cmd.Env = append(os.Environ(), "NODE_ENV=production", "DATABASE_URL="+c.databaseURL,
		"BENCH_PORT="+strconv.Itoa(port), "BENCH_POOL="+strconv.Itoa(c.postgresConns))
	s := &server{name: "postgraphile", cmd: cmd, url: fmt.Sprintf("http://127.0.0.1:%d/graphql", port),
		log: filepath.Join(tmp, "postgraphile.log")}
	return start(ctx, s, func() bool {
		var out struct {
			Typename string `json:"__typename"`
		}
		return post(ctx, s.url, body(`{ __typename }`), "", &out) == nil
	})
}

// postmaster finds the PostgreSQL server's main process, whose children
// are every backend; only this cluster's processes are counted, not those
// of other clusters on the machine.
type postmaster struct{ pid int }

func findPostmaster(ctx context.Context, url string) (postmaster, error) {
	db, err := sql.Open("postgres", url)
	if err != nil {
		return postmaster{}, err
	}
	defer db.Close()
	var dir string
	if err := db.QueryRowContext(ctx, `SELECT current_setting('data_directory')`).Scan(&dir); err != nil {
		return postmaster{}, err
	}
	b, err := os.ReadFile(filepath.Join(dir, "postmaster.pid"))
	if err != nil {
		return postmaster{}, fmt.Errorf("reading the postmaster's pid (the CPU columns need it): %w", err)
	}
	pid, err := strconv.Atoi(strings.SplitN(string(b), "\n", 2)[0])
	return postmaster{pid: pid}, err
}

// clockTick is USER_HZ, 100 on every Linux this runs on (Go has no sysconf).
const clockTick = 10 * time.Millisecond

// procStat reads a process's parent and CPU times in ticks: its own
// (utime+stime) and its reaped children's (cutime+cstime).
func procStat(pid int) (ppid int, own, children int64, err error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, 0, 0, err
	}
	// The command name may hold spaces; the fields start after its ')'.
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
	n := func(i int) int64 { v, _ := strconv.ParseInt(f[i], 10, 64); return v }
	return int(n(1)), n(11) + n(12), n(13) + n(14), nil
}

// cpu is the CPU time a process has used so far.
func cpu(pid int) time.Duration {
	_, own, _, err := procStat(pid)
	if err != nil {
		return 0
	}
	return time.Duration(own) * clockTick
}

// cpu of PostgreSQL: the postmaster, its live children, and the children
// that have exited (a backend's time moves into the postmaster's cutime when
// it is reaped, so a closed connection's work is still counted).
func (p postmaster) cpu() time.Duration {
	_, own, reaped, err := procStat(p.pid)
	if err != nil {
		return 0
	}
	total := own + reaped
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == p.pid {
			continue
		}
		if ppid, own, _, err := procStat(pid); err == nil && ppid == p.pid {
			total += own
		}
	}
	return time.Duration(total) * clockTick
}

// rssMax is the process's peak resident memory so far (VmHWM), in MiB. It
// includes moments outside any list's load: start-up, and the benchmark's
// logins (an argon2id hash holds 64 MiB while it runs).
func rssMax(pid int) float64 { return procStatus(pid, "VmHWM:") }

// sampleRSS samples the process's resident memory (VmRSS) every 50 ms until
// the returned function is called, which returns the largest sample in MiB:
// the memory the server needs while it answers the list.
func sampleRSS(pid int) func() float64 {
	stop, done := make(chan struct{}), make(chan float64)
	go func() {
		peak := procStatus(pid, "VmRSS:")
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				done <- max(peak, procStatus(pid, "VmRSS:"))
				return
			case <-tick.C:
				peak = max(peak, procStatus(pid, "VmRSS:"))
			}
		}
	}()
	return func() float64 { close(stop); return <-done }
}

// procStatus is a kB field of /proc/pid/status, in MiB (0 if unreadable).
func procStatus(pid int, field string) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}
