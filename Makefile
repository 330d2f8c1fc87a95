# Hatchery: the two commands are `make run` and `make test` (see README.md).
.PHONY: run test generate migrations web lint bench clean

GO ?= go
WEB_SOURCES := $(shell find frontend/src frontend/index.html frontend/package.json frontend/vite.config.ts frontend/codegen.ts -type f 2>/dev/null) $(wildcard graph/*.graphqls)

## run: build the web app if needed, compile the server, start API + web app on embedded defaults with demo data
# Each step says what it does and how long it takes the first time (README: "First run").
run: frontend/dist/index.html
	@scripts/ensure-fonts.sh
	@GO=$(GO) scripts/build-server.sh bin/hatchery
	@echo "==> starting the server with demo data (a new database is migrated and seeded in seconds)…"
	bin/hatchery serve --demo

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	@echo "==> installing the web app's packages (npm ci: 1-3 min the first time)…"
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

frontend/dist/index.html: frontend/node_modules/.package-lock.json $(WEB_SOURCES)
	@echo "==> building the web app (codegen, type-check, bundle: 1-3 min)…"
	cd frontend && npm run build

## web: (re)build the web app into frontend/dist
web: frontend/dist/index.html

## test: everything CI runs: vet, generate-diff check, Go tests on SQLite and a throwaway PostgreSQL, web app checks and browser tests
test:
	scripts/test.sh

## generate: regenerate ent, the GraphQL schema and resolvers
generate:
	$(GO) generate ./...

## migrations: add a versioned migration after an ent schema change: make migrations NAME=add_foo
migrations:
	scripts/with-postgres.sh $(GO) run ./internal/db/migrategen -name $(NAME)

## bench: Hatchery vs PostGraphile v5 vs bare SQL on one PostgreSQL (README: "Benchmark"); then the nested-list Go benchmark and document transfer medians
bench:
	@GO=$(GO) scripts/bench-graphql.sh
	scripts/with-postgres.sh $(GO) test -run '^$$' -bench BenchmarkNestedOrganizations -benchtime 100x ./graph/
	scripts/bench-documents.sh

clean:
	rm -rf data frontend/dist/assets frontend/dist/index.html
