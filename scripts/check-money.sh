#!/usr/bin/env bash
# Money is integer fen in Go and a decimal string (BigInt fen when summed)
# in the web app: never a float. This fails on a float type or a float
# conversion in the money code of either side.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
go_files=$(git ls-files 'internal/money/*.go' 'internal/grant/*.go' 'internal/grant/**/*.go' | grep -v '_test.go$' || true)
if [ -n "$go_files" ] && grep -nE 'float32|float64|ParseFloat|FormatFloat' $go_files; then
	echo "check-money: a float in the Go money code above; use integer fen (internal/money)." >&2
	status=1
fi
ts_files=$(git ls-files 'frontend/src/lib/money.ts' 'frontend/src/pages/grants/**/*.ts' 'frontend/src/pages/grants/**/*.tsx' | grep -vE '\.test\.tsx?$' || true)
if [ -n "$ts_files" ] && grep -nE 'parseFloat|toFixed\(|Number\.parseFloat|\* ?0\.01' $ts_files; then
	echo "check-money: a float conversion in the web app's money code above; use lib/money (BigInt fen)." >&2
	status=1
fi
exit $status
