package graph_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/ent/partycoverage"
	"hatchery/ent/partyorganization"
	"hatchery/internal/orgtype"
	"hatchery/internal/password"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

// The committee's lists cost the same number of SQL statements whatever
// their length: the coverage table with form, branch, officer and last
// visit; the party organisations with what each covers; the officers with
// their loads and the county's maximum.
const (
	coverageTableQuery = `query($n:Int!){ partyCoverageTable(first:$n){ edges { node { organization{ name } form since
		partyOrganization{ name } assignment{ officer{ name } } lastVisitOn } } totalCount } }`
	partyOrgsQuery = `query($n:Int!){ partyOrganizations(first:$n){ edges{ node{ name coveredCount } } } }`
	officersQuery  = `query($n:Int!){ guidanceOfficers(first:$n){ edges { node { name currentLoad maxLoad } } } }`
)

// seedPartyCounty writes a Deqing of the seed's shape straight into the
// database: 260 organisations, of which 16 have their own branch, 20 are in
// 4 joint branches, 5 are attached, 210 have one of 30 officers (7 each,
// with a visit) and 9 are uncovered; the committee above the branches.
func seedPartyCounty(t *testing.T, e *testenv.Env) {
	t.Helper()
	ctx, c, dq := system(), e.App.Client, e.Fixture.Deqing
	day := func(i int) time.Time { return time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i) }
	towns := []string{"武康街道", "舞阳街道", "阜溪街道", "乾元镇", "新市镇", "洛舍镇", "钟管镇", "禹越镇"}
	var ob []*gen.OrganizationCreate
	for i := range 260 {
		// Named so that they come first in the table (一 sorts before
		// the registry's names) and every form is spread over its pages.
		ob = append(ob, c.Organization.Create().SetDomainID(dq).SetName(fmt.Sprintf("一心公益测试社%03d", i*37%260)).
			SetTown(towns[i%len(towns)]).SetUscc(uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 60000+i)).
			SetKind(organization.KindSOCIAL_GROUP).SetStage(organization.StageSTARTUP).
			SetServiceFields([]orgtype.ServiceField{orgtype.CommunityService}).SetRegisteredOn(day(-3000+i)))
	}
	var orgs []*gen.Organization
	for i := 0; i < len(ob); i += 100 {
		orgs = append(orgs, c.Organization.CreateBulk(ob[i:min(i+100, len(ob))]...).SaveX(ctx)...)
	}
	committee := c.PartyOrganization.Create().SetDomainID(dq).SetKind(partyorganization.KindCOMMITTEE).SetName("德清县社会组织综合党委").
		SetFullMembers(12).SetFoundedOn(day(-2000)).SaveX(ctx)
	var cb []*gen.PartyCoverageCreate
	coverage := func(org int, form partycoverage.Form, branch *int, on time.Time) {
		cb = append(cb, c.PartyCoverage.Create().SetDomainID(dq).SetOrganizationID(org).SetForm(form).
			SetNillablePartyOrganizationID(branch).SetStartOn(on).SetReason("规模测试"))
	}
	var first int
	for i := range 16 {
		b := c.PartyOrganization.Create().SetDomainID(dq).SetKind(partyorganization.KindSTANDALONE).SetName(fmt.Sprintf("规模测试党支部%02d", i)).
			SetOrganizationID(orgs[i].ID).SetParentID(committee.ID).SetFullMembers(3 + i%5).SetFoundedOn(day(i)).SaveX(ctx)
		coverage(orgs[i].ID, partycoverage.FormBUILD, &b.ID, day(i))
		if i == 0 {
			first = b.ID
		}
	}
	for j := range 4 {
		b := c.PartyOrganization.Create().SetDomainID(dq).SetKind(partyorganization.KindJOINT).SetName(fmt.Sprintf("规模测试联合党支部%d", j)).
			SetParentID(committee.ID).SetFullMembers(6).SetFoundedOn(day(j)).SaveX(ctx)
		for k := range 5 {
			coverage(orgs[16+j*5+k].ID, partycoverage.FormJOIN, &b.ID, day(20+k))
		}
	}
	for i := 36; i < 41; i++ {
		coverage(orgs[i].ID, partycoverage.FormATTACH, &first, day(i))
	}
	hash, err := password.Hash(testenv.Password, password.Fast)
	require.NoError(t, err)
	var ab []*gen.OfficerAssignmentCreate
	var vb []*gen.PartyVisitCreate
	for k := range 30 {
		u := c.User.Create().SetDomainID(dq).SetUsername(fmt.Sprintf("scale-guide-%02d", k)).SetDisplayName(fmt.Sprintf("指导员%02d", k)).
			SetPasswordHash(hash).SaveX(ctx)
		o := c.GuidanceOfficer.Create().SetDomainID(dq).SetUserID(u.ID).SetName(fmt.Sprintf("指导员%02d", k)).SetCurrentLoad(7).SaveX(ctx)
		for m := range 7 {
			org := orgs[41+k*7+m].ID
			coverage(org, partycoverage.FormDISPATCH, nil, day(100+m))
			ab = append(ab, c.OfficerAssignment.Create().SetDomainID(dq).SetOfficerID(o.ID).SetOrganizationID(org).SetStartOn(day(100+m)))
			vb = append(vb, c.PartyVisit.Create().SetDomainID(dq).SetOrganizationID(org).SetOfficerID(o.ID).
				SetVisitedOn(time.Date(2026, 10, 1+m, 0, 0, 0, 0, time.UTC)).SetTopics("走访"))
		}
	}
	for i := 0; i < len(cb); i += 100 {
		c.PartyCoverage.CreateBulk(cb[i:min(i+100, len(cb))]...).ExecX(ctx)
	}
	for i := 0; i < len(ab); i += 100 {
		c.OfficerAssignment.CreateBulk(ab[i:min(i+100, len(ab))]...).ExecX(ctx)
	}
	for i := 0; i < len(vb); i += 100 {
		c.PartyVisit.CreateBulk(vb[i:min(i+100, len(vb))]...).ExecX(ctx)
	}
}

func TestPartyListsCostBoundedStatements(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		e.App.Party.Now = func() time.Time { return partyToday }
		seedPartyCounty(t, e)
		party := e.Login("party")
		count := func(q string, n int) int64 {
			var out map[string]struct {
				Edges []struct {
					Node map[string]any
				}
				TotalCount int
			}
			before := e.Statements.Load()
			e.MustDo(party, q, map[string]any{"n": n}, &out)
			spent := e.Statements.Load() - before
			for _, conn := range out {
				require.Len(t, conn.Edges, n, "a full page")
			}
			return spent
		}

		count(coverageTableQuery, 1) // warms the Casbin and calendar caches
		// Both pages hold rows of every kind, so every part of a row is loaded.
		for _, n := range []int{20, 200} {
			forms := map[string]int{}
			for _, r := range tablePage(t, e, party, n) {
				forms[r.Form]++
			}
			require.True(t, forms["BUILD"]+forms["JOIN"]+forms["ATTACH"] > 0 && forms["DISPATCH"] > 0 && forms["UNCOVERED"] > 0,
				"page of %d: %v", n, forms)
		}
		small, large := count(coverageTableQuery, 20), count(coverageTableQuery, 200)
		t.Logf("%s: coverage table of 20 rows: %d statements, of 200: %d", d.Name, small, large)
		require.Equal(t, small, large, "the coverage table's statements do not grow with the page")

		// The page of 200 is what the county holds: forms, branches and officers as seeded.
		forms := map[string]int{}
		for _, n := range tablePage(t, e, party, 200) {
			forms[n.Form]++
			switch n.Form {
			case "BUILD", "JOIN", "ATTACH":
				require.NotNil(t, n.PartyOrganization, n.Form)
				require.NotEmpty(t, n.PartyOrganization.Name)
				require.Nil(t, n.Assignment)
			case "DISPATCH":
				require.NotNil(t, n.Assignment)
				require.NotEmpty(t, n.Assignment.Officer.Name)
				require.NotNil(t, n.LastVisitOn)
			case "UNCOVERED":
				require.Nil(t, n.PartyOrganization)
				require.Nil(t, n.Assignment)
			}
		}
		t.Logf("%s: forms of the first 200 rows: %v", d.Name, forms)

		smallOrgs, largeOrgs := count(partyOrgsQuery, 3), count(partyOrgsQuery, 21)
		t.Logf("%s: party organisations, 3: %d statements, 21: %d", d.Name, smallOrgs, largeOrgs)
		require.Equal(t, smallOrgs, largeOrgs)
		smallOff, largeOff := count(officersQuery, 3), count(officersQuery, 30)
		t.Logf("%s: guidance officers, 3: %d statements, 30: %d", d.Name, smallOff, largeOff)
		require.Equal(t, smallOff, largeOff)
	})
}

type tableRow struct {
	Organization      struct{ Name string }
	Form              string
	PartyOrganization *struct{ Name string }
	Assignment        *struct{ Officer struct{ Name string } }
	LastVisitOn       *string
}

// tablePage is the first n rows of the coverage table as token reads them.
func tablePage(t *testing.T, e *testenv.Env, token string, n int) []tableRow {
	t.Helper()
	var page struct {
		PartyCoverageTable struct {
			TotalCount int
			Edges      []struct{ Node tableRow }
		}
	}
	e.MustDo(token, coverageTableQuery, map[string]any{"n": n}, &page)
	require.GreaterOrEqual(t, page.PartyCoverageTable.TotalCount, 260)
	out := make([]tableRow, len(page.PartyCoverageTable.Edges))
	for i, ed := range page.PartyCoverageTable.Edges {
		out[i] = ed.Node
		require.Contains(t, ed.Node.Organization.Name, "一心公益测试社", "the seeded organisations come first")
	}
	return out
}
