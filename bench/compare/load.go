package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

type targetKind int

const (
	httpTarget targetKind = iota // a GraphQL server, loaded with wrk
	sqlTarget                    // the list's statements, run by pgbench
)

// target is one column of the comparison and its results per round.
type target struct {
	name string
	kind targetKind
	url  string
	body string
	auth string
	pid  int // server process; 0 for sqlTarget

	loaded, single []result // one per round: 16 connections, 1 connection
}

func (t *target) add(conns int, r result) {
	if conns == 1 {
		t.single = append(t.single, r)
	} else {
		t.loaded = append(t.loaded, r)
	}
}

// result is one measurement.
type result struct {
	requests         int
	rate             float64       // requests per second
	p50, p99         time.Duration // latency percentiles
	serverCPU, pgCPU time.Duration // CPU used during the measurement
	rssMiB           float64       // the server's peak since it started (VmHWM)
	loadRSSMiB       float64       // the server's largest VmRSS sampled during this measurement
}

// measure loads list l's target t with conns connections for seconds and
// returns what it saw, failing if any response was wrong.
func measure(ctx context.Context, c config, l *list, t *target, pg postmaster, lua, tmp string, conns, seconds int) (result, error) {
	var (
		r   result
		err error
	)
	server0, pg0 := cpu(t.pid), pg.cpu()
	var sampled func() float64
	if t.pid != 0 {
		sampled = sampleRSS(t.pid)
	}
	if t.kind == sqlTarget {
		r, err = runPgbench(ctx, c, l, tmp, conns, seconds)
	} else {
		r, err = runWrk(ctx, t, lua, l.needle, conns, seconds, l.edges)
	}
	if sampled != nil {
		r.loadRSSMiB = sampled()
	}
	if err != nil {
		return r, err
	}
	// Let the postmaster reap backends that closed, so their time counts.
	time.Sleep(200 * time.Millisecond)
	if t.pid != 0 {
		r.serverCPU = cpu(t.pid) - server0
		r.rssMiB = rssMax(t.pid)
	}
	r.pgCPU = pg.cpu() - pg0
	return r, nil
}

var wrkLine = regexp.MustCompile(`BENCH requests=(\d+) checked=(\d+) bad=(\d+) non200=(\d+) socket_errors=(\d+) duration_us=(\d+) p50_us=(\d+) p99_us=(\d+)`)

func runWrk(ctx context.Context, t *target, lua, needle string, conns, seconds, edges int) (result, error) {
	threads := min(conns, 2) // one per core: wrk shares the machine with the servers
	cmd := exec.CommandContext(ctx, "wrk", "-t", strconv.Itoa(threads), "-c", strconv.Itoa(conns),
		"-d", fmt.Sprintf("%ds", seconds), "--timeout", "10s", "-s", lua, t.url)
	cmd.Env = append(os.Environ(), "BENCH_BODY="+t.body, "BENCH_AUTH="+t.auth, "BENCH_NEEDLE="+needle,
		"BENCH_EDGES="+strconv.Itoa(edges))
	out, err := cmd.CombinedOutput()
	if err != nil {
		return result{}, fmt.Errorf("wrk: %w\n%s", err, out)
	}
	m := wrkLine.FindStringSubmatch(string(out))
	if m == nil {
		return result{}, fmt.Errorf("wrk printed no BENCH line:\n%s", out)
	}
	v := make([]int64, len(m))
	for i := 1; i < len(m); i++ {
		v[i], _ = strconv.ParseInt(m[i], 10, 64)
	}
	requests, checked, bad, non200, sockErr, durUS := v[1], v[2], v[3], v[4], v[5], v[6]
	// wrk may count a request cut at the end without its response; every
	// response it did read was checked.
	if bad > 0 || sockErr > 0 || checked == 0 || requests-checked > int64(conns) {
		return result{}, fmt.Errorf("%d of %d responses wrong (%d not 200), %d socket errors", bad, checked, non200, sockErr)
	}
	return result{
		requests: int(checked),
		rate:     float64(checked) / (float64(durUS) / 1e6),
		p50:      time.Duration(v[7]) * time.Microsecond,
		p99:      time.Duration(v[8]) * time.Microsecond,
	}, nil
}

var (
	pgbTPS       = regexp.MustCompile(`tps = ([0-9.]+) \(without initial connection time\)`)
	pgbProcessed = regexp.MustCompile(`number of transactions actually processed: (\d+)`)
	pgbFailed    = regexp.MustCompile(`number of failed transactions: (\d+)`)
)

// runPgbench runs list l's statements with -M prepared (as a server keeps
// its statements prepared) and takes the latency percentiles from pgbench's
// per-transaction log, since its summary has only the mean.
func runPgbench(ctx context.Context, c config, l *list, tmp string, conns, seconds int) (result, error) {
	dir, err := os.MkdirTemp(tmp, "pgbench-")
	if err != nil {
		return result{}, err
	}
	defer os.RemoveAll(dir)
	args := []string{"-n", "-M", "prepared", "-f", l.script,
		"-c", strconv.Itoa(conns), "-j", strconv.Itoa(min(conns, 2)), "-T", strconv.Itoa(seconds),
		"-l", "--log-prefix", filepath.Join(dir, "tx")}
	for _, v := range l.vars {
		args = append(args, "-D", v)
	}
	cmd := exec.CommandContext(ctx, "pgbench", append(args, c.databaseURL)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return result{}, fmt.Errorf("pgbench: %w\n%s", err, out)
	}
	tps, processed, failed := pgbTPS.FindSubmatch(out), pgbProcessed.FindSubmatch(out), pgbFailed.FindSubmatch(out)
	if tps == nil || processed == nil {
		return result{}, fmt.Errorf("pgbench printed no tps:\n%s", out)
	}
	if failed != nil && string(failed[1]) != "0" {
		return result{}, fmt.Errorf("pgbench: %s failed transactions", failed[1])
	}
	r := result{}
	r.rate, _ = strconv.ParseFloat(string(tps[1]), 64)
	r.requests, _ = strconv.Atoi(string(processed[1]))
	lat, err := pgbenchLatencies(dir)
	if err != nil {
		return r, err
	}
	r.p50, r.p99 = percentile(lat, 50), percentile(lat, 99)
	return r, nil
}

// pgbenchLatencies reads the third field (latency in µs) of every line of
// every per-thread log file.
func pgbenchLatencies(dir string) ([]time.Duration, error) {
	files, err := filepath.Glob(filepath.Join(dir, "tx*"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no pgbench log in %s", dir)
	}
	var lat []time.Duration
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			if f := strings.Fields(sc.Text()); len(f) >= 3 {
				us, _ := strconv.ParseInt(f[2], 10, 64)
				lat = append(lat, time.Duration(us)*time.Microsecond)
			}
		}
	}
	return lat, nil
}

func percentile(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*p/100)]
}
