package graph_test

import (
	"context"
	"fmt"
	"hatchery/ent/admissionassessment"
	"hatchery/ent/alumnireport"
	"hatchery/ent/award"
	"hatchery/ent/fund"
	"hatchery/ent/fundbudget"
	"hatchery/ent/grantcall"
	"hatchery/ent/incubationcentre"
	"hatchery/ent/incubationspace"
	"hatchery/ent/ledgerentry"
	"hatchery/ent/maturityassessment"
	"hatchery/ent/maturitycriterion"
	"hatchery/ent/proposal"
	"hatchery/ent/reviewassignment"
	"hatchery/ent/reviewpanel"
	"hatchery/ent/spaceoffer"
	"hatchery/ent/tenancy"
	"hatchery/ent/tenancyextension"
	"hatchery/ent/tenancymilestone"
	"hatchery/ent/tenancyservice"
	"hatchery/ent/tenancyspace"
	"hatchery/ent/waitlistentry"
	"hatchery/internal/grant"
	"hatchery/internal/grant/grantdata"
	"hatchery/internal/incubation/scores"
	"hatchery/internal/review/reviewdata"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"

	gen "hatchery/ent"
	"hatchery/ent/auditlog"
	"hatchery/ent/caseevent"
	"hatchery/ent/casenotice"
	"hatchery/ent/consultation"
	"hatchery/ent/document"
	"hatchery/ent/documentversion"
	"hatchery/ent/domain"
	"hatchery/ent/membership"
	"hatchery/ent/notification"
	"hatchery/ent/organization"
	"hatchery/ent/roleassignment"
	"hatchery/ent/servicecase"
	"hatchery/ent/serviceitem"
	"hatchery/ent/user"
	"hatchery/graph"
	"hatchery/internal/casework/casedata"
	"hatchery/internal/demo"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// inCounty lists the ids of one Node type's rows in domain d, by GraphQL
// type name. A new Node type makes TestCountyIsolation fail until it has a
// line here (or in domainless).
var inCounty = map[string]func(ctx context.Context, c *gen.Client, d int) []int{
	"AuditLog": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.AuditLog.Query().Where(auditlog.DomainID(d)).IDsX(ctx)
	},
	"Case": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.ServiceCase.Query().Where(servicecase.DomainID(d)).IDsX(ctx)
	},
	"CaseEvent": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.CaseEvent.Query().Where(caseevent.DomainID(d)).IDsX(ctx)
	},
	"CaseNotice": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.CaseNotice.Query().Where(casenotice.DomainID(d)).IDsX(ctx)
	},
	"Consultation": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.Consultation.Query().Where(consultation.DomainID(d)).IDsX(ctx)
	},
	"Document": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.Document.Query().Where(document.DomainID(d)).IDsX(ctx)
	},
	"DocumentVersion": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.DocumentVersion.Query().Where(documentversion.DomainID(d)).IDsX(ctx)
	},
	"Domain": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.Domain.Query().Where(domain.ID(d)).IDsX(ctx)
	},
	"Membership": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.Membership.Query().Where(membership.DomainID(d)).IDsX(ctx)
	},
	"Notification": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.Notification.Query().Where(notification.DomainID(d)).IDsX(ctx)
	},
	"Organization": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.Organization.Query().Where(organization.DomainID(d)).IDsX(ctx)
	},
	"RoleAssignment": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.RoleAssignment.Query().Where(roleassignment.DomainID(d)).IDsX(ctx)
	},
	"ServiceItem": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.ServiceItem.Query().Where(serviceitem.DomainID(d)).IDsX(ctx)
	},
	"User": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.User.Query().Where(user.DomainID(d)).IDsX(ctx)
	},
	"AdmissionAssessment": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.AdmissionAssessment.Query().Where(admissionassessment.DomainID(d)).IDsX(ctx)
	},
	"AlumniReport": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.AlumniReport.Query().Where(alumnireport.DomainID(d)).IDsX(ctx)
	},
	"IncubationCentre": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.IncubationCentre.Query().Where(incubationcentre.DomainID(d)).IDsX(ctx)
	},
	"IncubationSpace": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.IncubationSpace.Query().Where(incubationspace.DomainID(d)).IDsX(ctx)
	},
	"MaturityAssessment": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.MaturityAssessment.Query().Where(maturityassessment.DomainID(d)).IDsX(ctx)
	},
	"MaturityCriterion": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.MaturityCriterion.Query().Where(maturitycriterion.DomainID(d)).IDsX(ctx)
	},
	"SpaceOffer": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.SpaceOffer.Query().Where(spaceoffer.DomainID(d)).IDsX(ctx)
	},
	"Tenancy": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.Tenancy.Query().Where(tenancy.DomainID(d)).IDsX(ctx)
	},
	"TenancyExtension": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.TenancyExtension.Query().Where(tenancyextension.DomainID(d)).IDsX(ctx)
	},
	"TenancyMilestone": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.TenancyMilestone.Query().Where(tenancymilestone.DomainID(d)).IDsX(ctx)
	},
	"TenancyService": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.TenancyService.Query().Where(tenancyservice.DomainID(d)).IDsX(ctx)
	},
	"TenancySpace": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.TenancySpace.Query().Where(tenancyspace.DomainID(d)).IDsX(ctx)
	},
	"WaitlistEntry": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.WaitlistEntry.Query().Where(waitlistentry.DomainID(d)).IDsX(ctx)
	},
	"Award": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.Award.Query().Where(award.DomainID(d)).IDsX(ctx)
	},
	"Fund": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.Fund.Query().Where(fund.DomainID(d)).IDsX(ctx)
	},
	"FundBudget": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.FundBudget.Query().Where(fundbudget.DomainID(d)).IDsX(ctx)
	},
	"GrantCall": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.GrantCall.Query().Where(grantcall.DomainID(d)).IDsX(ctx)
	},
	"LedgerEntry": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.LedgerEntry.Query().Where(ledgerentry.DomainID(d)).IDsX(ctx)
	},
	"Proposal": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.Proposal.Query().Where(proposal.DomainID(d)).IDsX(ctx)
	},
	"ReviewAssignment": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.ReviewAssignment.Query().Where(reviewassignment.DomainID(d)).IDsX(ctx)
	},
	"ReviewPanel": func(ctx context.Context, c *gen.Client, d int) []int {
		return c.ReviewPanel.Query().Where(reviewpanel.DomainID(d)).IDsX(ctx)
	},
}

// domainless Node types belong to no county, so there is nothing to isolate.
var domainless = map[string]string{
	"CalendarDay": "the national holiday calendar, the same in every county",
}

// public are the Query lists that answer without a login: the public page.
// What one of them lists is open to anybody, so a viewer of county A may
// see of county B only what it lists to a request without a token (and the
// walk checks that, not that it lists nothing of county B).
var public = map[string]string{
	"publicGrantCalls": "the published calls of every county and their announced awards, reduced to public fields",
}

// countyA are the viewers of county A (Deqing) whose view of county B
// (Pingyang) is tested: one per role, plus the platform admin acting in A.
var countyA = []string{"admin", "staff", "ngo", "ngo2", "expert", "party", "purchaser", "finance", "guide", "root"}

// fillCounty gives county B at least one row of every Node type: the demo's
// catalogue and closed cases, a notice, a document uploaded by its NGO member, a
// consultation, a case event, and an audited change by its bureau admin.
func fillCounty(t *testing.T, e *testenv.Env, b int) {
	sys := privacy.DecisionContext(context.Background(), privacy.Allow)
	c := e.App.Client
	now := time.Now()
	require.NoError(t, demo.SeedCasework(sys, c, b, 2, now))
	cs := c.ServiceCase.Query().Where(servicecase.DomainID(b)).FirstX(sys)
	staff := c.User.Query().Where(user.Username("py-staff")).OnlyX(sys)
	c.CaseNotice.Create().SetDomainID(b).SetCaseID(cs.ID).SetItems([]casedata.NoticeItem{}).
		SetDeadline(now.AddDate(0, 0, 15)).SetConsequence("逾期未补正的，视为撤回申请。").SetIssuedByID(staff.ID).ExecX(sys)
	c.Consultation.Create().SetDomainID(b).SetCaseID(cs.ID).SetUnit("平阳县司法局").
		SetAssigneeID(staff.ID).SetDueOn(now.AddDate(0, 0, 5)).ExecX(sys)
	c.CaseEvent.Create().SetDomainID(b).SetCaseID(cs.ID).SetAction("SUBMIT").SetToState("SUBMITTED").ExecX(sys)
	c.Notification.Create().SetDomainID(b).SetRecipientID(staff.ID).SetKind("case.due_soon").
		SetTitleZh("案件即将到期").SetTitleEn("A case is due soon").SetSubjectID(cs.ID).ExecX(sys)
	org := c.Organization.Query().Where(organization.DomainID(b), organization.HasMemberships()).FirstIDX(sys)
	data := pdf(t, 2048)
	upload(t, e, e.Login("py-ngo"), newDocInput(org, "章程.pdf", "application/pdf", data), data)
	e.MustDo(e.Login("py-admin"), `mutation { createUser(input: {username: "py-clerk", displayName: "平阳窗口", password: "Pingyang-clerk-2026"}) { id } }`, nil, nil)
	fillIncubation(t, sys, c, b, cs, org, staff.ID)
	fillGrants(t, sys, c, b, cs)
	fillParty(t, sys, c, b, org)
}

// fillGrants gives county B one row of every venture-grant and review
// type: a fund with a budget and its ledger, a published call drawing on
// it, a submitted proposal with a provisional award under objection, and
// the call's panel with an expert of county B, their assignment and a
// conflict declared on the same proposal.
func fillGrants(t *testing.T, sys context.Context, c *gen.Client, b int, cs *gen.ServiceCase) {
	t.Helper()
	now := time.Now()
	year := now.Year()
	const yuan = 100 // fen
	expert := c.User.Create().SetDomainID(b).SetUsername("py-expert").SetDisplayName("平阳评审专家").SetPasswordHash("x").SaveX(sys)
	c.RoleAssignment.Create().SetDomainID(b).SetUserID(expert.ID).SetRole(roleassignment.RoleEXPERT).ExecX(sys)
	staff := c.User.Query().Where(user.Username("py-staff")).OnlyIDX(sys)

	f := c.Fund.Create().SetDomainID(b).SetName("平阳县福彩公益金").SetKind(fund.KindWELFARE_LOTTERY).SaveX(sys)
	fb := c.FundBudget.Create().SetDomainID(b).SetFundID(f.ID).SetYear(year).SetAllocated(500000 * yuan).
		SetCommitted(30000 * yuan).SaveX(sys)
	c.LedgerEntry.Create().SetDomainID(b).SetFundBudgetID(fb.ID).SetKind(ledgerentry.KindALLOCATION).
		SetAmount(500000 * yuan).SetActorID(staff).SetMemo("年度拨付").ExecX(sys)

	item := c.ServiceItem.Query().Where(serviceitem.DomainID(b), serviceitem.Code("VENTURE_GRANT")).OnlyIDX(sys)
	rubric := []reviewdata.Criterion{{Key: "need", Name: "需求与意义", NameEn: "Need", Weight: 100, MaxScore: 10}}
	call := c.GrantCall.Create().SetDomainID(b).SetYear(year).SetTitle("平阳县公益创投").SetCategories([]string{"为老服务"}).
		SetMinAmount(10000 * yuan).SetMaxAmount(50000 * yuan).SetOpensAt(now.AddDate(0, -1, 0)).SetClosesAt(now.AddDate(0, 1, 0)).
		SetServiceItemID(item).SetEligibility(grantdata.Eligibility{}).SetRubric(rubric).SetQuestions([]grantdata.Question{}).
		SetStatus(grantcall.StatusPUBLISHED).SetBudget(100000 * yuan).SetCommitted(30000 * yuan).
		SetAnnouncedOn(now).SetAnnouncementEndsOn(now.AddDate(0, 0, 7)).SaveX(sys)
	c.GrantCallFund.Create().SetDomainID(b).SetCallID(call.ID).SetFundBudgetID(fb.ID).SetAmount(100000 * yuan).
		SetCommitted(30000 * yuan).ExecX(sys)
	c.LedgerEntry.Create().SetDomainID(b).SetFundBudgetID(fb.ID).SetKind(ledgerentry.KindCOMMITMENT).
		SetAmount(30000 * yuan).SetCallID(call.ID).SetMemo("创投资助").ExecX(sys)

	p := c.Proposal.Create().SetDomainID(b).SetCallID(call.ID).SetCaseID(cs.ID).SetOrganizationID(cs.OrganizationID).
		SetTitle("平阳县居家养老服务").SetCategory("为老服务").SetRequested(30000 * yuan).
		SetStatus(proposal.StatusAWARDED).SetSubmittedAt(now).SaveX(sys)
	a := c.Award.Create().SetDomainID(b).SetProposalID(p.ID).SetCallID(call.ID).SetOrganizationID(cs.OrganizationID).
		SetCaseID(cs.ID).SetAmount(30000 * yuan).SetDecidedBy(staff).SaveX(sys)
	c.Objection.Create().SetDomainID(b).SetAwardID(a.ID).SetReceivedOn(now).SetFromName("平阳群众").
		SetContent("该组织去年项目未结项").SetRecordedBy(staff).ExecX(sys)

	panel := c.ReviewPanel.Create().SetDomainID(b).SetSubjectKind(grant.PanelKind).SetSubjectID(call.ID).
		SetName("平阳县公益创投评审组").SetRubric(rubric).SaveX(sys)
	c.PanelMember.Create().SetDomainID(b).SetPanelID(panel.ID).SetExpertID(expert.ID).ExecX(sys)
	c.ReviewAssignment.Create().SetDomainID(b).SetPanelID(panel.ID).SetItemID(p.ID).SetOrganizationID(cs.OrganizationID).
		SetExpertID(expert.ID).SetStatus(reviewassignment.StatusSUBMITTED).SetScores([]reviewdata.Score{{Key: "need", Score: 8}}).
		SetTotalTenths(800).SetSubmittedAt(now).ExecX(sys)
	c.ConflictDeclaration.Create().SetDomainID(b).SetPanelID(panel.ID).SetItemID(p.ID).SetExpertID(staff).
		SetReason("曾任该组织理事").ExecX(sys)
}

// fillIncubation gives county B one row of every incubation type: a
// centre with a space and a criterion, a tenancy with its parts, an
// admission assessment, a waitlist entry with an open offer, and a
// graduate's alumni report.
func fillIncubation(t *testing.T, sys context.Context, c *gen.Client, b int, cs *gen.ServiceCase, org, staff int) {
	t.Helper()
	now := time.Now()
	centre := c.IncubationCentre.Create().SetDomainID(b).SetName("平阳县社会组织孵化园").SetTotalArea(400).SaveX(sys)
	sp := c.IncubationSpace.Create().SetDomainID(b).SetCentreID(centre.ID).SetCode("P1").SetKind(incubationspace.KindROOM).
		SetArea(30).SetSeats(4).SetSeatsUsed(3).SaveX(sys)
	c.MaturityCriterion.Create().SetDomainID(b).SetCentreID(centre.ID).SetKey("GOVERNANCE").SetNameZh("内部治理").
		SetNameEn("Governance").SetWeight(100).ExecX(sys)
	ten := c.Tenancy.Create().SetDomainID(b).SetCentreID(centre.ID).SetOrganizationID(org).SetStage(tenancy.StageSPROUT).
		SetStartOn(now).SetTermMonths(12).SetEndsOn(now.AddDate(1, 0, 0)).SetMentorID(staff).SaveX(sys)
	c.TenancySpace.Create().SetDomainID(b).SetTenancyID(ten.ID).SetSpaceID(sp.ID).SetSeats(2).SetFromOn(now).ExecX(sys)
	c.TenancyMilestone.Create().SetDomainID(b).SetTenancyID(ten.ID).SetKey("BOARD").SetTitle("建立理事会").SetDueOn(now).ExecX(sys)
	c.TenancyService.Create().SetDomainID(b).SetTenancyID(ten.ID).SetKind(tenancyservice.KindTRAINING).SetTitle("财务培训").
		SetHeldOn(now).SetTenthHours(20).ExecX(sys)
	c.TenancyExtension.Create().SetDomainID(b).SetTenancyID(ten.ID).SetMonths(3).SetReason("项目延期").SetPreviousEndsOn(now).
		SetNewEndsOn(now).SetExtendedByID(staff).SetExtendedByName("平阳").ExecX(sys)
	c.MaturityAssessment.Create().SetDomainID(b).SetTenancyID(ten.ID).SetAssessedOn(now).SetScores([]scores.Maturity{}).
		SetTotalTenths(700).SetAssessorID(staff).SetAssessorName("平阳").ExecX(sys)
	c.AdmissionAssessment.Create().SetDomainID(b).SetCaseID(cs.ID).SetCentreID(centre.ID).SetScores([]scores.Admission{}).
		SetReadiness(70).SetOutcome(admissionassessment.OutcomeWAITLIST).SetTermMonths(12).SetAssessorName("平阳").ExecX(sys)
	other := c.Organization.Query().Where(organization.DomainID(b), organization.IDNEQ(org)).FirstIDX(sys)
	entry := c.WaitlistEntry.Create().SetDomainID(b).SetCentreID(centre.ID).SetOrganizationID(other).
		SetStage(waitlistentry.StageSPROUT).SetSeatsNeeded(1).SetPriority(70).SetJoinedAt(now).
		SetStatus(waitlistentry.StatusOFFERED).SaveX(sys)
	c.SpaceOffer.Create().SetDomainID(b).SetEntryID(entry.ID).SetOrganizationID(other).SetSpaceID(sp.ID).SetSeats(1).
		SetRespondBy(now.AddDate(0, 0, 7)).ExecX(sys)
	grad := c.Tenancy.Create().SetDomainID(b).SetCentreID(centre.ID).SetOrganizationID(other).SetStage(tenancy.StageHUB).
		SetStatus(tenancy.StatusGRADUATED).SetStartOn(now.AddDate(-2, 0, 0)).SetTermMonths(24).SetEndsOn(now).SetEndedOn(now).
		SetCertificateNo("平阳孵证〔2026〕1号").SaveX(sys)
	c.AlumniReport.Create().SetDomainID(b).SetTenancyID(grad.ID).SetOrganizationID(other).SetYear(now.Year()).
		SetStillActive(true).SetStaffCount(5).SetProjects(2).SetFundingWon(5000000).SetReportedByName("平阳").ExecX(sys)
}

// TestCountyIsolation: no viewer of county A can read, list or change any
// row of county B, whatever its type. The Node types and the operations
// are walked from the schema, so a new type or mutation is covered.
func TestCountyIsolation(t *testing.T) {
	s := graph.NewExecutableSchema(graph.Config{}).Schema()
	var nodeTypes []string
	for _, def := range s.PossibleTypes["Node"] {
		nodeTypes = append(nodeTypes, def.Name)
	}
	slices.Sort(nodeTypes)

	t.Logf("walking %d Node types, %d top-level lists, %d queries and %d mutation calls taking an ID, for %d viewers of county A",
		len(nodeTypes), len(topLevelLists(s)), len(queriesTakingIDs(s)), len(mutationsTakingIDs(s)), len(countyA))
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		b := e.Fixture.Pingyang
		fillCounty(t, e, b)
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)

		// One row per type (the first), and every id of county B.
		one := map[string]string{}
		all := map[string]string{} // id → type
		for _, typ := range nodeTypes {
			if _, ok := domainless[typ]; ok {
				continue
			}
			find, ok := inCounty[typ]
			require.True(t, ok, "Node type %s: add how to find its rows of a county to inCounty (or to domainless)", typ)
			ids := find(sys, e.App.Client, b)
			require.NotEmpty(t, ids, "county B has no %s row: make fillCounty create one", typ)
			one[typ] = testenv.ID(ids[0])
			for _, id := range ids {
				all[testenv.ID(id)] = typ
			}
		}

		tokens := map[string]string{}
		for _, u := range countyA {
			tokens[u] = e.Login(u)
		}
		// The platform admin acts in county A: lists and rows narrow to it.
		e.MustDo(tokens["root"], `mutation($id: ID) { actInDomain(id: $id) { id } }`, map[string]any{"id": testenv.ID(e.Fixture.Deqing)}, nil)

		for _, u := range countyA {
			t.Run(u, func(t *testing.T) {
				tok := tokens[u]
				var ids []string
				for _, typ := range slices.Sorted(maps.Keys(one)) {
					if u == "root" && typ == "Domain" {
						continue // the domain switcher lists every domain to a platform admin
					}
					id := one[typ]
					ids = append(ids, id)
					got := e.Do(tok, nodeQuery, map[string]any{"id": id}, nil).Codes()
					require.Contains(t, [][]string{{"NOT_FOUND"}, {"FORBIDDEN"}}, got, "node(%s %s)", typ, id)
					if got[0] == "FORBIDDEN" {
						// A role without the type's read right: the same
						// answer as for an id that exists nowhere, so it
						// tells nothing about county B.
						require.Equal(t, got, e.Do(tok, nodeQuery, map[string]any{"id": absent(t, id)}, nil).Codes(), "node(%s %s)", typ, id)
					}
				}
				var out struct{ Nodes []*struct{ ID string } }
				errs := e.Do(tok, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}, &out)
				require.Len(t, out.Nodes, len(ids))
				for i, n := range out.Nodes {
					require.Nil(t, n, "nodes shows %s", ids[i])
				}
				require.Len(t, errs, len(ids))
				for _, er := range errs {
					require.Contains(t, []string{"NOT_FOUND", "FORBIDDEN"}, er.Code())
				}

				for _, list := range topLevelLists(s) {
					anyone := map[string]bool{}
					if _, ok := public[list.field]; ok {
						for _, id := range listIDs(t, e, "", list) {
							anyone[id] = true
						}
					}
					for _, id := range listIDs(t, e, tok, list) {
						typ, seen := all[id]
						if anyone[id] {
							continue // on the public page: what anybody reads without signing in
						}
						require.False(t, seen && !(u == "root" && typ == "Domain"), "%s lists %s %s of county B", list, typ, id)
					}
				}

				for _, q := range queriesTakingIDs(s) {
					for _, typ := range slices.Sorted(maps.Keys(one)) {
						// Whatever the answer, it must be the one an id
						// that exists nowhere gets.
						got := e.Post(testenv.Request{Token: tok, Query: q.query, Vars: map[string]any{"id": one[typ]}})
						none := e.Post(testenv.Request{Token: tok, Query: q.query, Vars: map[string]any{"id": absent(t, one[typ])}})
						require.Equal(t, none.Errors.Codes(), got.Errors.Codes(), "%s with %s %s: %v", q.name, typ, one[typ], got.Errors)
						require.JSONEq(t, orNull(none.Data), orNull(got.Data), "%s with %s %s", q.name, typ, one[typ])
					}
				}

				for _, m := range mutationsTakingIDs(s) {
					if u == "root" && m.name == "actInDomain" {
						continue // a platform admin may choose to act in county B: that is the feature
					}
					for _, typ := range slices.Sorted(maps.Keys(one)) {
						errs := e.Do(tok, m.query, map[string]any{"id": one[typ]}, nil)
						require.NotEmpty(t, errs, "%s: %s with %s %s succeeded", u, m.name, typ, one[typ])
						codes := errs.Codes()
						if slices.Equal(codes, []string{"NOT_FOUND"}) {
							continue
						}
						// Any other refusal must be the one an id that exists
						// nowhere gets: then it tells nothing about county B.
						require.Equal(t, codes, e.Do(tok, m.query, map[string]any{"id": absent(t, one[typ])}, nil).Codes(),
							"%s with %s %s: %s", m.name, typ, one[typ], errs[0].Message)
						require.Subset(t, []string{"NOT_FOUND", "FORBIDDEN", "BAD_USER_INPUT", "CONFLICT"}, codes, "%s with %s %s: %s", m.name, typ, one[typ], errs[0].Message)
					}
				}
			})
		}
	})
}

// listQuery is a top-level list: a connection (paginated) or a plain list
// of objects with an id.
type listQuery struct {
	field      string
	args       string
	connection bool
}

func (l listQuery) String() string { return l.field }

// topLevelLists are the Query fields returning a connection or a list of
// objects with an id.
func topLevelLists(s *ast.Schema) []listQuery {
	var out []listQuery
	for _, f := range s.Query.Fields {
		if strings.HasPrefix(f.Name, "__") || f.Name == "nodes" {
			continue
		}
		def := s.Types[f.Type.Name()]
		switch {
		case isConnectionType(s, def):
			var req []string
			for _, a := range f.Arguments {
				if a.Type.NonNull && a.DefaultValue == nil {
					req = append(req, a.Name+": "+literal(s, a.Type))
				}
			}
			out = append(out, listQuery{field: f.Name, args: strings.Join(req, ", "), connection: true})
		case f.Type.Elem != nil && def != nil && def.Kind == ast.Object && def.Fields.ForName("id") != nil:
			args := requiredArgs(s, f)
			out = append(out, listQuery{field: f.Name, args: strings.Trim(args, "()")})
		}
	}
	return out
}

// listIDs reads every id the viewer sees in list l, page by page.
func listIDs(t *testing.T, e *testenv.Env, tok string, l listQuery) []string {
	t.Helper()
	if !l.connection {
		q := "{ " + l.field + " { id } }"
		if l.args != "" {
			q = "{ " + l.field + "(" + l.args + ") { id } }"
		}
		var out map[string][]struct{ ID string }
		_ = e.Do(tok, q, nil, &out) // a refusal (FORBIDDEN) shows nothing
		var ids []string
		for _, r := range out[l.field] {
			ids = append(ids, r.ID)
		}
		return ids
	}
	args := "first: 200, after: $after"
	if l.args != "" {
		args += ", " + l.args
	}
	q := fmt.Sprintf(`query($after: Cursor) { %s(%s) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, l.field, args)
	var ids []string
	var after any
	for page := 0; page < 50; page++ {
		var out map[string]struct {
			PageInfo struct {
				HasNextPage bool
				EndCursor   string
			}
			Edges []struct{ Node struct{ ID string } }
		}
		if errs := e.Do(tok, q, map[string]any{"after": after}, &out); len(errs) > 0 {
			for _, er := range errs {
				require.Equal(t, "FORBIDDEN", er.Code(), "%s: %s", l.field, er.Message)
			}
			return ids
		}
		c := out[l.field]
		for _, ed := range c.Edges {
			ids = append(ids, ed.Node.ID)
		}
		if !c.PageInfo.HasNextPage {
			return ids
		}
		after = c.PageInfo.EndCursor
	}
	t.Fatalf("%s: more than 50 pages", l.field)
	return nil
}

// idMutation is a mutation with its ID arguments (top-level, or fields of a
// top-level input object) all set to $id, other required values made up.
type idMutation struct{ name, query string }

const nodeQuery = `query($id: ID!) { node(id: $id) { id } }`

// absent is an id of the same type as id (the same global-id range) that
// no row has.
func absent(t *testing.T, id string) string {
	n, err := strconv.Atoi(id)
	require.NoError(t, err)
	return strconv.Itoa(n + 1<<30)
}

// orNull is a response's data, null when there is none.
func orNull(data []byte) string {
	if len(data) == 0 {
		return "null"
	}
	return string(data)
}

// queriesTakingIDs are the Query fields other than node, nodes and the
// public lists with an ID argument, all of their ID arguments set to $id.
func queriesTakingIDs(s *ast.Schema) []idMutation {
	var out []idMutation
	for _, f := range s.Query.Fields {
		if _, ok := public[f.Name]; ok || f.Name == "node" || f.Name == "nodes" {
			continue
		}
		var parts []string
		takes := false
		for _, a := range f.Arguments {
			switch {
			case a.Type.Name() == "ID" && a.Type.Elem == nil:
				parts, takes = append(parts, a.Name+": $id"), true
			case a.Type.NonNull && a.DefaultValue == nil:
				parts = append(parts, a.Name+": "+plausible(s, a.Type))
			}
		}
		if !takes {
			continue
		}
		sel := ""
		if composite(s.Types[f.Type.Name()]) {
			sel = " { __typename }"
		}
		out = append(out, idMutation{name: f.Name, query: fmt.Sprintf("query($id: ID!) { %s(%s)%s }", f.Name, strings.Join(parts, ", "), sel)})
	}
	return out
}

func mutationsTakingIDs(s *ast.Schema) []idMutation {
	var out []idMutation
	for _, f := range s.Mutation.Fields {
		// An input with optional alternative ids (a new document's
		// organisation, or the document to add a version to) is tried once
		// per alternative: giving both is refused as bad input.
		alternatives := []string{""}
		for _, a := range f.Arguments {
			if def := s.Types[a.Type.Name()]; a.Type.Elem == nil && def.Kind == ast.InputObject {
				for _, fd := range def.Fields {
					if fd.Type.Name() == "ID" && fd.Type.Elem == nil && !fd.Type.NonNull {
						alternatives = append(alternatives, fd.Name)
					}
				}
			}
		}
		if len(alternatives) > 1 {
			alternatives = alternatives[1:]
		}
		for _, only := range alternatives {
			var parts []string
			takes := false
			for _, a := range f.Arguments {
				switch {
				case a.Type.Name() == "ID" && a.Type.Elem == nil:
					parts, takes = append(parts, a.Name+": $id"), true
				case s.Types[a.Type.Name()].Kind == ast.InputObject && a.Type.Elem == nil:
					lit, has := inputWithID(s, s.Types[a.Type.Name()], only)
					if has || a.Type.NonNull {
						parts = append(parts, a.Name+": "+lit)
					}
					takes = takes || has
				case a.Type.NonNull && a.DefaultValue == nil:
					parts = append(parts, a.Name+": "+plausible(s, a.Type))
				}
			}
			if !takes {
				continue
			}
			sel := ""
			if composite(s.Types[f.Type.Name()]) {
				sel = " { __typename }"
			}
			name := f.Name
			if only != "" {
				name += "(" + only + ")"
			}
			out = append(out, idMutation{name: name, query: fmt.Sprintf("mutation($id: ID!) { %s(%s)%s }", f.Name, strings.Join(parts, ", "), sel)})
		}
	}
	return out
}

// inputWithID writes an input object literal with its ID fields set to $id
// (of its optional ones only the field named only, when given) and its other
// required fields made up; has says whether it had an ID field.
func inputWithID(s *ast.Schema, def *ast.Definition, only string) (lit string, has bool) {
	var parts []string
	for _, f := range def.Fields {
		switch {
		case f.Type.Name() == "ID" && f.Type.Elem == nil && (f.Type.NonNull || only == "" || only == f.Name):
			parts, has = append(parts, f.Name+": $id"), true
		case knownValues[f.Name] != "" && f.Type.Name() == "String":
			parts = append(parts, f.Name+": "+knownValues[f.Name])
		case f.Type.NonNull && f.DefaultValue == nil, knownInts[f.Name],
			f.Type.Elem == nil && s.Types[f.Type.Name()].Kind == ast.Enum: // some steps need the kind
			parts = append(parts, f.Name+": "+plausible(s, f.Type))
		}
	}
	return "{" + strings.Join(parts, ", ") + "}", has
}

// knownValues are input fields whose strings must be one of a set.
var knownValues = map[string]string{
	"category":    `"REGISTRATION_CERTIFICATE"`,
	"contentType": `"application/pdf"`,
	"filename":    `"isolation.pdf"`,
	"sha256":      `"` + strings.Repeat("ab", 32) + `"`,
}

// knownInts are optional Int input fields some steps need (an edit names
// the version it edited).
var knownInts = map[string]bool{"version": true}

// plausible is literal with strings that pass the input rules (a strong
// password, a short name), so that a refusal comes from isolation, not from
// the made-up values.
func plausible(s *ast.Schema, t *ast.Type) string {
	if t.Elem != nil {
		if def := s.Types[t.Elem.Name()]; def.Kind == ast.InputObject {
			// One element: some steps refuse an empty list (consult no unit).
			lit, _ := inputWithID(s, def, "")
			return "[" + lit + "]"
		}
		return "[]"
	}
	if t.Name() == "String" {
		return `"Isolation-Test-2026"`
	}
	if def := s.Types[t.Name()]; def.Kind == ast.InputObject {
		var parts []string
		for _, f := range def.Fields {
			if f.Type.NonNull && f.DefaultValue == nil {
				parts = append(parts, f.Name+": "+plausible(s, f.Type))
			}
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return literal(s, t)
}
