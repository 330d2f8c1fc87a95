#!/usr/bin/env bash
# The whole test suite, as `make test` and CI run it. Needs only what the
# machine has (Go, Node, PostgreSQL binaries); starts and removes its own
# throwaway PostgreSQL and MinIO (built once from the Go module proxy),
# installs Chromium (and CJK fonts) for the browser tests when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-}"
step() { printf '\n==> %s\n' "$*"; }

step "go vet, gofmt"
go vet ./...
unformatted=$(gofmt -l $(git ls-files '*.go'))
if [ -n "$unformatted" ]; then
	echo "not gofmt-formatted (run gofmt -w on them):" >&2
	echo "$unformatted" >&2
	exit 1
fi

step "money code has no floats (Go and the web app)"
scripts/check-money.sh

step "go.mod and go.sum are tidy (go mod tidy leaves no diff)"
if ! go mod tidy -diff; then
	echo "go.mod/go.sum are not tidy: run 'go mod tidy' and commit the result." >&2
	exit 1
fi

step "generated code is up to date (go generate ./... leaves no diff)"
snapshot() { { git status --porcelain --untracked-files=all -- ent graph; git diff -- ent graph; } | sha256sum; }
before=$(snapshot)
go generate ./...
after=$(snapshot)
if [ "$before" != "$after" ]; then
	echo "go generate changed generated files: run 'make generate' and commit the result." >&2
	git status --short -- ent graph >&2
	exit 1
fi

step "the CJK font decision letters are typeset in"
scripts/ensure-fonts.sh

step "Go tests with the race detector, on SQLite, a throwaway PostgreSQL and a throwaway MinIO"
# with-minio.sh builds the pinned MinIO server from the Go module proxy the
# first time (about 5 minutes) and reuses it after.
scripts/with-postgres.sh scripts/with-minio.sh go test -race -count=1 -timeout 70m ./...

step "web app: install, type-check, lint, unit tests, build"
(
	cd frontend
	npm ci --no-audit --no-fund
	gql_before=$( { git status --porcelain --untracked-files=all -- src/gql; git diff -- src/gql; } | sha256sum)
	npm run build
	gql_after=$( { git status --porcelain --untracked-files=all -- src/gql; git diff -- src/gql; } | sha256sum)
	if [ "$gql_before" != "$gql_after" ]; then
		echo "graphql-codegen changed frontend/src/gql: run 'npm run codegen' in frontend/ and commit the result." >&2
		exit 1
	fi
	npm run lint
	npm test
)

step "browser tests (Chromium) against the real server, documents in the local store"
# Installs Chromium and CJK fonts from Debian when missing; the app was built above.
E2E_SKIP_BUILD=1 scripts/e2e.sh

step "browser tests again with documents on MinIO (the browser uploads across origins to it)"
E2E_MINIO=1 E2E_SKIP_BUILD=1 scripts/with-minio.sh scripts/e2e.sh
