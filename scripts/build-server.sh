#!/usr/bin/env bash
# build-server.sh — compile the server to bin/hatchery, saying what it does.
#
# The first build compiles about 600 packages (ent's generated code, gqlgen,
# the MinIO client, SQLite translated to Go): about 3 minutes on 2 cores, in
# silence with a plain `go build`. This prints a line every 50 packages with
# the time so far; later builds reuse Go's build cache and take seconds.
# Compiler errors are shown as they come; the exit code is go build's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
GO="${GO:-go}"
out="${1:-bin/hatchery}"

total=$("$GO" list -deps . | wc -l)
echo "==> compiling the server into $out (about 3 min the first time, seconds after that)…"
start=$SECONDS
# go build -v names each package it compiles (on stderr); anything that is
# not a package path is an error or a warning, and is printed whole.
"$GO" build -v -o "$out" . 2>&1 | awk -v total="$total" -v start="$start" '
	/^[A-Za-z0-9._~\/-]+$/ {
		n++
		if (n % 50 == 0) {
			printf "    %d of at most %d packages compiled\n", n, total
			fflush()
		}
		next
	}
	{ print; fflush() }
'
echo "==> server compiled in $((SECONDS - start)) s"
