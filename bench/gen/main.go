// Command gen fills a freshly migrated PostgreSQL database with the
// benchmark's data set: counties (domains), one platform admin, social
// organisations with valid USCC codes, and documents owned by them, each
// with one current version; then, per county, the programmes' records the
// benchmark's other lists read: an incubation centre with its tenancies
// (incubation.go), venture-grant calls with reviewed proposals (grants.go)
// and every organisation's party-building coverage (party.go).
//
// The same scale always yields the same rows (fixed PRNG seeds, ids taken
// from each table's identity start), so two runs measure the same thing;
// the one exception is party visits, dated back from the day of the run
// (party.go says why). Rows are written with COPY because row-by-row
// INSERTs (or ent with its hooks) would take minutes at province scale.
//
// Usage: go run ./bench/gen -database-url URL -scale county -password PW
package main

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"time"

	"hatchery/internal/password"
	"hatchery/internal/uscc"
)

// scale is the size of a data set: the registry's. The programmes' records
// follow from each county's number of organisations (programmes.go).
type scale struct {
	orgs, docs int
}

var scales = map[string]scale{
	"tiny":     {orgs: 200, docs: 600}, // for trying the scripts out
	"county":   {orgs: 10_000, docs: 30_000},
	"province": {orgs: 100_000, docs: 1_000_000},
}

// orgsPerDomain: a county has about this many organisations, so the
// province scale spreads its organisations over ten domains.
const orgsPerDomain = 10_000

func main() {
	url := flag.String("database-url", os.Getenv("DATABASE_URL"), "PostgreSQL URL of a migrated, empty Hatchery database")
	scaleName := flag.String("scale", "county", "tiny, county or province")
	plain := flag.String("password", "bench-admin-pw", "password of the platform admin 'bench-admin'")
	flag.Parse()
	sc, ok := scales[*scaleName]
	if !ok || *url == "" {
		flag.Usage()
		os.Exit(2)
	}
	start := time.Now()
	n, err := run(context.Background(), *url, sc, *plain)
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	log.Printf("gen: %s scale (%d organisations, %d documents; %d tenancies; %d grant calls, %d proposals, %d reviews submitted; "+
		"%d coverage periods, %d guidance officers, %d visits) loaded in %s",
		*scaleName, sc.orgs, sc.docs, n.tenancies, n.calls, n.proposals, n.reviews,
		n.coverages, n.officers, n.visits, time.Since(start).Round(time.Millisecond))
}

// counts are the programme rows loaded, for the summary line.
type counts struct {
	tenancies, calls, proposals, reviews, coverages, officers, visits int
}

func run(ctx context.Context, url string, sc scale, plain string) (counts, error) {
	db, err := sql.Open("postgres", url)
	if err != nil {
		return counts{}, err
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM organizations`).Scan(&n); err != nil {
		return counts{}, fmt.Errorf("is the database migrated? %w", err)
	}
	if n > 0 {
		return counts{}, fmt.Errorf("organizations already holds %d rows: gen wants an empty database", n)
	}
	// The admin's hash uses the login service's own parameters, so logging
	// in costs what it costs in production (and is not rehashed on login).
	// The programmes' accounts share it: nobody logs in as them.
	hash, err := password.Hash(plain, password.Default)
	if err != nil {
		return counts{}, err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return counts{}, err
	}
	defer func() { _ = tx.Rollback() }()
	// documents.current_version_id and document_versions.document_id point
	// at each other; replica mode skips the FK triggers while loading, and
	// check() proves afterwards that every reference resolves.
	if _, err := tx.ExecContext(ctx, `SET LOCAL session_replication_role = replica`); err != nil {
		return counts{}, err
	}
	l := &loader{tx: tx, ctx: ctx, now: time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC), hash: hash, next: map[string]int64{}}
	if err := l.load(sc); err != nil {
		return counts{}, err
	}
	if _, err := tx.ExecContext(ctx, `SET LOCAL session_replication_role = origin`); err != nil {
		return counts{}, err
	}
	if err := check(ctx, tx); err != nil {
		return counts{}, err
	}
	if err := tally(ctx, tx); err != nil {
		return counts{}, err
	}
	// The programmes' rows have no cycle: they are loaded with the FK
	// triggers on, so PostgreSQL itself checks every reference.
	if err := l.loadProgrammes(); err != nil {
		return counts{}, err
	}
	if err := tx.Commit(); err != nil {
		return counts{}, err
	}
	// Fresh statistics and a visibility map, as a long-running database has.
	// Twice: after the first pass organizations still had none of its 312
	// pages (county scale) marked all-visible (its rows are updated in the
	// loading transaction), so every count over it read the heap: 30 ms
	// instead of 5 at province scale. The second pass marks them.
	for range 2 {
		if _, err := db.ExecContext(ctx, `VACUUM (ANALYZE)`); err != nil {
			return l.counts, err
		}
	}
	return l.counts, nil
}

// loader writes the rows of one data set inside tx.
type loader struct {
	tx   *sql.Tx
	ctx  context.Context
	now  time.Time // the data set's today: fixed, so every run writes the same rows
	hash string    // password hash of every account

	next    map[string]int64 // next free id of each table (ids.go)
	domains []domain
	admin   int64
	orgs    []org // in id order; a county's are contiguous
	counts  counts
}

// domain is a county as the programmes need it.
type domain struct {
	id         int64
	name       string // 基准01县
	casePrefix string
}

// org is what the programmes need of an organisation.
type org struct {
	id               int64
	name, town, kind string
	registered       time.Time
	domain           int // index into loader.domains
}

func (l *loader) load(sc scale) error {
	nDomains := (sc.orgs + orgsPerDomain - 1) / orgsPerDomain
	division := func(d int) string { return fmt.Sprintf("33%04d", 501+d) }
	now := l.now
	firstDomain, err := l.ids("domains", nDomains)
	if err != nil {
		return err
	}
	for d := range nDomains {
		name := fmt.Sprintf("基准%02d县", d+1)
		l.domains = append(l.domains, domain{id: firstDomain + int64(d), name: name, casePrefix: "B" + string(rune('A'+d%26))})
	}
	err = l.copyRows("domains", []string{"id", "created_at", "updated_at", "name", "code", "case_prefix", "bureau_name"},
		nDomains, func(d int) []any {
			x := l.domains[d]
			return []any{x.id, now, now, x.name, division(d), x.casePrefix, x.name + "民政局"}
		})
	if err != nil {
		return err
	}
	l.admin, err = l.users(l.domains[0].id, "PLATFORM_ADMIN", 1, func(int) (string, string) { return "bench-admin", "基准管理员" })
	if err != nil {
		return err
	}
	// A fixed seed: the same scale always gives the same names and titles.
	rng := rand.New(rand.NewPCG(14, 1))
	orgDomain := func(o int) int64 { return l.domains[o/orgsPerDomain].id }
	firstOrg, err := l.ids("organizations", sc.orgs)
	if err != nil {
		return err
	}
	err = l.copyRows("organizations", []string{"id", "created_at", "updated_at", "version", "name", "uscc", "kind", "stage",
		"service_fields", "registered_on", "legal_representative", "contact_person", "contact_phone", "address", "town",
		"charity_status", "status", "domain_id"}, sc.orgs, func(o int) []any {
		k := kinds[rng.IntN(len(kinds))]
		town := towns[rng.IntN(len(towns))]
		topic := topics[rng.IntN(len(topics))]
		// The number keeps names distinct; its place after the town and
		// topic spreads the alphabetical order over every county.
		name := fmt.Sprintf("%s%s%s%05d", town, topic.word, k.suffix, o)
		code := uscc.ForSocialOrg(k.uscc, division(o/orgsPerDomain), o)
		reg := time.Date(2010+rng.IntN(16), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
		l.orgs = append(l.orgs, org{id: firstOrg + int64(o), name: name, town: town, kind: k.kind, registered: reg, domain: o / orgsPerDomain})
		return []any{firstOrg + int64(o), now, now, 1, name, code, k.kind, stages[rng.IntN(len(stages))],
			`["` + topic.field + `"]`, reg, people[rng.IntN(len(people))], people[rng.IntN(len(people))],
			fmt.Sprintf("0572-8%07d", o), town + fmt.Sprintf("%d号", 1+rng.IntN(300)), town, "NONE", "ACTIVE", orgDomain(o)}
	})
	if err != nil {
		return err
	}
	firstDoc, err := l.ids("documents", sc.docs)
	if err != nil {
		return err
	}
	firstVersion, err := l.ids("document_versions", sc.docs)
	if err != nil {
		return err
	}
	// Document d belongs to organisation d % orgs: every organisation has
	// docs/orgs of them (3 at county scale, 10 at province scale).
	docOrg := func(d int) int { return d % sc.orgs }
	err = l.copyRows("documents", []string{"id", "created_at", "updated_at", "category", "title", "version_count",
		"domain_id", "current_version_id", "organization_id", "owner_kind", "owner_id"}, sc.docs, func(d int) []any {
		o := docOrg(d)
		id := firstOrg + int64(o)
		c := categories[rng.IntN(len(categories))]
		title := fmt.Sprintf("%d年度%s", 2015+rng.IntN(11), c.title)
		return []any{firstDoc + int64(d), now, now, c.name, title, 1, orgDomain(o),
			firstVersion + int64(d), id, "organization", id}
	})
	if err != nil {
		return err
	}
	return l.copyRows("document_versions", []string{"id", "created_at", "updated_at", "number", "filename", "content_type",
		"size", "sha256", "object_key", "uploader_name", "document_id", "domain_id", "uploaded_by_id"}, sc.docs, func(d int) []any {
		key := fmt.Sprintf("bench/%d/1", firstDoc+int64(d))
		sum := sha256.Sum256([]byte(key))
		return []any{firstVersion + int64(d), now, now, 1, fmt.Sprintf("document-%d.pdf", d), "application/pdf",
			10_000 + rng.IntN(2_000_000), hex.EncodeToString(sum[:]), key, "基准管理员", firstDoc + int64(d),
			orgDomain(docOrg(d)), l.admin}
	})
}

// check fails when a reference written with the FK triggers off does not
// resolve, so a generator bug cannot hide behind replica mode.
func check(ctx context.Context, tx *sql.Tx) error {
	var bad int
	err := tx.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents d LEFT JOIN document_versions v ON v.id = d.current_version_id AND v.document_id = d.id WHERE v.id IS NULL) +
		(SELECT count(*) FROM documents d LEFT JOIN organizations o ON o.id = d.owner_id AND o.id = d.organization_id AND o.domain_id = d.domain_id WHERE o.id IS NULL)`).Scan(&bad)
	if err == nil && bad > 0 {
		err = fmt.Errorf("%d documents with a dangling version or owner", bad)
	}
	return err
}

// tally writes organization_tallies, which the database's triggers keep but
// replica mode skipped while the organisations were copied in.
func tally(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO organization_tallies AS t (domain_id, status, organizations)
		SELECT domain_id, status, count(*) FROM organizations GROUP BY domain_id, status
		ON CONFLICT (domain_id, status) DO UPDATE SET organizations = EXCLUDED.organizations`)
	if err != nil {
		return fmt.Errorf("organization tallies: %w", err)
	}
	return nil
}
