// Package server is the platform's process: configuration, the HTTP routes
// (GraphQL API, web app, health and metrics), middleware, start-up (migrate,
// demo seed) and graceful shutdown. Run is the whole program; main only
// calls it.
package server

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config is every setting of the process. Each has a flag and an
// environment variable; the flag wins.
type Config struct {
	Addr         string // HATCHERY_ADDR
	DatabaseURL  string // DATABASE_URL: postgres://… ; empty means SQLite under DataDir
	DataDir      string // HATCHERY_DATA_DIR
	Dev          bool   // HATCHERY_DEV: introspection and the GraphQL playground
	Demo         bool   // --demo / HATCHERY_DEMO: seed demo data into an empty database
	DemoPassword string // HATCHERY_DEMO_PASSWORD
	SessionTTL   time.Duration
	LogLevel     string // HATCHERY_LOG_LEVEL: debug, info, warn, error
	// PprofAddr (HATCHERY_PPROF_ADDR) is a loopback host:port where the Go
	// runtime's profiles are served; empty: no profiler.
	PprofAddr string

	MinIO MinIOConfig
	// PublicURL is the platform's address as people reach it; printed in the
	// verification QR code of decision letters. Empty: http:// and the
	// address the server listens on.
	PublicURL string
	// DocumentMaxMiB is the largest document upload, in MiB.
	DocumentMaxMiB int
	// DocumentRetention is how long a deleted document's files are kept.
	DocumentRetention time.Duration
	// TrustedProxies are the reverse proxies whose X-Forwarded-For and
	// X-Forwarded-Proto are believed (HATCHERY_TRUSTED_PROXIES: CIDRs or
	// addresses, comma-separated). Empty: none, the connection's peer is the
	// client and only a TLS connection is secure.
	TrustedProxies TrustedProxies
	// QueryTimeout bounds one /query request; zero means QueryTimeout (30s).
	// Not a setting: tests use it.
	QueryTimeout time.Duration
	// ConcurrentQueries is how many GraphQL queries run at once, the others
	// waiting their turn (graph/admission.go); zero means three per core.
	// Not a setting: tests use it.
	ConcurrentQueries int
	// DrainTimeout (HATCHERY_DRAIN_TIMEOUT) is how long a shutdown waits for
	// running requests before it cuts them; zero means DrainTimeout (15s).
	// Keep it below the orchestrator's grace period (Kubernetes: 30s).
	DrainTimeout time.Duration
}

// MinIOConfig is where documents are stored; an empty endpoint means a local
// folder under DataDir.
type MinIOConfig struct {
	Endpoint  string // MINIO_ENDPOINT, host:port
	AccessKey string // MINIO_ACCESS_KEY
	SecretKey string // MINIO_SECRET_KEY
	Bucket    string // MINIO_BUCKET
	UseSSL    bool   // MINIO_USE_SSL
}

// DefaultDemoPassword is the demo users' password unless HATCHERY_DEMO_PASSWORD is set.
const DefaultDemoPassword = "hatchery-demo"

// ConfigError names the setting that stopped start-up.
type ConfigError struct {
	Setting string
	Problem string
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("configuration: %s: %s", e.Setting, e.Problem)
}

// ParseConfig reads flags (args, without the program and command names) with
// environment fallbacks from getenv, and checks every value.
func ParseConfig(args []string, getenv func(string) string, stderr io.Writer) (Config, error) {
	var c Config
	var errs []error
	envBool := func(name string) bool {
		v := getenv(name)
		if v == "" {
			return false
		}
		b, err := strconv.ParseBool(v)
		if err != nil {
			errs = append(errs, &ConfigError{name, fmt.Sprintf("%q is not a boolean (use true or false)", v)})
		}
		return b
	}
	or := func(v, def string) string {
		if v == "" {
			return def
		}
		return v
	}
	ttl := or(getenv("HATCHERY_SESSION_TTL"), "12h")
	maxMiB := or(getenv("HATCHERY_DOCUMENT_MAX_MIB"), "50")
	retention := or(getenv("HATCHERY_DOCUMENT_RETENTION"), "720h")
	proxies := getenv("HATCHERY_TRUSTED_PROXIES")
	drain := or(getenv("HATCHERY_DRAIN_TIMEOUT"), DrainTimeout.String())

	fs := flag.NewFlagSet("hatchery serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.Addr, "addr", or(getenv("HATCHERY_ADDR"), "127.0.0.1:8080"), "listen address (HATCHERY_ADDR)")
	fs.StringVar(&c.DatabaseURL, "database-url", getenv("DATABASE_URL"), "PostgreSQL URL; empty for SQLite (DATABASE_URL)")
	fs.StringVar(&c.DataDir, "data-dir", or(getenv("HATCHERY_DATA_DIR"), "./data"), "data directory (HATCHERY_DATA_DIR)")
	fs.BoolVar(&c.Dev, "dev", envBool("HATCHERY_DEV"), "development mode: introspection and playground (HATCHERY_DEV)")
	fs.BoolVar(&c.Demo, "demo", envBool("HATCHERY_DEMO"), "seed demo data into an empty database (HATCHERY_DEMO)")
	fs.StringVar(&c.DemoPassword, "demo-password", or(getenv("HATCHERY_DEMO_PASSWORD"), DefaultDemoPassword), "demo users' password (HATCHERY_DEMO_PASSWORD)")
	fs.StringVar(&ttl, "session-ttl", ttl, "session lifetime (HATCHERY_SESSION_TTL)")
	fs.StringVar(&c.PprofAddr, "pprof-addr", getenv("HATCHERY_PPROF_ADDR"), "serve Go profiles on this loopback host:port, e.g. 127.0.0.1:6060; empty: off (HATCHERY_PPROF_ADDR)")
	fs.StringVar(&c.LogLevel, "log-level", or(getenv("HATCHERY_LOG_LEVEL"), "info"), "log level (HATCHERY_LOG_LEVEL)")
	fs.StringVar(&c.MinIO.Endpoint, "minio-endpoint", getenv("MINIO_ENDPOINT"), "MinIO host:port; empty for a local folder (MINIO_ENDPOINT)")
	fs.StringVar(&c.MinIO.AccessKey, "minio-access-key", getenv("MINIO_ACCESS_KEY"), "MinIO access key (MINIO_ACCESS_KEY)")
	fs.StringVar(&c.MinIO.SecretKey, "minio-secret-key", getenv("MINIO_SECRET_KEY"), "MinIO secret key (MINIO_SECRET_KEY)")
	fs.StringVar(&c.MinIO.Bucket, "minio-bucket", or(getenv("MINIO_BUCKET"), "hatchery"), "MinIO bucket (MINIO_BUCKET)")
	fs.BoolVar(&c.MinIO.UseSSL, "minio-use-ssl", envBool("MINIO_USE_SSL"), "use TLS to MinIO (MINIO_USE_SSL)")
	fs.StringVar(&c.PublicURL, "public-url", getenv("HATCHERY_PUBLIC_URL"), "public address, for links printed on letters; default http://ADDR (HATCHERY_PUBLIC_URL)")
	fs.StringVar(&maxMiB, "document-max-mib", maxMiB, "largest document upload in MiB (HATCHERY_DOCUMENT_MAX_MIB)")
	fs.StringVar(&retention, "document-retention", retention, "how long a deleted document's files are kept (HATCHERY_DOCUMENT_RETENTION)")
	fs.StringVar(&proxies, "trusted-proxies", proxies, "reverse proxies whose X-Forwarded-For/-Proto are believed, CIDRs comma-separated (HATCHERY_TRUSTED_PROXIES)")
	fs.StringVar(&drain, "drain-timeout", drain, "how long a shutdown waits for running requests before cutting them (HATCHERY_DRAIN_TIMEOUT)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		errs = append(errs, &ConfigError{"arguments", fmt.Sprintf("unexpected %q", strings.Join(fs.Args(), " "))})
	}
	d, err := time.ParseDuration(ttl)
	switch {
	case err != nil:
		errs = append(errs, &ConfigError{"HATCHERY_SESSION_TTL", fmt.Sprintf("%q is not a duration (e.g. 12h)", ttl)})
	case d < time.Minute || d > 30*24*time.Hour:
		errs = append(errs, &ConfigError{"HATCHERY_SESSION_TTL", "must be between 1m and 720h"})
	}
	c.SessionTTL = d
	// GraphQL Int is 32-bit: sizes must stay below 2 GiB.
	if n, err := strconv.Atoi(maxMiB); err != nil || n < 1 || n > 1024 {
		errs = append(errs, &ConfigError{"HATCHERY_DOCUMENT_MAX_MIB", fmt.Sprintf("%q is not a whole number of MiB from 1 to 1024", maxMiB)})
	} else {
		c.DocumentMaxMiB = n
	}
	if r, err := time.ParseDuration(retention); err != nil || r < 0 {
		errs = append(errs, &ConfigError{"HATCHERY_DOCUMENT_RETENTION", fmt.Sprintf("%q is not a duration (e.g. 720h)", retention)})
	} else {
		c.DocumentRetention = r
	}
	if d, err := time.ParseDuration(drain); err != nil || d <= 0 || d > 10*time.Minute {
		errs = append(errs, &ConfigError{"HATCHERY_DRAIN_TIMEOUT", fmt.Sprintf("%q is not a duration from 1ms to 10m (e.g. 15s)", drain)})
	} else {
		c.DrainTimeout = d
	}
	if u, err := url.Parse(c.PublicURL); c.PublicURL != "" && (err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "") {
		errs = append(errs, &ConfigError{"HATCHERY_PUBLIC_URL", fmt.Sprintf("%q is not an http(s) URL", c.PublicURL)})
	}
	if c.TrustedProxies, err = ParseTrustedProxies(proxies); err != nil {
		errs = append(errs, &ConfigError{"HATCHERY_TRUSTED_PROXIES", err.Error()})
	}
	errs = append(errs, c.check()...)
	return c, errors.Join(errs...)
}

func (c Config) check() []error {
	var errs []error
	if _, port, err := net.SplitHostPort(c.Addr); err != nil {
		errs = append(errs, &ConfigError{"HATCHERY_ADDR", fmt.Sprintf("%q is not host:port", c.Addr)})
	} else if p, err := strconv.Atoi(port); err != nil || p < 0 || p > 65535 {
		errs = append(errs, &ConfigError{"HATCHERY_ADDR", fmt.Sprintf("port %q is not a number from 0 to 65535", port)})
	}
	if c.DatabaseURL != "" {
		u, err := url.Parse(c.DatabaseURL)
		if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
			errs = append(errs, &ConfigError{"DATABASE_URL", "must be a postgres:// URL (leave it unset for the embedded SQLite database)"})
		}
	}
	if c.PprofAddr != "" && !loopbackOnly(c.PprofAddr) {
		errs = append(errs, &ConfigError{"HATCHERY_PPROF_ADDR", fmt.Sprintf("%q is not a loopback host:port (127.0.0.1, ::1 or localhost): profiles must not be reachable from other machines", c.PprofAddr)})
	}
	if c.DataDir == "" {
		errs = append(errs, &ConfigError{"HATCHERY_DATA_DIR", "must not be empty"})
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, &ConfigError{"HATCHERY_LOG_LEVEL", fmt.Sprintf("%q is not one of debug, info, warn, error", c.LogLevel)})
	}
	if c.Demo && len(c.DemoPassword) < 8 {
		errs = append(errs, &ConfigError{"HATCHERY_DEMO_PASSWORD", "must be at least 8 characters"})
	}
	if m := c.MinIO; m.Endpoint != "" {
		// SplitHostPort alone accepts "http://minio" (host "http", port
		// "//minio"): the port must be a number too.
		if host, port, err := net.SplitHostPort(m.Endpoint); err != nil || host == "" || !validPort(port, 1) {
			errs = append(errs, &ConfigError{"MINIO_ENDPOINT", fmt.Sprintf("%q is not host:port (no scheme)", m.Endpoint)})
		}
		if m.AccessKey == "" {
			errs = append(errs, &ConfigError{"MINIO_ACCESS_KEY", "is required when MINIO_ENDPOINT is set"})
		}
		if m.SecretKey == "" {
			errs = append(errs, &ConfigError{"MINIO_SECRET_KEY", "is required when MINIO_ENDPOINT is set"})
		}
		if len(m.Bucket) < 3 || len(m.Bucket) > 63 || strings.ToLower(m.Bucket) != m.Bucket {
			errs = append(errs, &ConfigError{"MINIO_BUCKET", fmt.Sprintf("%q is not a valid bucket name (3-63 lower-case characters)", m.Bucket)})
		}
	}
	return errs
}

// validPort reports whether port is a decimal number from min to 65535.
func validPort(port string, min int) bool {
	p, err := strconv.Atoi(port)
	return err == nil && p >= min && p <= 65535
}
