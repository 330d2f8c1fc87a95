package casework

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/servicecase"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/viewer"
)

// The people of these tests, in domain 1, with the real policy.csv.
const (
	dom      = 1
	ownOrg   = 10
	ngoID    = 1 // NGO_MEMBER of ownOrg
	otherNGO = 2 // NGO_MEMBER of another organisation
	staffID  = 3 // INCUBATOR_STAFF (case:handle)
	adminID  = 4 // BUREAU_ADMIN (case:handle, case:decide)
	expertID = 5 // EXPERT, the consulted unit's account
)

// enforcer is built once: the grants never change.
var enforcer struct {
	once sync.Once
	a    *authz.Authorizer
	err  error
}

// as is ctx acting as user id, with a Casbin enforcer over the real policy.
func as(t *testing.T, id int) context.Context {
	t.Helper()
	grants := []authz.Grant{
		{UserID: ngoID, Role: "NGO_MEMBER", DomainID: dom}, {UserID: otherNGO, Role: "NGO_MEMBER", DomainID: dom},
		{UserID: staffID, Role: "INCUBATOR_STAFF", DomainID: dom}, {UserID: adminID, Role: "BUREAU_ADMIN", DomainID: dom},
		{UserID: expertID, Role: "EXPERT", DomainID: dom},
	}
	enforcer.once.Do(func() {
		enforcer.a, enforcer.err = authz.New(context.Background(), func(context.Context) ([]authz.Grant, error) { return grants, nil })
		if enforcer.err == nil {
			enforcer.err = enforcer.a.Reload(context.Background())
		}
	})
	require.NoError(t, enforcer.err)
	a := enforcer.a
	orgs := map[int][]int{ngoID: {ownOrg}, otherNGO: {ownOrg + 1}}
	ctx := authz.NewContext(context.Background(), a)
	return viewer.NewContext(ctx, &viewer.Viewer{UserID: id, DomainID: dom, OrgIDs: orgs[id]})
}

// allStates are the states of a case.
var allStates = append([]servicecase.State{servicecase.StateDRAFT, servicecase.StateRETURNED,
	servicecase.StateDECIDED, servicecase.StateDELIVERED, servicecase.StateCLOSED, servicecase.StateWITHDRAWN}, running...)

// caseIn is a case of ownOrg in state st.
func caseIn(st servicecase.State, opts ...func(*gen.ServiceCase)) *gen.ServiceCase {
	cs := &gen.ServiceCase{ID: 7, DomainID: dom, OrganizationID: ownOrg, State: st, FollowUp: servicecase.FollowUpNONE}
	for _, o := range opts {
		o(cs)
	}
	return cs
}

func delegated(cs *gen.ServiceCase)    { cs.Delegated = true }
func openFollowUp(cs *gen.ServiceCase) { cs.FollowUp = servicecase.FollowUpOPEN }
func ofProgramme(cs *gen.ServiceCase)  { cs.Programme = "pilot" }
func consultationTo(assignee int) *gen.Consultation {
	return &gen.Consultation{ID: 70, CaseID: 7, AssigneeID: assignee}
}

// TestAuthorize: every step, by the right and the wrong people, from a
// state it starts from and one it does not.
func TestAuthorize(t *testing.T) {
	const ok, forbidden, conflict = apperr.Code(""), apperr.Forbidden, apperr.Conflict
	for _, tc := range []struct {
		name string
		a    Action
		who  int
		cs   *gen.ServiceCase
		con  *gen.Consultation
		want apperr.Code
	}{
		{"applicant submits a draft", ActSubmit, ngoID, caseIn(servicecase.StateDRAFT), nil, ok},
		{"applicant resubmits a returned case", ActSubmit, ngoID, caseIn(servicecase.StateRETURNED), nil, ok},
		{"another organisation cannot submit", ActSubmit, otherNGO, caseIn(servicecase.StateDRAFT), nil, forbidden},
		{"staff cannot submit for the applicant", ActSubmit, staffID, caseIn(servicecase.StateDRAFT), nil, forbidden},
		{"no second submission", ActSubmit, ngoID, caseIn(servicecase.StateSUBMITTED), nil, conflict},

		{"materials offered in a draft", ActSupplement, ngoID, caseIn(servicecase.StateDRAFT), nil, ok},
		{"materials supplemented after the notice", ActSupplement, ngoID, caseIn(servicecase.StateACCEPTED_WITH_DEFICIENCIES), nil, ok},
		{"no materials swapped under review", ActSupplement, ngoID, caseIn(servicecase.StateIN_REVIEW), nil, conflict},
		{"no materials swapped after acceptance", ActSupplement, ngoID, caseIn(servicecase.StateACCEPTED), nil, conflict},
		{"staff cannot offer the applicant's materials", ActSupplement, staffID, caseIn(servicecase.StateDRAFT), nil, forbidden},

		{"programme form saved in a draft", ActSaveApplication, ngoID, caseIn(servicecase.StateDRAFT, ofProgramme), nil, ok},
		{"no form without a programme", ActSaveApplication, ngoID, caseIn(servicecase.StateDRAFT), nil, conflict},
		{"no form edits once submitted", ActSaveApplication, ngoID, caseIn(servicecase.StateSUBMITTED, ofProgramme), nil, conflict},

		{"handler pre-reviews", ActStartPreReview, staffID, caseIn(servicecase.StateSUBMITTED), nil, ok},
		{"applicant cannot pre-review", ActStartPreReview, ngoID, caseIn(servicecase.StateSUBMITTED), nil, forbidden},
		{"handler accepts", ActAccept, staffID, caseIn(servicecase.StatePRE_REVIEW), nil, ok},
		{"no acceptance before pre-review", ActAccept, staffID, caseIn(servicecase.StateSUBMITTED), nil, conflict},
		{"handler consults", ActConsult, staffID, caseIn(servicecase.StateIN_REVIEW), nil, ok},

		{"the consulted unit answers", ActAnswer, expertID, caseIn(servicecase.StateCONSULTING), consultationTo(expertID), ok},
		{"someone else cannot answer for it", ActAnswer, staffID, caseIn(servicecase.StateCONSULTING), consultationTo(expertID), forbidden},
		{"not even the bureau admin", ActAnswer, adminID, caseIn(servicecase.StateCONSULTING), consultationTo(expertID), forbidden},
		{"no answer to a withdrawn case", ActAnswer, expertID, caseIn(servicecase.StateWITHDRAWN), consultationTo(expertID), conflict},

		{"window decides a delegated item", ActDecide, staffID, caseIn(servicecase.StateIN_REVIEW, delegated), nil, ok},
		{"window cannot decide an undelegated item", ActDecide, staffID, caseIn(servicecase.StateIN_REVIEW), nil, forbidden},
		{"bureau admin decides any", ActDecide, adminID, caseIn(servicecase.StateIN_REVIEW), nil, ok},
		{"no decision while consulting", ActDecide, adminID, caseIn(servicecase.StateCONSULTING), nil, conflict},

		{"applicant rates", ActRate, ngoID, caseIn(servicecase.StateDELIVERED), nil, ok},
		{"applicant withdraws while running", ActWithdraw, ngoID, caseIn(servicecase.StateIN_REVIEW), nil, ok},
		{"no withdrawal after the decision", ActWithdraw, ngoID, caseIn(servicecase.StateDECIDED), nil, conflict},

		{"supervisor resolves an open follow-up", ActResolveFollowUp, adminID, caseIn(servicecase.StateCLOSED, openFollowUp), nil, ok},
		{"the handler cannot resolve it", ActResolveFollowUp, staffID, caseIn(servicecase.StateCLOSED, openFollowUp), nil, forbidden},
		{"nothing to resolve", ActResolveFollowUp, adminID, caseIn(servicecase.StateCLOSED), nil, conflict},

		{"a person cannot take the platform's step", ActConsultationsDone, adminID, caseIn(servicecase.StateCONSULTING), nil, forbidden},
		{"nor apply a deadline", ActDeadlinePassed, adminID, caseIn(servicecase.StateACCEPTED_WITH_DEFICIENCIES), nil, forbidden},
		{"an action missing from the table is refused", Action("NO_SUCH_STEP"), adminID, caseIn(servicecase.StateDRAFT), nil, forbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := authorizeOn(as(t, tc.who), subject{cs: tc.cs, con: tc.con}, tc.a)
			if tc.want == ok {
				require.NoError(t, err)
				return
			}
			require.Equal(t, tc.want, apperr.CodeOf(err), "%v", err)
		})
	}
}

// TestAllowedIsTheTable: for every state and person, allowedActions lists
// exactly the offered steps authorize lets through, so a button is never
// shown for a step the server refuses nor hidden for one it allows.
func TestAllowedIsTheTable(t *testing.T) {
	variants := []func(*gen.ServiceCase){func(*gen.ServiceCase) {}, delegated, openFollowUp, ofProgramme}
	for _, st := range allStates {
		for _, who := range []int{ngoID, otherNGO, staffID, adminID, expertID} {
			for _, v := range variants {
				cs := caseIn(st, v)
				ctx := as(t, who)
				got := Allowed(ctx, cs)
				var want []Action
				for _, step := range table {
					if step.offered() && authorize(ctx, cs, step.action) == nil {
						want = append(want, step.action)
					}
				}
				require.Equal(t, want, got, "state %s, user %d", st, who)
			}
		}
	}
}

// TestAllowedOffersTheFollowUp: the follow-up is offered to the supervisor
// of a closed case with an open follow-up, and to nobody else.
func TestAllowedOffersTheFollowUp(t *testing.T) {
	cs := caseIn(servicecase.StateCLOSED, openFollowUp)
	require.Equal(t, []Action{ActResolveFollowUp}, Allowed(as(t, adminID), cs))
	require.Empty(t, Allowed(as(t, staffID), cs))
	require.Empty(t, Allowed(as(t, ngoID), cs))
	require.Empty(t, Allowed(as(t, adminID), caseIn(servicecase.StateCLOSED)))
}

// TestTable: each action once; platform and consulted-unit steps are never
// buttons; every state the table names exists.
func TestTable(t *testing.T) {
	require.Len(t, steps, len(table))
	for _, st := range table {
		for _, from := range st.from {
			require.NoError(t, servicecase.StateValidator(from), st.action)
		}
		if st.to != "" {
			require.NoError(t, servicecase.StateValidator(st.to), st.action)
		}
		require.Equal(t, st.who != platform && st.who != consultee, st.offered(), st.action)
		require.Equal(t, st.when != nil, st.unmet != nil, "%s: a condition needs its refusal", st.action)
	}
	require.True(t, slices.ContainsFunc(table, func(s step) bool { return s.action == ActResolveFollowUp && s.offered() }))
}
