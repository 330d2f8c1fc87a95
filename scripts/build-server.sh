#!/usr/bin/env bash
# build-server.sh — compile the server to bin/hatchery, saying what it does.
#
# The first build compiles about 600 packages (ent's generated code, gqlgen,
# the MinIO client, SQLite translated to Go): minutes on 2 cores, in silence
# with a plain `go build`, and `go build -v` names packages in bursts (a
# package is named when it and what it waits on are done; SQLite alone takes
# a minute or two). So this prints, every 15 s, the time so far and how many
# packages are done. Later builds reuse Go's build cache and take seconds.
# Compiler errors are printed when the build ends; the exit code is go build's.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
GO="${GO:-go}"
out="${1:-bin/hatchery}"

total=$("$GO" list -deps . | wc -l)
echo "==> compiling the server into $out (the first time about 4 min on an idle 2-core machine, longer on a busy one; seconds after that)…"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$SECONDS
"$GO" build -v -o "$out" . 2>"$log" &
pid=$!
next=15
while kill -0 "$pid" 2>/dev/null; do
	sleep 1
	if ((SECONDS - start >= next)); then
		# go build -v writes one package path per line; the rest is errors.
		done=$(grep -c '^[A-Za-z0-9._~/-]*$' "$log" || true)
		printf '    %3d s: %d packages compiled so far (at most %d: cached ones are skipped; then it links)…\n' $((SECONDS - start)) "$done" "$total"
		next=$((next + 15))
	fi
done
wait "$pid"
rc=$?
grep -v '^[A-Za-z0-9._~/-]*$' "$log" >&2 || true
if ((rc == 0)); then
	echo "==> server compiled in $((SECONDS - start)) s"
fi
exit "$rc"
