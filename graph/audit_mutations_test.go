package graph_test

import (
	"context"
	"reflect"
	"sort"
	"strconv"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/auditlog"
	"hatchery/ent/notification"
	"hatchery/ent/roleassignment"
	"hatchery/graph"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

// auditScenario is the state the audited mutations build on, one after
// the other: each entry may prepare what its mutation needs (those calls
// are audited too, but not the one measured).
type auditScenario struct {
	e                          *testenv.Env
	user, role, org, member    string
	item, upload, doc          string
	caseA, caseB, consultation string
	admin, staff, ngo, root    string
	inc                        incubationScenario
	grant                      grantScenario
	party                      partyScenario
}

// partyScenario is what the party-building calls build on.
type partyScenario struct {
	tok, guide                    string // the committee's and the officer's tokens
	committee, officer, volunteer string
}

// grantScenario is what the venture-grant and review calls build on: one
// call with one proposal, reviewed by a panel of three experts.
type grantScenario struct {
	w                     *grantWorld
	proposal, caseID, ngo string
	experts               []string // ids
	tokens                map[string]string
	manual, holder, award string
}

// holders are the experts holding a live assignment of the scenario's proposal, by assignment id.
func (g *grantScenario) holders(t *testing.T) map[string]string {
	var as struct {
		CallAssignments []struct{ ID, ExpertID string }
	}
	g.w.e.MustDo(g.w.staff, `query($c:ID!){ callAssignments(callID:$c){ id expertID } }`, map[string]any{"c": g.w.call}, &as)
	out := map[string]string{}
	for _, a := range as.CallAssignments {
		out[a.ExpertID] = a.ID
	}
	return out
}

// incubationScenario is what the incubation calls build on.
type incubationScenario struct {
	w                                *incubationWorld
	centre, space, criterion         string
	tenancy, milestone, entry, offer string
	org2, tok2, tenancy2             string
}

// auditedCall is one mutation of the schema, run once with valid input.
type auditedCall struct {
	name string // the Mutation field
	call func(t *testing.T, s *auditScenario) (token, query string, vars map[string]any)
}

func (s *auditScenario) newDoc(t *testing.T, key, cat string) string {
	data := pdf(t, 200)
	in := newDocInput(s.e.Fixture.OrgA, key+".pdf", "application/pdf", data)
	in["category"] = cat
	return upload(t, s.e, s.ngo, in, data).ID
}

func (s *auditScenario) attachAll(t *testing.T, caseID string) {
	for _, m := range []struct{ key, cat string }{{"certificate", "REGISTRATION_CERTIFICATE"}, {"articles", "ARTICLES_OF_ASSOCIATION"}, {"budget", "BUDGET"}} {
		mustAct(t, s.e, s.ngo, mAttach, map[string]any{"id": caseID, "k": m.key, "d": []string{s.newDoc(t, m.key, m.cat)}})
	}
}

func id(t *testing.T, e *testenv.Env, token, q string, vars map[string]any) string {
	t.Helper()
	var out map[string]struct{ ID string }
	e.MustDo(token, q, vars, &out)
	for _, v := range out {
		return v.ID
	}
	return ""
}

// firstID runs a connection query as token and returns its first node's id.
func firstID(t *testing.T, e *testenv.Env, token, q string) string {
	t.Helper()
	var out map[string]struct {
		Edges []struct{ Node struct{ ID string } }
	}
	e.MustDo(token, q, nil, &out)
	for _, c := range out {
		require.NotEmpty(t, c.Edges, q)
		return c.Edges[0].Node.ID
	}
	return ""
}

// auditedCalls has an entry for every mutation in the schema (the test
// fails for one that has none): add yours.
var auditedCalls = []auditedCall{
	{"login", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return "", `mutation($p:String!){ login(username:"finance", password:$p){ token } }`, map[string]any{"p": testenv.Password}
	}},
	{"logout", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.e.Login("finance"), `mutation{ logout }`, nil
	}},
	{"changePassword", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.e.Login("purchaser"), `mutation($o:String!){ changePassword(oldPassword:$o, newPassword:"another-pass-9") }`, map[string]any{"o": testenv.Password}
	}},
	{"createUser", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.admin, `mutation{ createUser(input:{username:"auditee", displayName:"审计对象", password:"auditee-pass-1"}){ id } }`, nil
	}},
	{"updateUser", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.user = firstID(t, s.e, s.admin, `{ users(first:1, where:{username:"auditee"}){ edges { node { id } } } }`)
		return s.admin, `mutation($u:ID!){ updateUser(id:$u, input:{displayName:"改过的名字"}){ id } }`, map[string]any{"u": s.user}
	}},
	{"resetPassword", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.admin, `mutation($u:ID!){ resetPassword(userID:$u, newPassword:"another-pass-9") }`, map[string]any{"u": s.user}
	}},
	{"assignRole", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.admin, assignRole, map[string]any{"u": s.user, "r": "EXPERT"}
	}},
	{"revokeRole", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		ra := id(t, s.e, s.admin, assignRole, map[string]any{"u": s.user, "r": "FINANCE"})
		return s.admin, revokeRole, map[string]any{"id": ra}
	}},
	{"createOrganization", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, createOrg, newOrg("审计测试协会", uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 515151))
	}},
	{"updateOrganization", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		// A platform admin at home in Deqing changes an Anji record: the
		// row belongs to Anji.
		return s.root, updateOrg, map[string]any{"id": testenv.ID(s.e.Fixture.AnjiOrg), "in": map[string]any{"town": "递铺街道", "version": 1}}
	}},
	{"addMember", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, addMember, map[string]any{"o": testenv.ID(s.e.Fixture.OrgA), "u": testenv.ID(s.e.Fixture.Users["ngo2"])}
	}},
	{"removeMember", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		m := id(t, s.e, s.staff, addMember, map[string]any{"o": testenv.ID(s.e.Fixture.OrgB), "u": testenv.ID(s.e.Fixture.Users["finance"])})
		return s.admin, `mutation($id:ID!){ removeMember(id:$id) }`, map[string]any{"id": m}
	}},
	{"createServiceItem", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.admin, `mutation($in:CreateServiceItemInput!){ createServiceItem(input:$in){ id } }`, map[string]any{"in": map[string]any{
			"code": "AUDIT_ITEM", "name": "审计测试事项", "statutoryDays": 20, "promisedDays": 5, "supplementDays": 5, "delegated": true}}
	}},
	{"updateServiceItem", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.item = firstID(t, s.e, s.admin, `{ serviceItems(first:1, where:{code:"AUDIT_ITEM"}){ edges { node { id } } } }`)
		return s.admin, `mutation($id:ID!){ updateServiceItem(id:$id, input:{name:"审计测试事项（改）"}){ id } }`, map[string]any{"id": s.item}
	}},
	{"setServiceItemMaterials", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.admin, `mutation($id:ID!,$m:[MaterialInput!]!){ setServiceItemMaterials(id:$id, materials:$m){ id } }`, map[string]any{
			"id": s.item, "m": []map[string]any{
				{"key": "certificate", "name": "登记证书", "core": true, "category": "REGISTRATION_CERTIFICATE"},
				{"key": "articles", "name": "章程", "core": true, "category": "ARTICLES_OF_ASSOCIATION"},
				{"key": "budget", "name": "项目预算", "core": false, "category": "BUDGET"},
			}}
	}},
	{"setCalendarDay", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.root, `mutation{ setCalendarDay(date:"2027-06-01T00:00:00Z", workday:false, name:"测试假日"){ date } }`, nil
	}},
	{"removeCalendarDay", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.root, `mutation{ removeCalendarDay(date:"2027-06-01T00:00:00Z") }`, nil
	}},
	{"requestDocumentUpload", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.ngo, requestUpload, map[string]any{"in": newDocInput(s.e.Fixture.OrgA, "a.pdf", "application/pdf", pdf(t, 10))}
	}},
	{"completeDocumentUpload", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		data := pdf(t, 100)
		f, errs := request(t, s.e, s.ngo, newDocInput(s.e.Fixture.OrgA, "b.pdf", "application/pdf", data))
		require.Empty(t, errs)
		code, body := post(t, s.e, f, data, nil)
		require.Equal(t, 2, code/100, body)
		return s.ngo, completeUpload, map[string]any{"id": f.UploadID}
	}},
	{"updateDocument", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.doc = s.newDoc(t, "certificate", "REGISTRATION_CERTIFICATE")
		return s.ngo, `mutation($id:ID!){ updateDocument(id:$id, input:{title:"新标题"}){ id } }`, map[string]any{"id": s.doc}
	}},
	{"deleteDocument", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.ngo, `mutation($id:ID!){ deleteDocument(id:$id){ id } }`, map[string]any{"id": s.doc}
	}},
	{"openCase", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.ngo, mOpen, map[string]any{"in": map[string]any{"serviceItemID": s.item, "organizationID": testenv.ID(s.e.Fixture.OrgA), "title": "审计测试申请"}}
	}},
	{"attachCaseMaterial", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.caseA = firstID(t, s.e, s.ngo, `{ cases(first:1, where:{title:"审计测试申请"}){ edges { node { id } } } }`)
		return s.ngo, mAttach, map[string]any{"id": s.caseA, "k": "certificate", "d": []string{s.newDoc(t, "certificate", "REGISTRATION_CERTIFICATE")}}
	}},
	{"submitCase", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.attachAll(t, s.caseA)
		return s.ngo, mSubmit, map[string]any{"id": s.caseA}
	}},
	{"startPreReview", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, mPreReview, map[string]any{"id": s.caseA}
	}},
	{"returnCase", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, mReturn, map[string]any{"id": s.caseA, "f": findings(map[string]string{"certificate": "FLAWED", "articles": "PRESENT", "budget": "PRESENT"}), "r": "登记证书盖章不清晰"}
	}},
	{"acceptCaseWithDeficiencies", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		mustAct(t, s.e, s.ngo, mAttach, map[string]any{"id": s.caseA, "k": "certificate", "d": []string{s.newDoc(t, "certificate", "REGISTRATION_CERTIFICATE")}})
		mustAct(t, s.e, s.ngo, mSubmit, map[string]any{"id": s.caseA})
		mustAct(t, s.e, s.staff, mPreReview, map[string]any{"id": s.caseA})
		return s.staff, mDeficient, map[string]any{"id": s.caseA, "f": findings(map[string]string{"certificate": "PRESENT", "articles": "PRESENT", "budget": "MISSING"})}
	}},
	{"confirmSupplement", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		mustAct(t, s.e, s.ngo, mAttach, map[string]any{"id": s.caseA, "k": "budget", "d": []string{s.newDoc(t, "budget", "BUDGET")}})
		return s.staff, mConfirm, map[string]any{"id": s.caseA, "f": findings(allPresent)}
	}},
	{"consultCase", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, mConsult, map[string]any{"id": s.caseA, "u": []map[string]any{
			{"unit": "县教育局", "assigneeID": testenv.ID(s.e.Fixture.Users["expert"]), "dueDays": 3}}}
	}},
	{"answerConsultation", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		expert := s.e.Login("expert")
		return expert, mAnswer, map[string]any{"id": firstID(t, s.e, expert, `{ consultations(first:1, where:{answer:PENDING}){ edges { node { id } } } }`), "a": true}
	}},
	{"decideCase", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, mDecide, map[string]any{"id": s.caseA, "a": true, "r": "材料齐全，符合条件"}
	}},
	{"deliverCase", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, mDeliver, map[string]any{"id": s.caseA, "m": "ONLINE"}
	}},
	{"rateCase", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.ngo, mRate, map[string]any{"id": s.caseA, "r": 2, "c": "等待时间长"}
	}},
	{"resolveFollowUp", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.admin, mResolve, map[string]any{"id": s.caseA, "n": "已电话回访"}
	}},
	{"acceptCase", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.caseB = submittedCase(t, s.e, s.item).ID
		mustAct(t, s.e, s.staff, mPreReview, map[string]any{"id": s.caseB})
		return s.staff, mAccept, map[string]any{"id": s.caseB, "f": findings(allPresent)}
	}},
	{"startReview", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, mReview, map[string]any{"id": s.caseB}
	}},
	{"closeCase", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		mustAct(t, s.e, s.staff, mDecide, map[string]any{"id": s.caseB, "a": false, "r": "不符合条件"})
		mustAct(t, s.e, s.staff, mDeliver, map[string]any{"id": s.caseB, "m": "ONLINE"})
		return s.staff, `mutation($id:ID!){ closeCase(id:$id){ id } }`, map[string]any{"id": s.caseB}
	}},
	{"withdrawCase", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.ngo, mWithdraw, map[string]any{"id": submittedCase(t, s.e, s.item).ID}
	}},
	{"createDomain", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.root, createDomain, newDomain("330381", "ra-audit")
	}},
	{"actInDomain", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.root, `mutation($id:ID){ actInDomain(id:$id){ id } }`, map[string]any{"id": testenv.ID(s.e.Fixture.Deqing)}
	}},
	{"saveCaseApplication", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.e.App.Casework.Register(&pilotProgramme{})
		item := newServiceItem(t, s.e, "PILOT_AUDIT", true)
		s.e.MustDo(s.admin, `mutation($id:ID!){ updateServiceItem(id:$id, input:{programme:"pilot"}){ id } }`, map[string]any{"id": item}, nil)
		return s.ngo, `mutation($id:ID!){ saveCaseApplication(id:$id, application:{purpose:"社区助老"}){ id } }`,
			map[string]any{"id": draftCase(t, s.e, item).ID}
	}},

	// Incubation: set-up, admission, the plan, graduation and the waitlist.
	{"createIncubationCentre", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($in:CreateIncubationCentreInput!){ createIncubationCentre(input:$in){ id } }`,
			map[string]any{"in": map[string]any{"name": "审计孵化基地", "totalArea": 100}}
	}},
	{"updateIncubationCentre", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.inc.centre = firstID(t, s.e, s.staff, `{ incubationCentres(first:1, where:{active:true}){ edges { node { id } } } }`)
		return s.staff, `mutation($id:ID!){ updateIncubationCentre(id:$id, input:{graduationThreshold:75}){ id } }`, map[string]any{"id": s.inc.centre}
	}},
	{"createIncubationSpace", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($in:CreateIncubationSpaceInput!){ createIncubationSpace(input:$in){ id } }`,
			map[string]any{"in": map[string]any{"centreID": s.inc.centre, "code": "A1", "kind": "ROOM", "area": 20, "seats": 2}}
	}},
	{"updateIncubationSpace", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		var out struct {
			Node struct{ Spaces []struct{ ID string } }
		}
		s.e.MustDo(s.staff, `query($id:ID!){ node(id:$id){ ... on IncubationCentre { spaces { id } } } }`, map[string]any{"id": s.inc.centre}, &out)
		s.inc.space = out.Node.Spaces[0].ID
		return s.staff, `mutation($id:ID!){ updateIncubationSpace(id:$id, input:{facilities:"白板"}){ id } }`, map[string]any{"id": s.inc.space}
	}},
	{"createMaturityCriterion", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($in:CreateMaturityCriterionInput!){ createMaturityCriterion(input:$in){ id } }`,
			map[string]any{"in": map[string]any{"centreID": s.inc.centre, "key": "EXTRA", "nameZh": "额外", "nameEn": "Extra", "weight": 5, "active": false}}
	}},
	{"updateMaturityCriterion", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		var out struct {
			Node struct{ Criteria []struct{ ID, Key string } }
		}
		s.e.MustDo(s.staff, qCriteria, map[string]any{"id": s.inc.centre}, &out)
		for _, c := range out.Node.Criteria {
			if c.Key == "EXTRA" {
				s.inc.criterion = c.ID
			}
		}
		return s.staff, `mutation($id:ID!){ updateMaturityCriterion(id:$id, input:{guidance:"说明"}){ id } }`, map[string]any{"id": s.inc.criterion}
	}},
	{"assessAdmission", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.inc.w = newIncubationWorld(t, s.e, map[string]int{"B1": 1})
		org, tok := s.inc.w.newNGO(t, 901)
		cs := s.inc.w.acceptedCase(t, org, tok, 1)
		s.inc.tenancy = org // the organisation, until decided
		return s.staff, mAssessAdmission, map[string]any{"id": cs, "in": map[string]any{"centreID": s.inc.w.centre,
			"scores": admissionScores(85), "outcome": "ADMIT", "spaceID": s.inc.w.spaces["B1"], "seats": 1}}
	}},
	{"updateTenancyPlan", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		caseID := firstID(t, s.e, s.staff, `{ cases(first:1, where:{title:"入壳孵化申请", state:ACCEPTED}){ edges { node { id } } } }`)
		mustAct(t, s.e, s.staff, mDecide, map[string]any{"id": caseID, "a": true, "r": "准予入壳"})
		s.inc.tenancy = s.inc.w.tenancyOf(t, s.inc.tenancy).ID
		return s.staff, `mutation($id:ID!){ updateTenancyPlan(id:$id, input:{notes:"按计划推进"}){ id } }`, map[string]any{"id": s.inc.tenancy}
	}},
	{"extendTenancy", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($id:ID!){ extendTenancy(id:$id, months:3, reason:"项目周期延长"){ id } }`, map[string]any{"id": s.inc.tenancy}
	}},
	{"addMilestone", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($id:ID!){ addMilestone(tenancyID:$id, input:{key:"CUSTOM", title:"完成志愿者培训", dueOn:"2027-06-30T00:00:00Z", mandatory:false}){ id } }`,
			map[string]any{"id": s.inc.tenancy}
	}},
	{"updateMilestone", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		var out struct{ Node tenancyView }
		s.e.MustDo(s.staff, `query($id:ID!){ node(id:$id){ ... on Tenancy { `+tenancyFields+` } } }`, map[string]any{"id": s.inc.tenancy}, &out)
		for _, m := range out.Node.Milestones {
			if m.Key == "CUSTOM" {
				s.inc.milestone = m.ID
			}
		}
		return s.staff, `mutation($id:ID!){ updateMilestone(id:$id, input:{key:"CUSTOM", title:"完成两次志愿者培训", dueOn:"2027-06-30T00:00:00Z", mandatory:false}){ id } }`,
			map[string]any{"id": s.inc.milestone}
	}},
	{"setMilestoneMet", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, mMet, map[string]any{"id": s.inc.milestone, "d": time.Now().Format(time.RFC3339)}
	}},
	{"removeMilestone", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($id:ID!){ removeMilestone(id:$id) }`, map[string]any{"id": s.inc.milestone}
	}},
	{"logTenancyService", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($id:ID!){ logTenancyService(tenancyID:$id, input:{kind:TRAINING, title:"财务培训", heldOn:"2026-01-05T00:00:00Z", hours:"2.5"}){ id } }`,
			map[string]any{"id": s.inc.tenancy}
	}},
	{"assessMaturity", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		var cr struct {
			Node struct{ Criteria []struct{ ID string } }
		}
		s.e.MustDo(s.staff, qCriteria, map[string]any{"id": s.inc.w.centre}, &cr)
		var sc []map[string]any
		for _, c := range cr.Node.Criteria {
			sc = append(sc, map[string]any{"criterionID": c.ID, "score": 90})
		}
		return s.staff, mMaturity, map[string]any{"id": s.inc.tenancy, "in": map[string]any{"assessedOn": time.Now().Format(time.RFC3339), "scores": sc}}
	}},
	{"setWaitlistPriority", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.inc.org2, s.inc.tok2 = s.inc.w.newNGO(t, 902)
		s.inc.w.admitted(t, s.inc.org2, s.inc.tok2, "", 1, 70)
		s.inc.entry = firstID(t, s.e, s.staff, `{ waitlist(centreID:"`+s.inc.w.centre+`", first:1){ edges { node { id } } } }`)
		return s.staff, `mutation($id:ID!){ setWaitlistPriority(id:$id, priority:95, reason:"服务对象急需"){ id } }`, map[string]any{"id": s.inc.entry}
	}},
	{"graduateTenancy", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		var out struct{ Node tenancyView }
		s.e.MustDo(s.staff, `query($id:ID!){ node(id:$id){ ... on Tenancy { `+tenancyFields+` } } }`, map[string]any{"id": s.inc.tenancy}, &out)
		for _, m := range out.Node.Milestones {
			if m.Mandatory {
				s.e.MustDo(s.staff, mMet, map[string]any{"id": m.ID, "d": time.Now().Format(time.RFC3339)}, nil)
			}
		}
		return s.staff, mGraduate, map[string]any{"id": s.inc.tenancy}
	}},
	{"withdrawSpaceOffer", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.inc.offer = offers(t, s.e, s.inc.tok2)[0].ID
		return s.staff, `mutation($id:ID!){ withdrawSpaceOffer(id:$id, reason:"误发"){ id } }`, map[string]any{"id": s.inc.offer}
	}},
	{"offerSpace", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($e:ID!,$s:ID!){ offerSpace(entryID:$e, spaceID:$s){ id } }`, map[string]any{"e": s.inc.entry, "s": s.inc.w.spaces["B1"]}
	}},
	{"answerSpaceOffer", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.inc.tok2, mAnswerOffer, map[string]any{"id": offers(t, s.e, s.inc.tok2)[0].ID, "a": true}
	}},
	{"endTenancy", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.inc.tenancy2 = s.inc.w.tenancyOf(t, s.inc.org2).ID
		return s.staff, mEndEarly, map[string]any{"id": s.inc.tenancy2, "x": "WITHDRAWN", "r": "组织迁出"}
	}},
	{"leaveWaitlist", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		org3, tok3 := s.inc.w.newNGO(t, 903)
		s.inc.w.admitted(t, org3, tok3, "", 1, 60)
		entry := firstID(t, s.e, tok3, `{ waitlist(centreID:"`+s.inc.w.centre+`", first:1){ edges { node { id } } } }`)
		return tok3, `mutation($id:ID!){ leaveWaitlist(id:$id, reason:"已另租场地"){ id } }`, map[string]any{"id": entry}
	}},
	{"reportAlumniStatus", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($id:ID!,$in:AlumniReportInput!){ reportAlumniStatus(tenancyID:$id, input:$in){ id } }`,
			map[string]any{"id": s.inc.tenancy, "in": map[string]any{"year": time.Now().Year(), "stillActive": true, "staffCount": 6, "projects": 3, "fundingWon": "120000.00"}}
	}},

	// Venture grants: money, the call, a proposal, its review, the award
	// and an objection (the clock is the call's: grantNow, from here on).
	{"createFund", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.grant.w = &grantWorld{e: s.e, admin: s.admin, staff: s.staff, now: grantNow}
		s.e.App.Casework.Now = func() time.Time { return s.grant.w.now }
		s.e.App.Grants.Now = func() time.Time { return s.grant.w.now }
		return s.admin, `mutation{ createFund(input:{name:"审计公益金", kind: WELFARE_LOTTERY}){ id } }`, nil
	}},
	{"allocateFund", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.grant.w.fund = firstID(t, s.e, s.admin, `{ funds(first:1, where:{kind: WELFARE_LOTTERY}){ edges { node { id } } } }`)
		return s.admin, mAllocate, map[string]any{"f": s.grant.w.fund, "y": 2026, "a": "100000.00"}
	}},
	{"createGrantCall", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		w := s.grant.w
		w.budget = firstID(t, s.e, s.admin, `{ fundBudgets(first:1, where:{year: 2026}){ edges { node { id } } } }`)
		w.item = id(t, s.e, s.admin, `mutation($in:CreateServiceItemInput!){ createServiceItem(input:$in){ id } }`, map[string]any{"in": map[string]any{
			"code": "GRANT_AUDIT", "name": "公益创投项目申报（审计）", "statutoryDays": 20, "promisedDays": 15,
			"delegated": true, "programme": "venture_grant"}})
		return s.staff, `mutation($in:CreateGrantCallInput!){ createGrantCall(input:$in){ id } }`, map[string]any{"in": map[string]any{
			"year": 2026, "title": "2026年度公益创投（审计）", "categories": []string{"为老服务"},
			"minAmount": "10000.00", "maxAmount": "60000.00", "opensAt": "2026-06-01T00:00:00Z", "closesAt": "2026-06-30T00:00:00Z",
			"serviceItemID": w.item, "rubric": rubric(), "reviewersPerProposal": 2, "announcementDays": 5,
			"questions": []map[string]any{{"key": "volunteers", "label": "志愿者人数", "kind": "NUMBER", "required": true}}}}
	}},
	{"updateGrantCall", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		w := s.grant.w
		w.call = firstID(t, s.e, s.staff, `{ grantCalls(first:1, where:{year: 2026}){ edges { node { id } } } }`)
		w.callID = mustAtoi(t, w.call)
		return s.staff, `mutation($id:ID!){ updateGrantCall(id:$id, input:{description:"面向全县社会组织"}){ id } }`, map[string]any{"id": w.call}
	}},
	{"setCallFunds", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		w := s.grant.w
		return s.staff, `mutation($c:ID!,$l:[CallFundLineInput!]!){ setCallFunds(id:$c, lines:$l){ id } }`,
			map[string]any{"c": w.call, "l": []map[string]any{{"fundBudgetID": w.budget, "amount": "100000.00"}}}
	}},
	{"publishGrantCall", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($c:ID!){ publishGrantCall(id:$c){ id } }`, map[string]any{"c": s.grant.w.call}
	}},
	{"startProposal", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		org, tok := s.grant.w.newOrg(t, 61)
		s.grant.ngo = tok
		return tok, `mutation($c:ID!,$o:ID!){ startProposal(callID:$c, organizationID:$o, title:"银龄助餐"){ id } }`,
			map[string]any{"c": s.grant.w.call, "o": testenv.ID(org)}
	}},
	{"setPanelReviewers", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		g := &s.grant
		var p struct {
			Proposals struct {
				Edges []struct{ Node struct{ ID, CaseID string } }
			}
		}
		s.e.MustDo(g.ngo, `{ proposals(first:1){ edges { node { id caseID } } } }`, nil, &p)
		require.Len(t, p.Proposals.Edges, 1)
		g.proposal, g.caseID = p.Proposals.Edges[0].Node.ID, p.Proposals.Edges[0].Node.CaseID
		s.e.MustDo(g.ngo, mSaveApp, map[string]any{"id": g.caseID, "a": form("50000.00", "30000.00", "20000.00")}, nil)
		mustAct(t, s.e, g.ngo, mSubmit, map[string]any{"id": g.caseID})
		mustAct(t, s.e, s.staff, mPreReview, map[string]any{"id": g.caseID})
		mustAct(t, s.e, s.staff, mAccept, map[string]any{"id": g.caseID, "f": []any{}})
		g.tokens = map[string]string{}
		for _, name := range []string{"audit-expert-1", "audit-expert-2", "audit-expert-3"} {
			u := testenv.ID(g.w.user(t, name, roleassignment.RoleEXPERT))
			g.experts = append(g.experts, u)
			g.tokens[u] = s.e.Login(name)
		}
		return s.staff, `mutation($c:ID!,$u:[ID!]!){ setPanelReviewers(callID:$c, userIDs:$u){ id } }`, map[string]any{"c": g.w.call, "u": g.experts}
	}},
	{"autoAssignReviewers", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($c:ID!){ autoAssignReviewers(callID:$c) }`, map[string]any{"c": s.grant.w.call}
	}},
	{"assignReviewer", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		g := &s.grant
		held := g.holders(t)
		require.Len(t, held, 2)
		for _, x := range g.experts {
			if _, ok := held[x]; !ok {
				g.manual = x
			}
		}
		return s.staff, `mutation($p:ID!,$u:ID!){ assignReviewer(proposalID:$p, userID:$u){ id } }`, map[string]any{"p": g.proposal, "u": g.manual}
	}},
	{"removeReviewAssignment", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($id:ID!){ removeReviewAssignment(id:$id, reason:"指派有误"){ id } }`,
			map[string]any{"id": s.grant.holders(t)[s.grant.manual]}
	}},
	{"declareConflict", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		g := &s.grant
		for x := range g.holders(t) {
			if x != g.manual && g.holder == "" {
				g.holder = x // declares a conflict
			}
		}
		return g.tokens[g.holder], `mutation($p:ID!){ declareConflict(proposalID:$p, reason:"曾为该组织提供有偿咨询") }`, map[string]any{"p": g.proposal}
	}},
	{"scoreReview", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		g := &s.grant
		held := g.holders(t)
		require.NotContains(t, held, g.holder)
		x := ""
		for h := range held {
			x = h
		}
		return g.tokens[x], `mutation($a:ID!,$s:[ReviewScoreInput!]!){ scoreReview(assignmentID:$a, scores:$s, comment:"设计合理", submit:true){ id } }`,
			map[string]any{"a": held[x], "s": []map[string]any{{"key": "need", "score": 9}, {"key": "design", "score": 8}, {"key": "budget", "score": 4}}}
	}},
	{"closeReviewPanel", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($c:ID!){ closeReviewPanel(callID:$c){ id } }`, map[string]any{"c": s.grant.w.call}
	}},
	{"decideProposals", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, mDecideProposals, map[string]any{"c": s.grant.w.call, "d": []map[string]any{{"proposalID": s.grant.proposal, "amount": "50000.00"}}}
	}},
	{"announceAwards", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.staff, `mutation($c:ID!){ announceAwards(callID:$c){ id } }`, map[string]any{"c": s.grant.w.call}
	}},
	{"recordObjection", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.grant.award = firstID(t, s.e, s.staff, `{ awards(first:1){ edges { node { id } } } }`)
		return s.staff, `mutation($a:ID!){ recordObjection(awardID:$a, fromName:"群众来信", content:"该项目与去年重复"){ id } }`, map[string]any{"a": s.grant.award}
	}},
	{"resolveObjection", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		var out struct {
			Node struct{ Objections []struct{ ID string } }
		}
		s.e.MustDo(s.staff, `query($id:ID!){ node(id:$id){ ... on Award { objections { id } } } }`, map[string]any{"id": s.grant.award}, &out)
		require.Len(t, out.Node.Objections, 1)
		return s.staff, `mutation($id:ID!){ resolveObjection(id:$id, upheld:false, note:"经核实不重复"){ id } }`, map[string]any{"id": out.Node.Objections[0].ID}
	}},

	// Party-building: the committee's records, an officer's assignment, a
	// visit and an activity with volunteers, a handover, the end, coverage.
	{"createPartyOrganization", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.party.tok = s.e.Login("party")
		return s.party.tok, `mutation{ createPartyOrganization(input:{kind:COMMITTEE, name:"审计综合党委", fullMembers:5, foundedOn:"2020-07-01T00:00:00+08:00"}){ id } }`, nil
	}},
	{"updatePartyOrganization", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.party.committee = firstID(t, s.e, s.party.tok, `{ partyOrganizations(first:1, where:{kind: COMMITTEE}){ edges { node { id } } } }`)
		return s.party.tok, `mutation($id:ID!){ updatePartyOrganization(id:$id, input:{kind:COMMITTEE, name:"审计综合党委", secretary:"沈书记", fullMembers:6, foundedOn:"2020-07-01T00:00:00+08:00"}){ id } }`,
			map[string]any{"id": s.party.committee}
	}},
	{"createGuidanceOfficer", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.party.tok, `mutation($u:ID!){ createGuidanceOfficer(input:{userID:$u, name:"孙红梅", unit:"县民政局"}){ id } }`,
			map[string]any{"u": testenv.ID(s.e.Fixture.Users["guide"])}
	}},
	{"updateGuidanceOfficer", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.party.officer = firstID(t, s.e, s.party.tok, `{ guidanceOfficers(first:1){ edges { node { id } } } }`)
		return s.party.tok, `mutation($id:ID!){ updateGuidanceOfficer(id:$id, input:{phone:"13905720000"}){ id } }`, map[string]any{"id": s.party.officer}
	}},
	{"updatePartySettings", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.party.tok, `mutation{ updatePartySettings(input:{maxOfficerLoad:12, rules:[{type:RIVER_CLEANING, pointsPerHour:12}]}){ id } }`, nil
	}},
	{"assignGuidanceOfficer", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.party.tok, `mutation($o:ID!,$g:ID!,$d:Time!){ assignGuidanceOfficer(organizationID:$o, officerID:$g, startOn:$d){ id } }`,
			map[string]any{"o": testenv.ID(s.e.Fixture.OrgA), "g": s.party.officer, "d": time.Now().AddDate(0, 0, -10).Format(time.RFC3339)}
	}},
	{"logVisit", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.party.guide = s.e.Login("guide")
		return s.party.guide, `mutation($o:ID!,$d:Time!){ logVisit(input:{organizationID:$o, visitedOn:$d, topics:"党建指导", followUps:[{action:"建立党员台账", dueOn:$d}]}){ id } }`,
			map[string]any{"o": testenv.ID(s.e.Fixture.OrgA), "d": time.Now().AddDate(0, 0, -1).Format(time.RFC3339)}
	}},
	{"completeFollowUp", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		var out struct{ MyFollowUps []struct{ ID string } }
		s.e.MustDo(s.party.guide, `{ myFollowUps { id } }`, nil, &out)
		require.Len(t, out.MyFollowUps, 1)
		return s.party.guide, `mutation($id:ID!){ completeFollowUp(id:$id){ id } }`, map[string]any{"id": out.MyFollowUps[0].ID}
	}},
	{"recordActivity", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.party.guide, `mutation($o:ID!,$d:Time!){ recordActivity(input:{type:RIVER_CLEANING, title:"清河行动", heldOn:$d, organizationIDs:[$o], participants:20, volunteerMinutes:600}){ id } }`,
			map[string]any{"o": testenv.ID(s.e.Fixture.OrgA), "d": time.Now().AddDate(0, 0, -2).Format(time.RFC3339)}
	}},
	{"createPartyVolunteer", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.party.tok, `mutation($p:ID!){ createPartyVolunteer(input:{name:"王志愿", partyOrganizationID:$p}){ id } }`, map[string]any{"p": s.party.committee}
	}},
	{"addActivityVolunteers", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		s.party.volunteer = firstID(t, s.e, s.party.tok, `{ partyVolunteers(first:1){ edges { node { id } } } }`)
		activity := firstID(t, s.e, s.party.guide, `{ partyActivities(first:1){ edges { node { id } } } }`)
		return s.party.guide, `mutation($a:ID!,$v:ID!){ addActivityVolunteers(activityID:$a, volunteers:[{volunteerID:$v, minutes:90}]){ id } }`,
			map[string]any{"a": activity, "v": s.party.volunteer}
	}},
	{"correctVolunteerPoints", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.party.tok, `mutation($v:ID!,$y:Int!){ correctVolunteerPoints(volunteerID:$v, year:$y, points:-3, reason:"重复登记"){ id } }`,
			map[string]any{"v": s.party.volunteer, "y": time.Now().Year()}
	}},
	{"handOverAssignment", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		to := id(t, s.e, s.party.tok, `mutation($u:ID!){ createGuidanceOfficer(input:{userID:$u, name:"吴芳"}){ id } }`,
			map[string]any{"u": testenv.ID(s.e.Fixture.Users["purchaser"])})
		var h struct{ AssignmentHistory []struct{ ID string } }
		s.e.MustDo(s.party.tok, `query($o:ID!){ assignmentHistory(organizationID:$o){ id } }`, map[string]any{"o": testenv.ID(s.e.Fixture.OrgA)}, &h)
		require.Len(t, h.AssignmentHistory, 1)
		return s.party.tok, `mutation($a:ID!,$to:ID!,$d:Time!){ handOverAssignment(assignmentID:$a, toOfficerID:$to, on:$d, reason:"工作调动"){ id } }`,
			map[string]any{"a": h.AssignmentHistory[0].ID, "to": to, "d": time.Now().AddDate(0, 0, -5).Format(time.RFC3339)}
	}},
	{"endAssignment", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		var h struct{ AssignmentHistory []struct{ ID string } }
		s.e.MustDo(s.party.tok, `query($o:ID!){ assignmentHistory(organizationID:$o){ id } }`, map[string]any{"o": testenv.ID(s.e.Fixture.OrgA)}, &h)
		require.Len(t, h.AssignmentHistory, 2)
		return s.party.tok, `mutation($a:ID!){ endAssignment(assignmentID:$a, reason:"组织已成立党支部"){ id } }`, map[string]any{"a": h.AssignmentHistory[0].ID}
	}},
	{"setCoverage", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		branch := id(t, s.e, s.party.tok, `mutation($o:ID!,$p:ID!){ createPartyOrganization(input:{kind:STANDALONE, name:"阳光志愿者协会党支部", parentID:$p, organizationID:$o, fullMembers:3, foundedOn:"2026-01-01T00:00:00+08:00"}){ id } }`,
			map[string]any{"o": testenv.ID(s.e.Fixture.OrgA), "p": s.party.committee})
		return s.party.tok, `mutation($o:ID!,$p:ID!){ setCoverage(organizationID:$o, form:BUILD, partyOrganizationID:$p, reason:"成立党支部"){ id } }`,
			map[string]any{"o": testenv.ID(s.e.Fixture.OrgA), "p": branch}
	}},
}

// notAuditedMutations change only the viewer's own bookkeeping, which the
// trail leaves out (internal/audit's notAudited): each must write no row.
var notAuditedMutations = []auditedCall{
	{"markNotificationRead", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		n := s.e.App.Client.Notification.Query().Where(notification.RecipientID(s.e.Fixture.Users["ngo"])).FirstX(sys)
		return s.ngo, `mutation($id:ID!){ markNotificationRead(id:$id){ id } }`, map[string]any{"id": testenv.ID(n.ID)}
	}},
	{"markAllNotificationsRead", func(t *testing.T, s *auditScenario) (string, string, map[string]any) {
		return s.ngo, `mutation{ markAllNotificationsRead }`, nil
	}},
}

// TestEveryMutationIsAudited runs every mutation of the schema once and
// checks that each audit row it wrote names the changed record and the
// record's own domain.
func TestEveryMutationIsAudited(t *testing.T) {
	var names []string
	for _, f := range graph.NewExecutableSchema(graph.Config{}).Schema().Mutation.Fields {
		names = append(names, f.Name)
	}
	var covered []string
	for _, c := range append(auditedCalls, notAuditedMutations...) {
		covered = append(covered, c.name)
	}
	sort.Strings(names)
	sort.Strings(covered)
	require.Equal(t, names, covered, "every mutation has one entry in auditedCalls")

	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		s := &auditScenario{e: e, admin: e.Login("admin"), staff: e.Login("staff"), ngo: e.Login("ngo"), root: e.Login("root")}
		for _, c := range auditedCalls {
			token, q, vars := c.call(t, s)
			last := e.App.Client.AuditLog.Query().Aggregate(gen.Max(auditlog.FieldID)).IntX(sys)
			errs := e.Do(token, q, vars, nil)
			require.Empty(t, errs, c.name)
			rows := e.App.Client.AuditLog.Query().Where(auditlog.IDGT(last)).AllX(sys)
			require.NotEmpty(t, rows, "%s writes the trail", c.name)
			for _, r := range rows {
				require.NotEmpty(t, r.EntityID, "%s: %s %s row names its record", c.name, r.Operation, r.EntityType)
				want, exists := recordDomain(t, e, r.EntityType, r.EntityID)
				if !exists {
					// Deleted: every deleted record here is Deqing's, or the calendar's.
					if r.EntityType != "CalendarDay" {
						want = &e.Fixture.Deqing
					}
				}
				require.Equal(t, want, r.DomainID, "%s: %s %s %s is in its record's domain", c.name, r.Operation, r.EntityType, r.EntityID)
			}
		}
		for _, c := range notAuditedMutations {
			token, q, vars := c.call(t, s)
			last := e.App.Client.AuditLog.Query().Aggregate(gen.Max(auditlog.FieldID)).IntX(sys)
			require.Empty(t, e.Do(token, q, vars, nil), c.name)
			require.Zero(t, e.App.Client.AuditLog.Query().Where(auditlog.IDGT(last)).CountX(sys), "%s is the viewer's own bookkeeping", c.name)
		}
	})
}

// recordDomain reads the domain of record id of type typ, past privacy.
func recordDomain(t *testing.T, e *testenv.Env, typ, id string) (*int, bool) {
	t.Helper()
	n, err := strconv.Atoi(id)
	require.NoError(t, err)
	sys := privacy.DecisionContext(context.Background(), privacy.Allow)
	var rec any
	switch typ {
	case "CaseCounter":
		rec, err = e.App.Client.CaseCounter.Get(sys, n)
	case "DocumentUpload":
		rec, err = e.App.Client.DocumentUpload.Get(sys, n)
	default:
		rec, err = e.App.Client.Noder(sys, n)
	}
	if gen.IsNotFound(err) {
		return nil, false
	}
	require.NoError(t, err)
	if typ == "Domain" {
		return &n, true
	}
	f := reflect.Indirect(reflect.ValueOf(rec)).FieldByName("DomainID")
	if !f.IsValid() {
		return nil, true
	}
	d := int(f.Int())
	return &d, true
}
