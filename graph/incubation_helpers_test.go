package graph_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/ent/organization"
	"hatchery/ent/roleassignment"
	"hatchery/internal/orgtype"
	"hatchery/internal/password"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

// incubationWorld is a centre of the test county set up through the API
// by staff, with a service item of the incubation programme (no materials,
// so an application is the form alone).
type incubationWorld struct {
	e      *testenv.Env
	staff  string
	centre string
	item   string
	spaces map[string]string // code → id
}

func newIncubationWorld(t *testing.T, e *testenv.Env, spaces map[string]int) *incubationWorld {
	t.Helper()
	w := &incubationWorld{e: e, staff: e.Login("staff"), spaces: map[string]string{}}
	var c struct{ CreateIncubationCentre struct{ ID string } }
	e.MustDo(w.staff, `mutation($in:CreateIncubationCentreInput!){ createIncubationCentre(input:$in){ id } }`,
		map[string]any{"in": map[string]any{"name": "测试孵化基地", "totalArea": 300, "graduationThreshold": 80,
			"defaultTermMonths": 12, "offerDays": 3}}, &c)
	w.centre = c.CreateIncubationCentre.ID
	for code, seats := range spaces {
		var s struct{ CreateIncubationSpace struct{ ID string } }
		e.MustDo(w.staff, `mutation($in:CreateIncubationSpaceInput!){ createIncubationSpace(input:$in){ id } }`,
			map[string]any{"in": map[string]any{"centreID": w.centre, "code": code, "kind": "ROOM", "area": 20, "seats": seats}}, &s)
		w.spaces[code] = s.CreateIncubationSpace.ID
	}
	admin := e.Login("admin")
	var item struct{ CreateServiceItem struct{ ID string } }
	e.MustDo(admin, `mutation($in:CreateServiceItemInput!){ createServiceItem(input:$in){ id } }`, map[string]any{"in": map[string]any{
		"code": "INCUBATION_TEST", "name": "入壳孵化申请（测试）", "statutoryDays": 20, "promisedDays": 10,
		"delegated": true, "programme": "incubation"}}, &item)
	w.item = item.CreateServiceItem.ID
	return w
}

// newNGO creates an organisation of the test county with one member
// account and returns the organisation's id and the member's token.
func (w *incubationWorld) newNGO(t *testing.T, n int) (string, string) {
	t.Helper()
	ctx, c, f := system(), w.e.App.Client, w.e.Fixture
	org := c.Organization.Create().SetDomainID(f.Deqing).SetName(fmt.Sprintf("德清县测试公益社%d", n)).
		SetUscc(uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 500+n)).
		SetKind(organization.KindSOCIAL_GROUP).SetStage(organization.StageSEEDLING).
		SetServiceFields([]orgtype.ServiceField{orgtype.ElderlyCare}).SaveX(ctx)
	hash, err := password.Hash(testenv.Password, password.Fast)
	require.NoError(t, err)
	name := fmt.Sprintf("inc-ngo-%d", n)
	u := c.User.Create().SetDomainID(f.Deqing).SetUsername(name).SetDisplayName(name).SetPasswordHash(hash).SaveX(ctx)
	c.RoleAssignment.Create().SetDomainID(f.Deqing).SetUserID(u.ID).SetRole(roleassignment.RoleNGO_MEMBER).ExecX(ctx)
	c.Membership.Create().SetDomainID(f.Deqing).SetUserID(u.ID).SetOrganizationID(org.ID).ExecX(ctx)
	require.NoError(t, w.e.App.Authz.Reload(context.Background()))
	return testenv.ID(org.ID), w.e.Login(name)
}

func application(seats int) map[string]any {
	return map[string]any{"stage": "STARTUP", "serviceField": "ELDERLY_CARE", "communityNeed": "独居老人助餐",
		"team": "5名专职，20名志愿者", "expectations": "办公场地和财务辅导", "seatsNeeded": seats}
}

// admissionScores are admission scores all equal to v.
func admissionScores(v int) []map[string]any {
	var out []map[string]any
	for _, k := range []string{"MISSION", "TEAM", "GOVERNANCE", "PROJECT", "COMMITMENT"} {
		out = append(out, map[string]any{"key": k, "score": v})
	}
	return out
}

// acceptedCase takes an organisation's application up to acceptance and
// returns the case id.
func (w *incubationWorld) acceptedCase(t *testing.T, org, token string, seats int) string {
	t.Helper()
	e := w.e
	cs := mustAct(t, e, token, mOpen, map[string]any{"in": map[string]any{
		"serviceItemID": w.item, "organizationID": org, "title": "入壳孵化申请"}})
	e.MustDo(token, mSaveApp, map[string]any{"id": cs.ID, "a": application(seats)}, nil)
	mustAct(t, e, token, mSubmit, map[string]any{"id": cs.ID})
	mustAct(t, e, w.staff, mPreReview, map[string]any{"id": cs.ID})
	mustAct(t, e, w.staff, mAccept, map[string]any{"id": cs.ID, "f": []any{}})
	return cs.ID
}

const mAssessAdmission = `mutation($id:ID!,$in:AssessAdmissionInput!){ assessAdmission(caseID:$id, input:$in){ id readiness outcome } }`

// assess records staff's assessment of case id.
func (w *incubationWorld) assess(t *testing.T, id string, in map[string]any) {
	t.Helper()
	in["centreID"] = w.centre
	w.e.MustDo(w.staff, mAssessAdmission, map[string]any{"id": id, "in": in}, nil)
}

// admitted applies, assesses and approves: into space code (seats), or
// onto the waitlist with readiness v when code is "".
func (w *incubationWorld) admitted(t *testing.T, org, token, code string, seats, v int) string {
	t.Helper()
	id := w.acceptedCase(t, org, token, seats)
	in := map[string]any{"scores": admissionScores(v), "outcome": "WAITLIST"}
	if code != "" {
		in = map[string]any{"scores": admissionScores(v), "outcome": "ADMIT", "spaceID": w.spaces[code], "seats": seats}
	}
	w.assess(t, id, in)
	mustAct(t, w.e, w.staff, mDecide, map[string]any{"id": id, "a": true, "r": "准予入壳"})
	return id
}

type tenancyView struct {
	ID, Status    string
	CertificateNo *string
	Organization  struct{ ID string }
	Seats         []struct {
		Seats int
		Space struct{ Code string }
	}
	Milestones []struct {
		ID        string
		Key       string
		Mandatory bool
		MetOn     *string
	}
	GraduationCheck struct {
		Ready       bool
		LatestScore *string
		Missing     []struct{ Code, Message string }
	}
}

const tenancyFields = `id status certificateNo organization { id } seats { seats space { code } }
	milestones { id key mandatory metOn } graduationCheck { ready latestScore missing { code message } }`

// tenancyOf is the active (or latest) tenancy of organisation org as staff see it.
func (w *incubationWorld) tenancyOf(t *testing.T, org string) tenancyView {
	t.Helper()
	var out struct {
		Tenancies struct{ Edges []struct{ Node tenancyView } }
	}
	w.e.MustDo(w.staff, `query($o:ID!){ tenancies(first:5, where:{organizationID:$o}){ edges { node { `+tenancyFields+` } } } }`,
		map[string]any{"o": org}, &out)
	require.NotEmpty(t, out.Tenancies.Edges, "organisation %s has a tenancy", org)
	return out.Tenancies.Edges[0].Node
}

type spaceView struct {
	Code, Status string
	SeatsFree    int
	Occupants    []struct {
		Seats   int
		Tenancy struct{ Organization struct{ ID string } }
	}
	OpenOffers []struct{ ID string }
}

// space reads space code as staff see it on the board.
func (w *incubationWorld) space(t *testing.T, code string) spaceView {
	t.Helper()
	var out struct{ Node spaceView }
	w.e.MustDo(w.staff, `query($id:ID!){ node(id:$id){ ... on IncubationSpace { code status seatsFree
		occupants { seats tenancy { organization { id } } } openOffers { id } } } }`, map[string]any{"id": w.spaces[code]}, &out)
	return out.Node
}

type offerView struct {
	ID, Status string
	Seats      int
	Space      struct{ Code string }
	Entry      struct{ Organization struct{ ID string } }
}

// offers are the open offers the token's viewer sees.
func offers(t *testing.T, e *testenv.Env, token string) []offerView {
	t.Helper()
	var out struct {
		SpaceOffers struct{ Edges []struct{ Node offerView } }
	}
	e.MustDo(token, `{ spaceOffers(first:20, status:OPEN){ edges { node { id status seats space { code } entry { organization { id } } } } } }`, nil, &out)
	var vs []offerView
	for _, ed := range out.SpaceOffers.Edges {
		vs = append(vs, ed.Node)
	}
	return vs
}

const mAnswerOffer = `mutation($id:ID!,$a:Boolean!,$n:String){ answerSpaceOffer(id:$id, accept:$a, note:$n){ id status } }`
