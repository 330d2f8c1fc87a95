package graph_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/organization"
	"hatchery/ent/roleassignment"
	"hatchery/ent/user"
	"hatchery/internal/orgtype"
	"hatchery/internal/password"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

// partyToday is the party service's clock in these tests: noon in China on
// Friday 20 November 2026. Dates of the history the tests write lie before.
var partyToday = time.Date(2026, 11, 20, 4, 0, 0, 0, time.UTC)

// The party-building mutations, each answering what the tests look at.
const (
	mCreatePartyOrg = `mutation($in:PartyOrganizationInput!){ createPartyOrganization(input:$in){ id kind name fullMembers organizationID } }`
	mUpdatePartyOrg = `mutation($id:ID!,$in:PartyOrganizationInput!){ updatePartyOrganization(id:$id, input:$in){ id kind name fullMembers } }`
	mSetCoverage    = `mutation($o:ID!,$f:PartyCoverageForm!,$p:ID,$s:Time,$r:String!){
		setCoverage(organizationID:$o, form:$f, partyOrganizationID:$p, startOn:$s, reason:$r){ id form startOn endOn partyOrganizationID } }`
	mCreateOfficer = `mutation($in:GuidanceOfficerInput!){ createGuidanceOfficer(input:$in){ id name currentLoad maxLoad } }`
	mAssign        = `mutation($o:ID!,$g:ID!,$s:Time){ assignGuidanceOfficer(organizationID:$o, officerID:$g, startOn:$s, note:"选派"){
		id officerID organizationID startOn endOn predecessorID } }`
	mHandOver = `mutation($a:ID!,$to:ID!,$on:Time,$r:String!){ handOverAssignment(assignmentID:$a, toOfficerID:$to, on:$on, reason:$r){
		id officerID organizationID startOn endOn predecessorID } }`
	mEndAssignment = `mutation($a:ID!,$on:Time,$r:String!){ endAssignment(assignmentID:$a, on:$on, reason:$r){
		id officerID organizationID startOn endOn endReason } }`
	mPartySettings  = `mutation($in:PartySettingsInput!){ updatePartySettings(input:$in){ maxOfficerLoad pointsPerHour rules{ type pointsPerHour } } }`
	mLogVisit       = `mutation($in:LogVisitInput!){ logVisit(input:$in){ id organizationID visitedOn followUps{ id action dueOn doneOn } } }`
	mRecordActivity = `mutation($in:RecordActivityInput!){ recordActivity(input:$in){ id type title heldOn involvements{ organization{ id } } } }`

	qAssignmentHistory = `query($o:ID!){ assignmentHistory(organizationID:$o){ id officerID startOn endOn endReason note predecessorID } }`
	qCoverageHistory   = `query($o:ID!){ coverageHistory(organizationID:$o){ id form startOn endOn reason endReason partyOrganizationID } }`
	qOfficer           = `query($id:ID!){ node(id:$id){ ... on GuidanceOfficer { id name currentLoad maxLoad active } } }`
	qCoverageRows      = `query($f:CoverageFilter){ partyCoverageTable(first:100, filter:$f){ totalCount edges{ node{
		organization{ id name } form since partyOrganization{ id } assignment{ id officer{ id } } lastVisitOn } } } }`
)

// day is a date of China as the web app sends it.
func day(y int, m time.Month, d int) string {
	return fmt.Sprintf("%04d-%02d-%02dT00:00:00+08:00", y, int(m), d)
}

// dateOf is the date part of a Time the API answers (dates are stored as
// midnight UTC of the Chinese date).
func dateOf(s *string) string {
	if s == nil {
		return ""
	}
	return (*s)[:10]
}

// requirePartyErr checks that errs is exactly one error of code whose
// extensions.reason is reason ("" for none).
func requirePartyErr(t *testing.T, errs testenv.Errors, code, reason string, msgAndArgs ...any) {
	t.Helper()
	require.Len(t, errs, 1, msgAndArgs...)
	require.Equal(t, code, errs[0].Code(), "%s %v", errs[0].Message, msgAndArgs)
	got, _ := errs[0].Extensions["reason"].(string)
	require.Equal(t, reason, got, "%s %v", errs[0].Message, msgAndArgs)
}

// requireBadField checks that errs is one BAD_USER_INPUT naming field
// (extensions.field) among its problems.
func requireBadField(t *testing.T, errs testenv.Errors, field string, msgAndArgs ...any) {
	t.Helper()
	require.Len(t, errs, 1, msgAndArgs...)
	require.Equal(t, "BAD_USER_INPUT", errs[0].Code(), "%s %v", errs[0].Message, msgAndArgs)
	require.Equal(t, field, errs[0].Extensions["field"], "%s %v", errs[0].Message, msgAndArgs)
}

// partyWorld is the test county's party building as the committee sets it
// up through the API, on a fixed clock: the demo `guide` on the roster.
type partyWorld struct {
	e     *testenv.Env
	party string // the committee's token
	now   time.Time
	seq   int

	guide    string // the demo guide's officer id
	guideTok string
}

func newPartyWorld(t *testing.T, e *testenv.Env) *partyWorld {
	t.Helper()
	w := &partyWorld{e: e, party: e.Login("party"), now: partyToday}
	e.App.Party.Now = func() time.Time { return w.now }
	w.guide, w.guideTok = w.officer(t, "guide", "孙红梅")
	return w
}

// officer puts the account username of the test county (created without
// any role when missing) on the roster and returns the officer's id and
// the account's token.
func (w *partyWorld) officer(t *testing.T, username, name string) (string, string) {
	t.Helper()
	ctx, c, f := system(), w.e.App.Client, w.e.Fixture
	u, err := c.User.Query().Where(user.Username(username)).Only(ctx)
	if err != nil {
		hash, herr := password.Hash(testenv.Password, password.Fast)
		require.NoError(t, herr)
		u = c.User.Create().SetDomainID(f.Deqing).SetUsername(username).SetDisplayName(name).SetPasswordHash(hash).SaveX(ctx)
	}
	var out struct{ CreateGuidanceOfficer struct{ ID string } }
	w.e.MustDo(w.party, mCreateOfficer, map[string]any{"in": map[string]any{
		"userID": testenv.ID(u.ID), "name": name, "unit": "县委组织部", "phone": "13957201234"}}, &out)
	return out.CreateGuidanceOfficer.ID, w.e.Login(username)
}

// org creates an organisation of the test county (as the system) in town.
func (w *partyWorld) org(t *testing.T, town string) int {
	t.Helper()
	w.seq++
	return w.e.App.Client.Organization.Create().SetDomainID(w.e.Fixture.Deqing).
		SetName(fmt.Sprintf("德清县党建测试社%02d", w.seq)).SetTown(town).
		SetUscc(uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 90000+w.seq)).
		SetKind(organization.KindSOCIAL_GROUP).SetStage(organization.StageSTARTUP).
		SetServiceFields([]orgtype.ServiceField{orgtype.CommunityService}).SaveX(system()).ID
}

// member creates an NGO member account of organisation org and returns
// its token.
func (w *partyWorld) member(t *testing.T, username string, org int) string {
	t.Helper()
	ctx, c, f := system(), w.e.App.Client, w.e.Fixture
	hash, err := password.Hash(testenv.Password, password.Fast)
	require.NoError(t, err)
	u := c.User.Create().SetDomainID(f.Deqing).SetUsername(username).SetDisplayName(username).SetPasswordHash(hash).SaveX(ctx)
	c.RoleAssignment.Create().SetDomainID(f.Deqing).SetUserID(u.ID).SetRole(roleassignment.RoleNGO_MEMBER).ExecX(ctx)
	c.Membership.Create().SetDomainID(f.Deqing).SetUserID(u.ID).SetOrganizationID(org).ExecX(ctx)
	require.NoError(t, w.e.App.Authz.Reload(context.Background()))
	return w.e.Login(username)
}

type assignmentView struct {
	ID, OfficerID, OrganizationID string
	StartOn                       string
	EndOn                         *string
	EndReason, Note               string
	PredecessorID                 *string
}

// assign sends officer to org from startOn as the committee.
func (w *partyWorld) assign(t *testing.T, org int, officer, startOn string) assignmentView {
	t.Helper()
	var out struct{ AssignGuidanceOfficer assignmentView }
	w.e.MustDo(w.party, mAssign, map[string]any{"o": testenv.ID(org), "g": officer, "s": startOn}, &out)
	return out.AssignGuidanceOfficer
}

// branch creates a party organisation as the committee.
func (w *partyWorld) branch(t *testing.T, kind, name string, org *int, full int) string {
	t.Helper()
	in := map[string]any{"kind": kind, "name": name, "fullMembers": full, "probationaryMembers": 1,
		"secretary": "张书记", "foundedOn": day(2024, 7, 1)}
	if org != nil {
		in["organizationID"] = testenv.ID(*org)
	}
	var out struct{ CreatePartyOrganization struct{ ID string } }
	w.e.MustDo(w.party, mCreatePartyOrg, map[string]any{"in": in}, &out)
	return out.CreatePartyOrganization.ID
}

// history is an organisation's assignments as token reads them, latest first.
func (w *partyWorld) history(t *testing.T, token string, org int) []assignmentView {
	t.Helper()
	var out struct{ AssignmentHistory []assignmentView }
	w.e.MustDo(token, qAssignmentHistory, map[string]any{"o": testenv.ID(org)}, &out)
	return out.AssignmentHistory
}

type coverageView struct {
	ID, Form            string
	StartOn             string
	EndOn               *string
	Reason, EndReason   string
	PartyOrganizationID *string
}

// coverage is an organisation's coverage periods as token reads them, latest first.
func (w *partyWorld) coverage(t *testing.T, token string, org int) []coverageView {
	t.Helper()
	var out struct{ CoverageHistory []coverageView }
	w.e.MustDo(token, qCoverageHistory, map[string]any{"o": testenv.ID(org)}, &out)
	return out.CoverageHistory
}

type officerView struct {
	ID, Name             string
	CurrentLoad, MaxLoad int
	Active               bool
}

// officerAs reads officer id through node as the committee.
func (w *partyWorld) officerAs(t *testing.T, id string) officerView {
	t.Helper()
	var out struct{ Node officerView }
	w.e.MustDo(w.party, qOfficer, map[string]any{"id": id}, &out)
	return out.Node
}

type coverageRow struct {
	Organization      struct{ ID, Name string }
	Form              string
	Since             *string
	PartyOrganization *struct{ ID string }
	Assignment        *struct {
		ID      string
		Officer struct{ ID string }
	}
	LastVisitOn *string
}

// rows is the coverage table (first 100) as token reads it, with filter.
func (w *partyWorld) rows(t *testing.T, token string, filter map[string]any) (int, []coverageRow) {
	t.Helper()
	var out struct {
		PartyCoverageTable struct {
			TotalCount int
			Edges      []struct{ Node coverageRow }
		}
	}
	w.e.MustDo(token, qCoverageRows, map[string]any{"f": filter}, &out)
	rows := make([]coverageRow, len(out.PartyCoverageTable.Edges))
	for i, e := range out.PartyCoverageTable.Edges {
		rows[i] = e.Node
	}
	return out.PartyCoverageTable.TotalCount, rows
}

// rowOf finds org's line in rows.
func rowOf(rows []coverageRow, org int) *coverageRow {
	for i := range rows {
		if rows[i].Organization.ID == testenv.ID(org) {
			return &rows[i]
		}
	}
	return nil
}

// logVisit logs a visit as token, with follow-ups {action, dueOn}.
func (w *partyWorld) logVisit(t *testing.T, token string, org int, on string, followUps ...map[string]any) (string, testenv.Errors) {
	t.Helper()
	in := map[string]any{"organizationID": testenv.ID(org), "visitedOn": on, "topics": "党建工作指导", "findings": "组织生活正常"}
	if len(followUps) > 0 {
		in["followUps"] = followUps
	}
	var out struct{ LogVisit struct{ ID string } }
	errs := w.e.Do(token, mLogVisit, map[string]any{"in": in}, &out)
	return out.LogVisit.ID, errs
}

// recordActivity records an activity of type typ held on on by token,
// involving orgs.
func (w *partyWorld) recordActivity(t *testing.T, token, typ, on string, minutes int, orgs ...int) (string, testenv.Errors) {
	t.Helper()
	ids := make([]string, len(orgs))
	for i, o := range orgs {
		ids[i] = testenv.ID(o)
	}
	var out struct{ RecordActivity struct{ ID string } }
	errs := w.e.Do(token, mRecordActivity, map[string]any{"in": map[string]any{
		"type": typ, "title": "党建+公益 " + typ, "heldOn": on, "place": "武康街道", "description": "志愿服务",
		"organizationIDs": ids, "participants": 12, "volunteerMinutes": minutes}}, &out)
	return out.RecordActivity.ID, errs
}

// idEdges is a connection read for its ids.
type idEdges struct {
	TotalCount int
	Edges      []struct{ Node struct{ ID string } }
}

// ids lists the ids of the edges, in order.
func (c idEdges) ids() []string {
	out := make([]string, len(c.Edges))
	for i, e := range c.Edges {
		out[i] = e.Node.ID
	}
	return out
}

// partyScene is the world with two officers each guiding one NGO: `guide`
// OrgA (the demo ngo's) and `guide2` OrgB (ngo2's), each with a visit and
// an activity of their own.
type partyScene struct {
	*partyWorld
	guide2, guide2Tok string
	asgA, asgB        string
	visitA, visitB    string
	actA, actB        string
}

func newPartyScene(t *testing.T, e *testenv.Env) *partyScene {
	t.Helper()
	s := &partyScene{partyWorld: newPartyWorld(t, e)}
	f := e.Fixture
	s.guide2, s.guide2Tok = s.officer(t, "guide2", "钱志刚")
	s.asgA = s.assign(t, f.OrgA, s.guide, day(2026, 3, 1)).ID
	s.asgB = s.assign(t, f.OrgB, s.guide2, day(2026, 3, 1)).ID
	var errs testenv.Errors
	s.visitA, errs = s.logVisit(t, s.guideTok, f.OrgA, day(2026, 11, 10), map[string]any{"action": "建立党员台账", "dueOn": day(2026, 11, 30)})
	require.Empty(t, errs)
	s.visitB, errs = s.logVisit(t, s.guide2Tok, f.OrgB, day(2026, 11, 11))
	require.Empty(t, errs)
	s.actA, errs = s.recordActivity(t, s.guideTok, "RIVER_CLEANING", day(2026, 10, 1), 120, f.OrgA)
	require.Empty(t, errs)
	s.actB, errs = s.recordActivity(t, s.guide2Tok, "LEGAL_OUTREACH", day(2026, 10, 2), 60, f.OrgB)
	require.Empty(t, errs)
	return s
}
