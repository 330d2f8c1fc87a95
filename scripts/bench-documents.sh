#!/usr/bin/env bash
# bench-documents.sh — document transfer throughput and the process's peak
# heap, through MinIO and the local store, for 10 and 50 MiB files.
#
# Runs BenchmarkDocumentTransfer (graph/documents_bench_test.go) RUNS times
# (default 5) against a throwaway MinIO and prints the median of each metric
# per case. The machine is shared: compare medians from one run only.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
CI=true scripts/with-minio.sh go test ./graph/ -run '^$' -bench BenchmarkDocumentTransfer \
	-benchtime 3x -count "$runs" | tee "$out"

echo
echo "medians of $runs runs:"
awk '
/^BenchmarkDocumentTransfer\// {
	name = $1; sub(/-[0-9]+$/, "", name); sub(/^BenchmarkDocumentTransfer\//, "", name)
	if (!(name in seen)) { seen[name] = 1; order[++n] = name }
	for (i = 5; i < NF; i += 2) { key = name SUBSEP $(i+1); vals[key] = vals[key] " " $i; units[$(i+1)] = 1 }
}
function median(list,   a, k, i, j, x) {
	k = split(list, a, " ")
	for (i = 2; i <= k; i++) { x = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > x; j--) a[j+1] = a[j]; a[j+1] = x }
	return (k % 2) ? a[(k+1)/2] : (a[k/2] + a[k/2+1]) / 2
}
END {
	printf "%-14s %14s %16s %16s %15s\n", "case", "upload-MiB/s", "complete-MiB/s", "download-MiB/s", "peak-heap-MiB"
	for (j = 1; j <= n; j++) {
		c = order[j]
		printf "%-14s %14.1f %16.1f %16.1f %15.1f\n", c,
			median(vals[c SUBSEP "upload-MiB/s"]), median(vals[c SUBSEP "complete-MiB/s"]),
			median(vals[c SUBSEP "download-MiB/s"]), median(vals[c SUBSEP "peak-heap-MiB"])
	}
}' "$out"
