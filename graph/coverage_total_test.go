package graph_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/ent/organization"
	"hatchery/ent/predicate"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

const qCoverageTotal = `query($f:CoverageFilter){ partyCoverageTable(first:200, filter:$f){ totalCount edges{ node{ organization{ id } } } } }`

// coverageTotal is the coverage table's total as token reads it with
// filter f, the rows of its first (and only) page, and whether answering
// counted the organisations in SQL; ok is false when the table is refused.
func coverageTotal(t *testing.T, e *testenv.Env, token string, f map[string]any) (total, rows int, counted, ok bool) {
	t.Helper()
	var out struct {
		PartyCoverageTable *struct {
			TotalCount int
			Edges      []struct {
				Node struct{ Organization struct{ ID string } }
			}
		}
	}
	stop := e.RecordSQL()
	errs := e.Do(token, qCoverageTotal, map[string]any{"f": f}, &out)
	for _, q := range stop() {
		if strings.Contains(q, "COUNT(") && (strings.Contains(q, `FROM "organizations"`) || strings.Contains(q, "FROM `organizations`")) {
			counted = true
		}
	}
	if len(errs) > 0 || out.PartyCoverageTable == nil {
		return 0, 0, counted, false
	}
	return out.PartyCoverageTable.TotalCount, len(out.PartyCoverageTable.Edges), counted, true
}

// The coverage table's total is the number of rows the viewer can page
// through, for every role that reads it, whether it comes from the tallies
// the database keeps (viewers who read every organisation of their domain,
// or of every domain) or from a count (an officer, a member, any filter);
// it follows registrations and deregistrations at once, and a platform
// admin who chose a domain to act in gets that domain's total.
func TestCoverageTableTotalIsTheRowsTheViewerReads(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		for range 3 {
			w.org(t, "武康街道")
		}
		assigned := w.org(t, "新市镇")
		w.assign(t, assigned, w.guide, day(2026, 3, 1))

		type viewer struct {
			name, token string
			tallied     bool // reads every organisation of a domain (or all)
		}
		viewers := []viewer{
			{"party", w.party, true},
			{"admin", e.Login("admin"), true},
			{"anji", e.Login("anji"), true},
			{"root", e.Login("root"), true},
			{"guide", w.guideTok, false},
			{"ngo", e.Login("ngo"), false},
		}
		check := func(step string) map[string]int {
			t.Helper()
			totals := map[string]int{}
			for _, v := range viewers {
				total, rows, counted, ok := coverageTotal(t, e, v.token, nil)
				if !ok {
					continue
				}
				totals[v.name] = total
				require.Equal(t, rows, total, "%s, %s: the total is the rows the viewer pages through", step, v.name)
				require.Equal(t, !v.tallied, counted, "%s, %s: counted the organisations in SQL", step, v.name)
			}
			return totals
		}
		before := check("at first")
		for _, name := range []string{"party", "admin", "anji", "root", "guide"} {
			require.Contains(t, before, name, "%s reads the coverage table", name)
		}
		require.Equal(t, 1, before["guide"], "the officer's one organisation")
		require.Equal(t, before["party"], before["admin"])
		require.Equal(t, countListed(t, e, organization.DomainID(e.Fixture.Deqing)), before["party"])
		require.Equal(t, countListed(t, e, organization.DomainID(e.Fixture.Anji)), before["anji"])
		require.Equal(t, countListed(t, e), before["root"], "the platform admin reads every domain's organisations")

		ctx, c := system(), e.App.Client
		c.Organization.Update().Where(organization.ID(e.Fixture.OrgB)).SetStatus(organization.StatusDEREGISTERED).ExecX(ctx)
		w.org(t, "乾元镇")
		w.org(t, "乾元镇")
		after := check("after one deregistration and two registrations")
		require.Equal(t, before["party"]+1, after["party"])
		require.Equal(t, before["root"]+1, after["root"])
		require.Equal(t, before["anji"], after["anji"], "another county's total does not move")

		// A filter counts the rows it leaves.
		total, rows, counted, ok := coverageTotal(t, e, w.party, map[string]any{"town": "乾元镇"})
		require.True(t, ok)
		require.True(t, counted, "a filtered table counts in SQL")
		require.Equal(t, countListed(t, e, organization.DomainID(e.Fixture.Deqing), organization.Town("乾元镇")), total)
		require.GreaterOrEqual(t, total, 2)
		require.Equal(t, total, rows)
		total, _, counted, _ = coverageTotal(t, e, w.party, map[string]any{"town": "", "search": "  "})
		require.False(t, counted, "a blank town or search narrows nothing")
		require.Equal(t, after["party"], total)

		// The platform admin acting in Anji reads Anji's total.
		root := viewers[3].token
		e.MustDo(root, `mutation($id:ID){ actInDomain(id:$id){ id } }`, map[string]any{"id": testenv.ID(e.Fixture.Anji)}, nil)
		total, rows, counted, ok = coverageTotal(t, e, root, nil)
		require.True(t, ok)
		require.False(t, counted)
		require.Equal(t, after["anji"], total)
		require.Equal(t, rows, total)
	})
}

// countListed is how many organisations matching ps the coverage table
// lists (all but deregistered ones), counted as the system.
func countListed(t *testing.T, e *testenv.Env, ps ...predicate.Organization) int {
	t.Helper()
	return e.App.Client.Organization.Query().Where(organization.StatusNEQ(organization.StatusDEREGISTERED)).
		Where(ps...).CountX(system())
}

// A viewer who may not read the coverage table (finance: no party-building
// read) is refused however little the query asks of it: the total alone,
// or the page info alone, read no row's parts but are refused all the same.
func TestCoverageTableRefusesItsTotalToWhoCannotReadIt(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		finance := e.Login("finance")
		for _, q := range []string{
			`{ partyCoverageTable { totalCount } }`,
			`{ partyCoverageTable(first: 3) { pageInfo { hasNextPage } } }`,
			`{ partyCoverageTable(first: 3) { totalCount edges { node { form } } } }`,
		} {
			var out struct{ PartyCoverageTable *struct{ TotalCount int } }
			errs := e.Do(finance, q, nil, &out)
			require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), q)
			require.Nil(t, out.PartyCoverageTable, q)
		}
		var out struct{ PartyCoverageTable struct{ TotalCount int } }
		e.MustDo(e.Login("party"), `{ partyCoverageTable { totalCount } }`, nil, &out)
		require.Positive(t, out.PartyCoverageTable.TotalCount, "the committee reads it")
	})
}

// The status the coverage table leaves out is the schema's constant, the
// only value an unfiltered platform admin's page gives: the statement cache
// writes it into the statement on PostgreSQL (internal/db's reshape), so
// that PostgreSQL plans the page once a connection. What a user types (a
// town) is bound as an argument, never written.
func TestCoverageTablePageBindsOnlyWhatTheUserGives(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		w.org(t, "武康街道")
		// The recorded statement, "query=… args=[…]", split in two.
		page := func(token string, f map[string]any) (text, args string) {
			t.Helper()
			stop := e.RecordSQL()
			e.MustDo(token, qCoverageTotal, map[string]any{"f": f}, nil)
			for _, q := range stop() {
				if (strings.Contains(q, `FROM "organizations"`) || strings.Contains(q, "FROM `organizations`")) &&
					strings.Contains(q, "ORDER BY") && !strings.Contains(q, "COUNT(") {
					text, args, _ = strings.Cut(q, " args=")
					return text, args
				}
			}
			t.Fatal("no page statement")
			return "", ""
		}

		_, args := page(e.Login("root"), nil)
		require.Equal(t, "[DEREGISTERED]", args, "the platform admin's unfiltered page gives the status only")

		town := "武康街道' OR '1'='1"
		text, args := page(w.party, map[string]any{"town": town})
		require.NotContains(t, text, "武康街道", text)
		require.Contains(t, args, town, "the town is bound")
		total, rows, _, ok := coverageTotal(t, e, w.party, map[string]any{"town": town})
		require.True(t, ok)
		require.Zero(t, total, "no town has that name")
		require.Zero(t, rows)
	})
}
