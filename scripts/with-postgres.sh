#!/usr/bin/env bash
# with-postgres.sh — run a command against a throwaway PostgreSQL cluster.
#
# Usage:
#   scripts/with-postgres.sh CMD [ARGS...]
#   e.g. scripts/with-postgres.sh go test -race -count=1 ./...
#
# The script initdb's a fresh cluster in a temporary directory, starts it
# listening only on a unix socket inside that directory and on 127.0.0.1 at a
# free port, exports
#
#   HATCHERY_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:PORT/postgres?sslmode=disable
#
# runs CMD, then always stops the cluster and deletes the directory. The exit
# code is CMD's exit code. Tests use internal/testdb, which creates one fresh
# database per test inside this cluster.
#
# The cluster trades durability for speed (fsync=off etc.): it is for tests only.
#
# Missing PostgreSQL binaries are a hard error (exit 1), never a skip.
#
# Environment (all optional):
#   PG_BINDIR              directory holding initdb/pg_ctl/postgres
#   HATCHERY_PG_KEEP_LOG=1 print the server log on exit even on success
#
# As root (CI), initdb and pg_ctl run as the `postgres` system user, because
# PostgreSQL refuses to run as root; CMD itself still runs as the caller.

set -euo pipefail

# shellcheck source=lib/service.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/service.sh"
SERVICE=with-postgres

if [[ $# -eq 0 ]]; then
	echo "usage: $0 CMD [ARGS...]" >&2
	exit 2
fi

# ---------------------------------------------------------------------------
# Locate the PostgreSQL server binaries (all three from the same directory).
# ---------------------------------------------------------------------------
find_bindir() {
	local d
	if [[ -n "${PG_BINDIR:-}" ]]; then
		echo "$PG_BINDIR"
		return 0
	fi
	if command -v initdb >/dev/null 2>&1; then
		# Follow symlinks (e.g. /usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb)
		# so pg_ctl and postgres come from the same installation.
		d="$(dirname "$(readlink -f "$(command -v initdb)")")"
		if [[ -x "$d/pg_ctl" && -x "$d/postgres" ]]; then
			echo "$d"
			return 0
		fi
	fi
	# Debian/Ubuntu layout; newest version first.
	local candidates=()
	shopt -s nullglob
	candidates=(/usr/lib/postgresql/*/bin)
	shopt -u nullglob
	if [[ ${#candidates[@]} -gt 0 ]]; then
		while IFS= read -r d; do
			if [[ -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/postgres" ]]; then
				echo "$d"
				return 0
			fi
		done < <(printf '%s\n' "${candidates[@]}" | sort -rV)
	fi
	return 1
}

BINDIR="$(find_bindir)" || die "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found on PATH or in /usr/lib/postgresql/*/bin.
  Install PostgreSQL 15 (e.g. apt-get install postgresql-15) or set PG_BINDIR. Tests require a real PostgreSQL; they are not skipped."
for b in initdb pg_ctl postgres; do
	[[ -x "$BINDIR/$b" ]] || die "$BINDIR/$b is missing or not executable (PG_BINDIR=${PG_BINDIR:-unset})"
done

# ---------------------------------------------------------------------------
# Run server-side commands as `postgres` when we are root.
# ---------------------------------------------------------------------------
AS_PG=()
if [[ "$(id -u)" -eq 0 ]]; then
	id -u postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' system user to run the server as"
	if command -v runuser >/dev/null 2>&1; then
		AS_PG=(runuser -u postgres --)
	elif command -v setpriv >/dev/null 2>&1; then
		AS_PG=(setpriv --reuid=postgres --regid=postgres --init-groups --)
	else
		die "running as root but neither runuser nor setpriv is available to drop to the 'postgres' user"
	fi
fi

# pg runs server commands inside the temp dir, so a cwd the postgres user
# cannot read (e.g. /root/...) does not produce warnings.
# (${AS_PG[@]+...} keeps `set -u` happy with an empty array on old bash.)
pg() {
	(cd "$PGTMP" && ${AS_PG[@]+"${AS_PG[@]}"} "$@")
}


# ---------------------------------------------------------------------------
# Temp dir. Unix socket paths are limited to ~107 bytes, and the postgres user
# must be able to reach the directory, so fall back to /tmp when TMPDIR is
# long or (as root) not accessible to postgres.
# ---------------------------------------------------------------------------
base="${TMPDIR:-/tmp}"
if [[ ${#base} -gt 60 || ! -d "$base" ]]; then
	base=/tmp
elif [[ ${#AS_PG[@]} -gt 0 ]] && ! "${AS_PG[@]}" test -x "$base"; then
	base=/tmp
fi
PGTMP="$(mktemp -d "$base/hatchery-pg.XXXXXX")"
STARTED=0

cleanup() {
	local rc=$?
	trap - EXIT INT TERM HUP
	# Stop whenever a postmaster may exist (also after a failed/timed-out start).
	if [[ "$STARTED" -eq 1 || -f "$PGTMP/data/postmaster.pid" ]]; then
		# Immediate mode: the data is throwaway, no need for a shutdown checkpoint.
		pg "$BINDIR/pg_ctl" -D "$PGTMP/data" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
			log "warning: pg_ctl stop failed"
	fi
	if [[ "${HATCHERY_PG_KEEP_LOG:-}" == "1" && -f "$PGTMP/server.log" ]]; then
		log "server log:"
		cat "$PGTMP/server.log" >&2 || true
	fi
	rm -rf "$PGTMP" || log "warning: could not remove $PGTMP"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

if [[ ${#AS_PG[@]} -gt 0 ]]; then
	chown postgres: "$PGTMP"
	chmod 700 "$PGTMP"
	"${AS_PG[@]}" test -w "$PGTMP" -a -x "$PGTMP" ||
		die "the postgres user cannot access $PGTMP (check permissions of its parent directories)"
fi

# ---------------------------------------------------------------------------
# initdb
# ---------------------------------------------------------------------------
t0=$(now_ms)
if ! pg "$BINDIR/initdb" -D "$PGTMP/data" -A trust -U postgres -E UTF8 \
	--locale=C --no-sync --no-instructions >"$PGTMP/initdb.log" 2>&1; then
	cat "$PGTMP/initdb.log" >&2 || true
	die "initdb failed"
fi
t_init=$(now_ms)

# ---------------------------------------------------------------------------
# Pick a free port and start. Another process may grab the port between the
# probe and the bind, so retry a few times.
# ---------------------------------------------------------------------------

PORT=""
for attempt in 1 2 3 4 5; do
	PORT="$(free_port)" || die "could not find a free TCP port"
	if pg "$BINDIR/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 60 -s \
		-o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories='$PGTMP'" \
		-o "-c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
		-o "-c max_connections=200" \
		-o "-c max_wal_size=1GB -c checkpoint_timeout=30min -c wal_level=minimal -c max_wal_senders=0" \
		-o "-c log_min_messages=warning -c log_min_error_statement=panic" \
		start >/dev/null 2>&1; then
		STARTED=1
		break
	fi
	if grep -qiE 'could not bind|address already in use|could not create any TCP/IP sockets' "$PGTMP/server.log" 2>/dev/null; then
		log "port $PORT was taken, retrying (attempt $attempt)"
		pg "$BINDIR/pg_ctl" -D "$PGTMP/data" -m immediate -w stop >/dev/null 2>&1 || true
		: >"$PGTMP/server.log"
		continue
	fi
	cat "$PGTMP/server.log" >&2 2>/dev/null || true
	die "PostgreSQL failed to start"
done
[[ "$STARTED" -eq 1 ]] || {
	cat "$PGTMP/server.log" >&2 2>/dev/null || true
	die "PostgreSQL failed to start after 5 attempts"
}
t1=$(now_ms)

export HATCHERY_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:${PORT}/postgres?sslmode=disable"
log "PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$PORT in $((t1 - t0))ms (initdb $((t_init - t0))ms, start $((t1 - t_init))ms; data: $PGTMP/data)"

# Run the command (as the caller), keeping its exit code for the EXIT trap.
set +e
"$@"
rc=$?
set -e
exit "$rc"
