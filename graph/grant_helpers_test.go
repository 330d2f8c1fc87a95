package graph_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/ent/proposal"
	"hatchery/ent/roleassignment"
	"hatchery/ent/servicecase"
	"hatchery/internal/orgtype"
	"hatchery/internal/password"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

// grantWorld is a venture-grant call of the test county set up through the
// API: a fund with money for the year, a service item of the programme, a
// published call open now whose budget is one line of that fund.
type grantWorld struct {
	e            *testenv.Env
	admin, staff string
	fund, budget string // fund and its year budget
	item, call   string
	callID       int
	now          time.Time
}

// grantNow is a Wednesday in the call's year (a working day).
var grantNow = time.Date(2026, 6, 10, 10, 0, 0, 0, time.UTC)

const (
	mAllocate        = `mutation($f:ID!,$y:Int!,$a:Money!){ allocateFund(fundID:$f, year:$y, amount:$a){ id allocated committed available } }`
	mDecideProposals = `mutation($c:ID!,$d:[AwardDecisionInput!]!){ decideProposals(callID:$c, decisions:$d){ awarded rejected available } }`
)

func rubric() []map[string]any {
	return []map[string]any{
		{"key": "need", "name": "需求", "weight": 40, "maxScore": 10, "guidance": "回应真实需求"},
		{"key": "design", "name": "设计", "weight": 30, "maxScore": 10},
		{"key": "budget", "name": "预算", "weight": 30, "maxScore": 5},
	}
}

// newGrantWorld sets up a call with budget (yuan) and per-project limits.
func newGrantWorld(t *testing.T, e *testenv.Env, budget, min, max string) *grantWorld {
	t.Helper()
	w := &grantWorld{e: e, admin: e.Login("admin"), staff: e.Login("staff"), now: grantNow}
	e.App.Casework.Now = func() time.Time { return w.now }
	e.App.Grants.Now = func() time.Time { return w.now }
	var f struct{ CreateFund struct{ ID string } }
	e.MustDo(w.admin, `mutation{ createFund(input:{name:"福利彩票公益金", kind: WELFARE_LOTTERY}){ id } }`, nil, &f)
	w.fund = f.CreateFund.ID
	var b struct{ AllocateFund struct{ ID string } }
	e.MustDo(w.admin, mAllocate, map[string]any{"f": w.fund, "y": 2026, "a": budget}, &b)
	w.budget = b.AllocateFund.ID
	var item struct{ CreateServiceItem struct{ ID string } }
	e.MustDo(w.admin, `mutation($in:CreateServiceItemInput!){ createServiceItem(input:$in){ id } }`, map[string]any{"in": map[string]any{
		"code": "GRANT_TEST", "name": "公益创投项目申报（测试）", "statutoryDays": 20, "promisedDays": 15,
		"delegated": true, "programme": "venture_grant"}}, &item)
	w.item = item.CreateServiceItem.ID
	var call struct{ CreateGrantCall struct{ ID string } }
	e.MustDo(w.staff, `mutation($in:CreateGrantCallInput!){ createGrantCall(input:$in){ id } }`, map[string]any{"in": map[string]any{
		"year": 2026, "title": "2026年度公益创投", "categories": []string{"为老服务", "社区服务"},
		"minAmount": min, "maxAmount": max, "opensAt": "2026-06-01T00:00:00Z", "closesAt": "2026-06-30T00:00:00Z",
		"serviceItemID": w.item, "rubric": rubric(), "reviewersPerProposal": 2, "announcementDays": 5,
		"questions": []map[string]any{{"key": "volunteers", "label": "志愿者人数", "kind": "NUMBER", "required": true}}}}, &call)
	w.call = call.CreateGrantCall.ID
	w.callID = mustAtoi(t, w.call)
	e.MustDo(w.staff, `mutation($c:ID!,$l:[CallFundLineInput!]!){ setCallFunds(id:$c, lines:$l){ id } }`,
		map[string]any{"c": w.call, "l": []map[string]any{{"fundBudgetID": w.budget, "amount": budget}}}, nil)
	e.MustDo(w.staff, `mutation($c:ID!){ publishGrantCall(id:$c){ id } }`, map[string]any{"c": w.call}, nil)
	return w
}

// newOrg creates an organisation of the test county with one member
// account; it returns the organisation's id and the member's token.
func (w *grantWorld) newOrg(t *testing.T, n int) (int, string) {
	t.Helper()
	ctx, c, f := system(), w.e.App.Client, w.e.Fixture
	reg := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	org := c.Organization.Create().SetDomainID(f.Deqing).SetName(fmt.Sprintf("德清县创投测试社%d", n)).
		SetUscc(uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 700+n)).SetRegisteredOn(reg).
		SetKind(organization.KindSOCIAL_GROUP).SetStage(organization.StageSTARTUP).
		SetServiceFields([]orgtype.ServiceField{orgtype.ElderlyCare}).SaveX(ctx)
	name := fmt.Sprintf("grant-ngo-%d", n)
	u := w.user(t, name, roleassignment.RoleNGO_MEMBER)
	c.Membership.Create().SetDomainID(f.Deqing).SetUserID(u).SetOrganizationID(org.ID).ExecX(ctx)
	return org.ID, w.e.Login(name)
}

// user creates an account of the test county with role.
func (w *grantWorld) user(t *testing.T, name string, role roleassignment.Role) int {
	t.Helper()
	ctx, c, f := system(), w.e.App.Client, w.e.Fixture
	hash, err := password.Hash(testenv.Password, password.Fast)
	require.NoError(t, err)
	u := c.User.Create().SetDomainID(f.Deqing).SetUsername(name).SetDisplayName(name).SetPasswordHash(hash).SaveX(ctx)
	c.RoleAssignment.Create().SetDomainID(f.Deqing).SetUserID(u.ID).SetRole(role).ExecX(ctx)
	require.NoError(t, w.e.App.Authz.Reload(context.Background()))
	return u.ID
}

// form is a proposal form that passes, requesting amount (yuan) in two lines.
func form(amount string, first, second string) map[string]any {
	return map[string]any{
		"title": "银龄助餐", "category": "为老服务", "summary": "为独居老人提供助餐", "objectives": "服务 200 人",
		"beneficiaryGroup": "独居老人", "beneficiaryCount": 200, "town": "武康街道",
		"startsOn": "2026-08-01", "endsOn": "2027-07-31",
		"milestones":  []map[string]any{{"title": "启动", "dueOn": "2026-08-15"}},
		"budgetLines": []map[string]any{{"category": "人员", "description": "社工补贴", "amount": first}, {"category": "物资", "description": "餐具", "amount": second}},
		"requested":   amount, "cofunding": "5000.00", "team": "3 名社工",
		"answers": map[string]any{"volunteers": "20"}, "noDoubleFunding": true,
	}
}

// submitted starts, fills and submits a proposal of org and has staff
// accept its case; it returns the proposal's and the case's ids.
func (w *grantWorld) submitted(t *testing.T, org int, token string, f map[string]any) (string, string) {
	t.Helper()
	e := w.e
	var p struct{ StartProposal struct{ ID, CaseID string } }
	e.MustDo(token, `mutation($c:ID!,$o:ID!){ startProposal(callID:$c, organizationID:$o, title:"银龄助餐"){ id caseID } }`,
		map[string]any{"c": w.call, "o": testenv.ID(org)}, &p)
	e.MustDo(token, mSaveApp, map[string]any{"id": p.StartProposal.CaseID, "a": f}, nil)
	mustAct(t, e, token, mSubmit, map[string]any{"id": p.StartProposal.CaseID})
	mustAct(t, e, w.staff, mPreReview, map[string]any{"id": p.StartProposal.CaseID})
	mustAct(t, e, w.staff, mAccept, map[string]any{"id": p.StartProposal.CaseID, "f": []any{}})
	return p.StartProposal.ID, p.StartProposal.CaseID
}

// bulkProposals writes n submitted proposals, each requesting amount fen
// with its case accepted, straight into the database (for the tests of
// many: the API path is TestGrantFromCallToAnnouncement's).
func (w *grantWorld) bulkProposals(t *testing.T, n int, amount int64) []*gen.Proposal {
	t.Helper()
	ctx, c, f := system(), w.e.App.Client, w.e.Fixture
	item := mustAtoi(t, w.item)
	staff := f.Users["staff"]
	out := make([]*gen.Proposal, n)
	for i := range n {
		org, _ := w.newOrgQuiet(t, 1000+i)
		cs := c.ServiceCase.Create().SetDomainID(f.Deqing).SetServiceItemID(item).SetOrganizationID(org).
			SetApplicantID(staff).SetProgramme("venture_grant").SetTitle(fmt.Sprintf("项目%d", i)).
			SetItemName("公益创投项目申报（测试）").SetStatutoryDays(20).SetPromisedDays(15).SetSupplementDays(5).
			SetDelegated(true).SetState(servicecase.StateACCEPTED).SetHandlerID(staff).
			SetNumber(fmt.Sprintf("DQ-T-%06d", i)).SetSubmittedAt(w.now).SetAcceptedAt(w.now).SaveX(ctx)
		out[i] = c.Proposal.Create().SetDomainID(f.Deqing).SetCallID(w.callID).SetCaseID(cs.ID).SetOrganizationID(org).
			SetTitle(fmt.Sprintf("项目%d", i)).SetCategory("社区服务").SetTown("武康街道").SetRequested(amount).
			SetStatus(proposal.StatusSUBMITTED).SetSubmittedAt(w.now).SaveX(ctx)
	}
	return out
}

// panel sets up the call's review panel (two reviews a proposal), straight
// into the database, and returns the call with it.
func (w *grantWorld) panel(t *testing.T) (*gen.GrantCall, *gen.ReviewPanel) {
	t.Helper()
	ctx, c := system(), w.e.App.Client
	call := c.GrantCall.GetX(ctx, w.callID)
	panel, err := w.e.App.Review.Panel(ctx, c, "grant_call", call.ID, call.DomainID, call.Title, call.Rubric, 2)
	require.NoError(t, err)
	return call, panel
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	require.NoError(t, err)
	return n
}

// newOrgQuiet is an organisation without accounts.
func (w *grantWorld) newOrgQuiet(t *testing.T, n int) (int, error) {
	t.Helper()
	org := w.e.App.Client.Organization.Create().SetDomainID(w.e.Fixture.Deqing).SetName(fmt.Sprintf("德清县批量测试社%d", n)).
		SetUscc(uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 5000+n)).
		SetKind(organization.KindSOCIAL_GROUP).SetStage(organization.StageSTARTUP).
		SetServiceFields([]orgtype.ServiceField{orgtype.CommunityService}).SaveX(system())
	return org.ID, nil
}
