#!/usr/bin/env bash
# with-minio.sh — run a command against a throwaway MinIO server.
#
# Usage:
#   scripts/with-minio.sh CMD [ARGS...]
#   e.g. scripts/with-minio.sh go test -race -count=1 ./internal/storage/
#   and, composed with the PostgreSQL wrapper:
#        scripts/with-postgres.sh scripts/with-minio.sh go test ./...
#
# The script starts `minio server` on a fresh temporary directory, listening
# only on 127.0.0.1 at a free port (the web console on another free port),
# with a random root user and password, waits until it reports itself live,
# exports
#
#   HATCHERY_TEST_MINIO_ENDPOINT=127.0.0.1:PORT   (host:port, plain HTTP)
#   HATCHERY_TEST_MINIO_ACCESS_KEY=<random>
#   HATCHERY_TEST_MINIO_SECRET_KEY=<random>
#   HATCHERY_TEST_MINIO_PID=<pid of the minio server>
#   HATCHERY_TEST_MINIO_DIR=<the data directory given to `minio server`>
#   HATCHERY_TEST_MINIO_BIN=<path of the minio binary>
#
# runs CMD, then always stops the server and deletes the directory. The exit
# code is CMD's exit code. PID, DIR and BIN are there so a test can stop the
# server and start it again on the same data and address (a test that does so
# owns the new process and must stop it itself).
#
# Tests use internal/storage, which creates one fresh bucket per test.
#
# MinIO is not packaged for apt, so when $(go env GOPATH)/bin/minio is missing
# the script builds a pinned version with `go install` (takes several minutes
# the first time; the Go build cache makes later builds fast). A failed build
# is a hard error (exit 1), never a skip.
#
# Environment (all optional):
#   MINIO_BIN                 use this minio binary instead of the pinned one
#   HATCHERY_MINIO_KEEP_LOG=1 print the server log on exit even on success

set -euo pipefail

# Pinned so every machine tests against the same server behaviour (POST policy
# enforcement and versioning have changed between MinIO releases).
MINIO_MODULE="github.com/minio/minio@v0.0.0-20260212201848-7aac2a2c5b7c"

# shellcheck source=lib/service.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/service.sh"
SERVICE=with-minio

if [[ $# -eq 0 ]]; then
	echo "usage: $0 CMD [ARGS...]" >&2
	exit 2
fi


# ---------------------------------------------------------------------------
# Locate (or build) the minio binary.
# ---------------------------------------------------------------------------
command -v go >/dev/null 2>&1 || die "go is not on PATH (needed to locate or build minio)"
if [[ -n "${MINIO_BIN:-}" ]]; then
	[[ -x "$MINIO_BIN" ]] || die "MINIO_BIN=$MINIO_BIN is not an executable file"
else
	gobin="$(go env GOBIN)"
	[[ -n "$gobin" ]] || gobin="$(go env GOPATH | cut -d: -f1)/bin"
	MINIO_BIN="$gobin/minio"
	if [[ ! -x "$MINIO_BIN" ]]; then
		log "building $MINIO_MODULE (first run only; this takes several minutes)"
		t_build=$(now_ms)
		builddir="$(mktemp -d "${TMPDIR:-/tmp}/hatchery-minio-build.XXXXXX")"
		# Built from an empty directory so `go install` can never touch the
		# caller's go.mod; GOFLAGS=-mod=mod overrides a -mod=vendor/readonly the
		# caller's environment may set, which would break a module-mode install.
		if ! (cd "$builddir" && GOFLAGS=-mod=mod go install "$MINIO_MODULE"); then
			rm -rf "$builddir"
			die "go install $MINIO_MODULE failed"
		fi
		rm -rf "$builddir"
		[[ -x "$MINIO_BIN" ]] || die "go install succeeded but $MINIO_BIN does not exist"
		log "built minio in $((($(now_ms) - t_build) / 1000))s"
	fi
fi

# ---------------------------------------------------------------------------
# Temp dir: data/ is the server's storage, minio.log its output.
# ---------------------------------------------------------------------------
MINIOTMP="$(mktemp -d "${TMPDIR:-/tmp}/hatchery-minio.XXXXXX")"
DATA="$MINIOTMP/data"
LOGFILE="$MINIOTMP/minio.log"
mkdir -p "$DATA"
MINIO_PID=""

stop_minio() {
	local pid=$1 i
	kill -TERM "$pid" 2>/dev/null || return 0
	# MinIO shuts down in well under a second; give it 10 s, then force.
	for ((i = 0; i < 100; i++)); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$pid" 2>/dev/null; then
		log "warning: minio (pid $pid) ignored SIGTERM, killing it"
		kill -KILL "$pid" 2>/dev/null || true
	fi
	wait "$pid" 2>/dev/null || true
}

cleanup() {
	local rc=$?
	trap - EXIT INT TERM HUP
	if [[ -n "$MINIO_PID" ]]; then
		stop_minio "$MINIO_PID"
	fi
	if [[ "${HATCHERY_MINIO_KEEP_LOG:-}" == "1" && -f "$LOGFILE" ]]; then
		log "server log:"
		cat "$LOGFILE" >&2 || true
	fi
	rm -rf "$MINIOTMP" || log "warning: could not remove $MINIOTMP"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ---------------------------------------------------------------------------
# Credentials: random, so nothing can depend on well-known defaults.
# MinIO requires the password to be at least 8 characters.
# ---------------------------------------------------------------------------
rand_hex() {
	od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'
}
ACCESS_KEY="hatchery$(rand_hex 6)"
SECRET_KEY="$(rand_hex 20)"

# ---------------------------------------------------------------------------
# Pick free ports and start. Another process may grab a port between the probe
# and the bind, so retry a few times.
# ---------------------------------------------------------------------------

# live returns success when the liveness endpoint answers 200.
live() {
	local url="http://127.0.0.1:$1/minio/health/live"
	if command -v curl >/dev/null 2>&1; then
		[[ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url" 2>/dev/null)" == "200" ]]
	else
		wget -q -T 2 -O /dev/null "$url" 2>/dev/null
	fi
}
command -v curl >/dev/null 2>&1 || command -v wget >/dev/null 2>&1 ||
	die "neither curl nor wget is available to probe the MinIO health endpoint"

t0=$(now_ms)
PORT=""
READY=0
for attempt in 1 2 3 4 5; do
	PORT="$(free_port)" || die "could not find a free TCP port"
	CONSOLE_PORT="$(free_port)" || die "could not find a free TCP port"
	[[ "$CONSOLE_PORT" != "$PORT" ]] || continue
	: >"$LOGFILE"
	# MINIO_UPDATE=off / MINIO_CI_CD: no update checks or phone-home from tests.
	MINIO_ROOT_USER="$ACCESS_KEY" MINIO_ROOT_PASSWORD="$SECRET_KEY" \
		MINIO_UPDATE=off MINIO_CI_CD=1 \
		"$MINIO_BIN" server "$DATA" --quiet \
		--address "127.0.0.1:$PORT" --console-address "127.0.0.1:$CONSOLE_PORT" \
		>"$LOGFILE" 2>&1 </dev/null &
	MINIO_PID=$!

	deadline=$(($(now_ms) + 60000))
	while (($(now_ms) < deadline)); do
		if live "$PORT"; then
			READY=1
			break
		fi
		kill -0 "$MINIO_PID" 2>/dev/null || break
		sleep 0.1
	done
	[[ "$READY" -eq 1 ]] && break

	if ! kill -0 "$MINIO_PID" 2>/dev/null; then
		wait "$MINIO_PID" 2>/dev/null || true
		MINIO_PID=""
		if grep -qiE 'address already in use|bind' "$LOGFILE" 2>/dev/null; then
			log "port $PORT or $CONSOLE_PORT was taken, retrying (attempt $attempt)"
			continue
		fi
		cat "$LOGFILE" >&2 2>/dev/null || true
		die "MinIO exited during startup (log above)"
	fi
	cat "$LOGFILE" >&2 2>/dev/null || true
	die "MinIO did not answer 200 on http://127.0.0.1:$PORT/minio/health/live within 60s (log above)"
done
[[ "$READY" -eq 1 ]] || {
	cat "$LOGFILE" >&2 2>/dev/null || true
	die "MinIO failed to start after 5 attempts"
}
t1=$(now_ms)

export HATCHERY_TEST_MINIO_ENDPOINT="127.0.0.1:$PORT"
export HATCHERY_TEST_MINIO_ACCESS_KEY="$ACCESS_KEY"
export HATCHERY_TEST_MINIO_SECRET_KEY="$SECRET_KEY"
export HATCHERY_TEST_MINIO_PID="$MINIO_PID"
export HATCHERY_TEST_MINIO_DIR="$DATA"
export HATCHERY_TEST_MINIO_BIN="$MINIO_BIN"
log "MinIO ready on 127.0.0.1:$PORT in $((t1 - t0))ms (console 127.0.0.1:$CONSOLE_PORT; data: $DATA)"

# Run the command, keeping its exit code for the EXIT trap.
set +e
"$@"
rc=$?
set -e
exit "$rc"
