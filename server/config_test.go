package server_test

import (
	"bytes"
	"context"
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/server"
)

// env is a fake environment: tests never read the real one, so a
// DATABASE_URL or HATCHERY_* set on the machine cannot change their outcome.
type env map[string]string

func (e env) get(name string) string { return e[name] }

// configSettings lists the Setting of every ConfigError inside err (which
// ParseConfig builds with errors.Join), sorted.
func configSettings(err error) []string {
	var out []string
	var walk func(error)
	walk = func(err error) {
		if err == nil {
			return
		}
		if ce, ok := err.(*server.ConfigError); ok {
			out = append(out, ce.Setting)
			return
		}
		switch u := err.(type) {
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				walk(e)
			}
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		}
	}
	walk(err)
	sort.Strings(out)
	return out
}

func TestParseConfigDefaults(t *testing.T) {
	var stderr bytes.Buffer
	c, err := server.ParseConfig(nil, env{}.get, &stderr)
	require.NoError(t, err)
	require.Equal(t, "127.0.0.1:8080", c.Addr)
	require.Equal(t, "./data", c.DataDir)
	require.Empty(t, c.DatabaseURL, "no DATABASE_URL means SQLite")
	require.Equal(t, "hatchery-demo", c.DemoPassword)
	require.Equal(t, server.DefaultDemoPassword, c.DemoPassword)
	require.Equal(t, "hatchery", c.MinIO.Bucket)
	require.Empty(t, c.MinIO.Endpoint, "no MinIO endpoint means a local folder")
	require.False(t, c.MinIO.UseSSL)
	require.Equal(t, 12*time.Hour, c.SessionTTL)
	require.Equal(t, 50, c.DocumentMaxMiB)
	require.Equal(t, 30*24*time.Hour, c.DocumentRetention)
	require.Equal(t, server.DrainTimeout, c.DrainTimeout)
	require.Equal(t, "info", c.LogLevel)
	require.False(t, c.Dev, "development mode must be opt-in")
	require.False(t, c.Demo, "demo data must be opt-in")
	require.Empty(t, c.TrustedProxies, "no proxy is trusted unless configured")
	require.Empty(t, stderr.String())
}

func TestParseConfigFromEnvironment(t *testing.T) {
	e := env{
		"HATCHERY_ADDR":               "0.0.0.0:9090",
		"DATABASE_URL":                "postgres://hatchery:pw@db:5432/hatchery?sslmode=disable",
		"HATCHERY_DATA_DIR":           "/var/lib/hatchery",
		"HATCHERY_DEV":                "true",
		"HATCHERY_DEMO":               "1",
		"HATCHERY_DEMO_PASSWORD":      "correct horse",
		"HATCHERY_SESSION_TTL":        "90m",
		"HATCHERY_LOG_LEVEL":          "debug",
		"MINIO_ENDPOINT":              "minio:9000",
		"MINIO_ACCESS_KEY":            "ak",
		"MINIO_SECRET_KEY":            "sk",
		"MINIO_BUCKET":                "docs-bucket",
		"MINIO_USE_SSL":               "TRUE",
		"HATCHERY_DOCUMENT_MAX_MIB":   "20",
		"HATCHERY_DOCUMENT_RETENTION": "48h",
		"HATCHERY_TRUSTED_PROXIES":    "10.0.0.0/8, 192.168.1.7,fd00::/8 ::ffff:172.16.0.0/108",
		"HATCHERY_DRAIN_TIMEOUT":      "25s",
	}
	c, err := server.ParseConfig(nil, e.get, &bytes.Buffer{})
	require.NoError(t, err)
	require.Equal(t, server.Config{
		Addr:         "0.0.0.0:9090",
		DatabaseURL:  "postgres://hatchery:pw@db:5432/hatchery?sslmode=disable",
		DataDir:      "/var/lib/hatchery",
		Dev:          true,
		Demo:         true,
		DemoPassword: "correct horse",
		SessionTTL:   90 * time.Minute,
		LogLevel:     "debug",
		MinIO: server.MinIOConfig{
			Endpoint: "minio:9000", AccessKey: "ak", SecretKey: "sk", Bucket: "docs-bucket", UseSSL: true,
		},
		DocumentMaxMiB:    20,
		DocumentRetention: 48 * time.Hour,
		TrustedProxies: server.TrustedProxies{
			netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("192.168.1.7/32"),
			netip.MustParsePrefix("fd00::/8"), netip.MustParsePrefix("172.16.0.0/12"),
		},
		DrainTimeout: 25 * time.Second,
	}, c)
}

func TestParseConfigFlagsOverrideEnvironment(t *testing.T) {
	e := env{
		"HATCHERY_ADDR":               "0.0.0.0:9090",
		"DATABASE_URL":                "postgres://env@db/env",
		"HATCHERY_DATA_DIR":           "/from/env",
		"HATCHERY_DEV":                "true",
		"HATCHERY_DEMO":               "false",
		"HATCHERY_DEMO_PASSWORD":      "env-password",
		"HATCHERY_SESSION_TTL":        "90m",
		"HATCHERY_LOG_LEVEL":          "debug",
		"MINIO_ENDPOINT":              "env-minio:9000",
		"MINIO_ACCESS_KEY":            "env-ak",
		"MINIO_SECRET_KEY":            "env-sk",
		"MINIO_BUCKET":                "env-bucket",
		"MINIO_USE_SSL":               "true",
		"HATCHERY_DOCUMENT_MAX_MIB":   "20",
		"HATCHERY_DOCUMENT_RETENTION": "48h",
		"HATCHERY_TRUSTED_PROXIES":    "10.0.0.0/8",
		"HATCHERY_DRAIN_TIMEOUT":      "25s",
	}
	args := []string{
		"--addr", "127.0.0.1:0",
		"--database-url", "postgresql://flag@db/flag",
		"--data-dir", "/from/flag",
		"--dev=false",
		"--demo",
		"--demo-password", "flag-password",
		"--session-ttl", "2h",
		"--log-level", "warn",
		"--minio-endpoint", "flag-minio:9000",
		"--minio-access-key", "flag-ak",
		"--minio-secret-key", "flag-sk",
		"--minio-bucket", "flag-bucket",
		"--minio-use-ssl=false",
		"--document-max-mib", "100",
		"--document-retention", "0s",
		"--trusted-proxies", "127.0.0.1",
		"--drain-timeout", "5s",
	}
	c, err := server.ParseConfig(args, e.get, &bytes.Buffer{})
	require.NoError(t, err)
	require.Equal(t, server.Config{
		Addr:         "127.0.0.1:0",
		DatabaseURL:  "postgresql://flag@db/flag",
		DataDir:      "/from/flag",
		Dev:          false,
		Demo:         true,
		DemoPassword: "flag-password",
		SessionTTL:   2 * time.Hour,
		LogLevel:     "warn",
		MinIO: server.MinIOConfig{
			Endpoint: "flag-minio:9000", AccessKey: "flag-ak", SecretKey: "flag-sk", Bucket: "flag-bucket", UseSSL: false,
		},
		TrustedProxies:    server.TrustedProxies{netip.MustParsePrefix("127.0.0.1/32")},
		DocumentMaxMiB:    100,
		DocumentRetention: 0,
		DrainTimeout:      5 * time.Second,
	}, c)
}

func TestParseConfigRejectsBadValues(t *testing.T) {
	tests := []struct {
		name     string
		env      env
		args     []string
		settings []string // every setting the error must name, and no other
		mention  string   // the offending value or rule, echoed so the operator can fix it
	}{
		{name: "port out of range", env: env{"HATCHERY_ADDR": "127.0.0.1:99999"}, settings: []string{"HATCHERY_ADDR"}, mention: "99999"},
		{name: "port not a number", env: env{"HATCHERY_ADDR": "127.0.0.1:http"}, settings: []string{"HATCHERY_ADDR"}, mention: `"http"`},
		{name: "address without port", env: env{"HATCHERY_ADDR": "localhost"}, settings: []string{"HATCHERY_ADDR"}, mention: "host:port"},
		{name: "bad --addr flag", args: []string{"--addr", "127.0.0.1:-1"}, settings: []string{"HATCHERY_ADDR"}, mention: "-1"},
		{name: "mysql database", env: env{"DATABASE_URL": "mysql://root@localhost/hatchery"}, settings: []string{"DATABASE_URL"}, mention: "postgres://"},
		{name: "dev not a boolean", env: env{"HATCHERY_DEV": "maybe"}, settings: []string{"HATCHERY_DEV"}, mention: `"maybe"`},
		{name: "demo not a boolean", env: env{"HATCHERY_DEMO": "yes please"}, settings: []string{"HATCHERY_DEMO"}, mention: `"yes please"`},
		{name: "public URL without scheme", env: env{"HATCHERY_PUBLIC_URL": "hatchery.example.gov.cn"}, settings: []string{"HATCHERY_PUBLIC_URL"}, mention: `"hatchery.example.gov.cn"`},
		{name: "document size not a number", env: env{"HATCHERY_DOCUMENT_MAX_MIB": "50MB"}, settings: []string{"HATCHERY_DOCUMENT_MAX_MIB"}, mention: `"50MB"`},
		{name: "document size over 1 GiB", args: []string{"--document-max-mib", "4096"}, settings: []string{"HATCHERY_DOCUMENT_MAX_MIB"}, mention: "1024"},
		{name: "retention not a duration", env: env{"HATCHERY_DOCUMENT_RETENTION": "30 days"}, settings: []string{"HATCHERY_DOCUMENT_RETENTION"}, mention: `"30 days"`},
		{name: "profiler on every interface", env: env{"HATCHERY_PPROF_ADDR": ":6060"}, settings: []string{"HATCHERY_PPROF_ADDR"}, mention: "loopback"},
		{name: "profiler on a public address", args: []string{"--pprof-addr", "0.0.0.0:6060"}, settings: []string{"HATCHERY_PPROF_ADDR"}, mention: `"0.0.0.0:6060"`},
		{name: "profiler on a host name", env: env{"HATCHERY_PPROF_ADDR": "hatchery.example.gov.cn:6060"}, settings: []string{"HATCHERY_PPROF_ADDR"}, mention: "loopback"},
		{name: "drain timeout not a duration", env: env{"HATCHERY_DRAIN_TIMEOUT": "15"}, settings: []string{"HATCHERY_DRAIN_TIMEOUT"}, mention: `"15"`},
		{name: "minio ssl not a boolean", env: env{"MINIO_USE_SSL": "sometimes"}, settings: []string{"MINIO_USE_SSL"}, mention: `"sometimes"`},
		{
			name:     "minio endpoint without keys",
			env:      env{"MINIO_ENDPOINT": "minio:9000"},
			settings: []string{"MINIO_ACCESS_KEY", "MINIO_SECRET_KEY"},
			mention:  "MINIO_ENDPOINT",
		},
		{
			name:     "minio endpoint not host:port",
			env:      env{"MINIO_ENDPOINT": "http://minio", "MINIO_ACCESS_KEY": "ak", "MINIO_SECRET_KEY": "sk"},
			settings: []string{"MINIO_ENDPOINT"},
			mention:  `"http://minio"`,
		},
		{
			name:     "minio endpoint without port",
			env:      env{"MINIO_ENDPOINT": "minio:", "MINIO_ACCESS_KEY": "ak", "MINIO_SECRET_KEY": "sk"},
			settings: []string{"MINIO_ENDPOINT"},
			mention:  `"minio:"`,
		},
		{
			name:     "minio endpoint without host",
			env:      env{"MINIO_ENDPOINT": ":9000", "MINIO_ACCESS_KEY": "ak", "MINIO_SECRET_KEY": "sk"},
			settings: []string{"MINIO_ENDPOINT"},
			mention:  `":9000"`,
		},
		{
			name:     "minio bucket upper case",
			env:      env{"MINIO_ENDPOINT": "minio:9000", "MINIO_ACCESS_KEY": "ak", "MINIO_SECRET_KEY": "sk", "MINIO_BUCKET": "Hatchery"},
			settings: []string{"MINIO_BUCKET"},
			mention:  `"Hatchery"`,
		},
		{name: "session ttl not a duration", env: env{"HATCHERY_SESSION_TTL": "forever"}, settings: []string{"HATCHERY_SESSION_TTL"}, mention: `"forever"`},
		{name: "session ttl too short", args: []string{"--session-ttl", "30s"}, settings: []string{"HATCHERY_SESSION_TTL"}, mention: "between 1m and 720h"},
		{name: "session ttl too long", env: env{"HATCHERY_SESSION_TTL": "721h"}, settings: []string{"HATCHERY_SESSION_TTL"}, mention: "between 1m and 720h"},
		{name: "log level", env: env{"HATCHERY_LOG_LEVEL": "loud"}, settings: []string{"HATCHERY_LOG_LEVEL"}, mention: `"loud"`},
		{name: "empty data dir", args: []string{"--data-dir", ""}, settings: []string{"HATCHERY_DATA_DIR"}, mention: "empty"},
		{
			name:     "short demo password with --demo",
			env:      env{"HATCHERY_DEMO_PASSWORD": "short"},
			args:     []string{"--demo"},
			settings: []string{"HATCHERY_DEMO_PASSWORD"},
			mention:  "at least 8 characters",
		},
		{name: "trusted proxy not a range", env: env{"HATCHERY_TRUSTED_PROXIES": "10.0.0.0/8,proxy.internal"}, settings: []string{"HATCHERY_TRUSTED_PROXIES"}, mention: `"proxy.internal"`},
		{name: "trusted proxy range with host bits", args: []string{"--trusted-proxies", "10.1.2.3/8"}, settings: []string{"HATCHERY_TRUSTED_PROXIES"}, mention: "10.0.0.0/8"},
		{name: "stray argument", args: []string{"--demo", "extra"}, settings: []string{"arguments"}, mention: `"extra"`},
		{
			name:     "every problem is reported at once",
			env:      env{"HATCHERY_ADDR": "nope", "HATCHERY_DEV": "maybe", "HATCHERY_LOG_LEVEL": "loud", "HATCHERY_SESSION_TTL": "forever"},
			settings: []string{"HATCHERY_ADDR", "HATCHERY_DEV", "HATCHERY_LOG_LEVEL", "HATCHERY_SESSION_TTL"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.env
			if e == nil {
				e = env{}
			}
			_, err := server.ParseConfig(tc.args, e.get, &bytes.Buffer{})
			require.Error(t, err)
			require.Equal(t, tc.settings, configSettings(err), "error: %v", err)
			for _, s := range tc.settings {
				require.Contains(t, err.Error(), s)
			}
			require.Contains(t, err.Error(), tc.mention)
			var ce *server.ConfigError
			require.True(t, errors.As(err, &ce), "want a *server.ConfigError, got %T", err)
		})
	}
}

func TestParseConfigAcceptsEdgeValues(t *testing.T) {
	// A short demo password only matters when demo data is seeded.
	c, err := server.ParseConfig(nil, env{"HATCHERY_DEMO_PASSWORD": "short"}.get, &bytes.Buffer{})
	require.NoError(t, err)
	require.Equal(t, "short", c.DemoPassword)

	// The session TTL bounds are inclusive.
	for _, ttl := range []string{"1m", "720h"} {
		c, err := server.ParseConfig([]string{"--session-ttl", ttl}, env{}.get, &bytes.Buffer{})
		require.NoError(t, err, ttl)
		d, _ := time.ParseDuration(ttl)
		require.Equal(t, d, c.SessionTTL)
	}

	// The profiler may listen on any loopback address.
	for _, addr := range []string{"127.0.0.1:6060", "[::1]:0", "localhost:6060", "127.0.0.2:6060"} {
		c, err := server.ParseConfig([]string{"--pprof-addr", addr}, env{}.get, &bytes.Buffer{})
		require.NoError(t, err, addr)
		require.Equal(t, addr, c.PprofAddr)
	}

	// postgresql:// is as good as postgres://.
	c, err = server.ParseConfig(nil, env{"DATABASE_URL": "postgresql://u@h/db"}.get, &bytes.Buffer{})
	require.NoError(t, err)
	require.Equal(t, "postgresql://u@h/db", c.DatabaseURL)

	// An empty boolean variable is "unset", not an error.
	c, err = server.ParseConfig(nil, env{"HATCHERY_DEV": "", "MINIO_USE_SSL": ""}.get, &bytes.Buffer{})
	require.NoError(t, err)
	require.False(t, c.Dev)
}

func TestParseConfigDoesNotEchoDatabasePassword(t *testing.T) {
	_, err := server.ParseConfig(nil, env{"DATABASE_URL": "mysql://root:s3cr3t-pw@db/hatchery"}.get, &bytes.Buffer{})
	require.Error(t, err)
	require.Contains(t, err.Error(), "DATABASE_URL")
	require.NotContains(t, err.Error(), "s3cr3t-pw")
}

func TestParseConfigUnknownFlag(t *testing.T) {
	var stderr bytes.Buffer
	_, err := server.ParseConfig([]string{"--no-such-flag"}, env{}.get, &stderr)
	require.Error(t, err)
	require.Contains(t, err.Error(), "no-such-flag")
	require.Contains(t, stderr.String(), "no-such-flag")
	require.Contains(t, stderr.String(), "-data-dir", "usage lists the flags")
}

func TestRunUnknownCommand(t *testing.T) {
	var out bytes.Buffer
	err := server.Run(context.Background(), []string{"frobnicate", "--demo"}, env{}.get, &out)
	require.Error(t, err)
	require.Contains(t, err.Error(), `unknown command "frobnicate"`)
	require.Contains(t, err.Error(), "usage: hatchery", "the error shows the usage")
	require.Empty(t, out.String())
}

func TestRunHelp(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, server.Run(context.Background(), []string{"help"}, env{}.get, &out))
	for _, cmd := range []string{"serve", "migrate", "help"} {
		require.Contains(t, out.String(), "\n  "+cmd+" ")
	}
}

func TestRunRejectsBadSettingBeforeStarting(t *testing.T) {
	for _, cmd := range []string{"serve", "migrate"} {
		t.Run(cmd, func(t *testing.T) {
			dataDir := filepath.Join(t.TempDir(), "data")
			var out bytes.Buffer
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			err := server.Run(ctx,
				[]string{cmd, "--addr", "127.0.0.1:0", "--data-dir", dataDir},
				env{"HATCHERY_LOG_LEVEL": "loud"}.get, &out)
			require.Error(t, err)
			require.Contains(t, err.Error(), "HATCHERY_LOG_LEVEL")
			require.Equal(t, []string{"HATCHERY_LOG_LEVEL"}, configSettings(err))
			// Nothing started: no database was created and nothing listened.
			_, statErr := os.Stat(dataDir)
			require.True(t, os.IsNotExist(statErr), "the data directory must not be created: %v", statErr)
			require.NotContains(t, out.String(), "listening")
			require.NotContains(t, out.String(), "database ready")
		})
	}
}

// TestRunRejectsBadDatabaseURL: a flag works the same as the variable, and
// the database is not touched.
func TestRunRejectsBadDatabaseURL(t *testing.T) {
	var out bytes.Buffer
	err := server.Run(context.Background(),
		[]string{"serve", "--database-url", "mysql://root@localhost/x", "--data-dir", t.TempDir()},
		env{}.get, &out)
	require.Error(t, err)
	require.Equal(t, []string{"DATABASE_URL"}, configSettings(err))
	require.NotContains(t, out.String(), "listening")
}

func TestRunServeDefaultsToServe(t *testing.T) {
	// Flags without a command mean "serve": a bad setting is reported by the
	// serve configuration rather than as an unknown command.
	err := server.Run(context.Background(), []string{"--log-level", "loud"}, env{}.get, &bytes.Buffer{})
	require.Error(t, err)
	require.NotContains(t, err.Error(), "unknown command")
	require.True(t, strings.Contains(err.Error(), "HATCHERY_LOG_LEVEL"), err.Error())
}
