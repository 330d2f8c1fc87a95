package graph_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/caseevent"
	"hatchery/internal/apperr"
	"hatchery/internal/casework"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// pilotProgramme is a programme that exists only in this test, to prove
// the hook every real programme plugs into: its application form has a
// purpose and a positive budget; an approval writes its own record (here a
// timeline row, standing in for a programme's entity) in the decision's
// transaction, or refuses the decision when told to.
type pilotProgramme struct{ refuse atomic.Bool }

type pilotForm struct {
	Purpose string `json:"purpose"`
	Budget  int    `json:"budget"`
}

func (*pilotProgramme) Key() string { return "pilot" }

func (*pilotProgramme) CheckApplication(_ context.Context, _ *gen.Client, cs *gen.ServiceCase) ([]casework.Problem, error) {
	var f pilotForm
	if err := casework.DecodeApplication(cs, &f); err != nil {
		return nil, err
	}
	var ps []casework.Problem
	if f.Purpose == "" {
		ps = append(ps, casework.Problem{Field: "purpose", Message: "say what the money is for", ZH: "请填写资金用途"})
	}
	if f.Budget <= 0 {
		ps = append(ps, casework.Problem{Field: "budget", Message: "the budget must be positive", ZH: "预算须大于零"})
	}
	return ps, nil
}

func (p *pilotProgramme) Decided(ctx context.Context, c *gen.Client, cs *gen.ServiceCase) error {
	err := c.CaseEvent.Create().SetDomainID(cs.DomainID).SetCaseID(cs.ID).SetAction("PILOT_GRANTED").
		SetFromState(string(cs.State)).SetToState(string(cs.State)).SetReason(string(*cs.Decision)).
		Exec(system())
	if err != nil {
		return err
	}
	if p.refuse.Load() {
		return apperr.New(apperr.Conflict, "the pilot budget is spent", "试点资金已用完")
	}
	return nil
}

const mSaveApp = `mutation($id:ID!,$a:Map!){ saveCaseApplication(id:$id, application:$a){ ` + caseFields + ` application programme } }`

// TestProgrammeHook: a service item of a registered programme; its checks
// block a submission listing every problem; its effect is written in the
// decision's transaction and rolled back with the decision when it fails.
func TestProgrammeHook(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atTime(e, monday)
		pilot := &pilotProgramme{}
		e.App.Casework.Register(pilot)
		admin, ngo, staff := e.Login("admin"), e.Login("ngo"), e.Login("staff")

		// Only a registered programme can be named by a service item.
		in := map[string]any{"code": "PILOT_GRANT", "name": "试点资助申请", "statutoryDays": 20, "promisedDays": 5,
			"delegated": true, "programme": "nonesuch"}
		errs := e.Do(admin, `mutation($in:CreateServiceItemInput!){ createServiceItem(input:$in){ id } }`, map[string]any{"in": in}, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		item := newServiceItem(t, e, "PILOT_GRANT", true)
		e.MustDo(admin, `mutation($id:ID!){ updateServiceItem(id:$id, input:{programme:"pilot"}){ id } }`, map[string]any{"id": item}, nil)

		cs := draftCase(t, e, item)
		require.Contains(t, cs.AllowedActions, "SAVE_APPLICATION")

		// Two problems, both listed at once, each naming its field.
		var saved struct{ SaveCaseApplication struct{ Programme string } }
		e.MustDo(ngo, mSaveApp, map[string]any{"id": cs.ID, "a": map[string]any{"purpose": ""}}, &saved)
		require.Equal(t, "pilot", saved.SaveCaseApplication.Programme)
		_, errs = act(t, e, ngo, mSubmit, map[string]any{"id": cs.ID})
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "APPLICATION_INCOMPLETE", errs[0].Extensions["reason"])
		var fields []string
		for _, p := range errs[0].Extensions["problems"].([]any) {
			fields = append(fields, p.(map[string]any)["field"].(string))
			require.NotEmpty(t, p.(map[string]any)["messageZH"])
		}
		require.Equal(t, []string{"purpose", "budget"}, fields)
		cs, _ = caseQuery(t, e, ngo, cs.ID)
		require.Equal(t, "DRAFT", cs.State, "a refused submission changes nothing")

		// A field the programme does not know is refused too.
		e.MustDo(ngo, mSaveApp, map[string]any{"id": cs.ID, "a": map[string]any{"purpose": "x", "budget": 1, "colour": "red"}}, nil)
		_, errs = act(t, e, ngo, mSubmit, map[string]any{"id": cs.ID})
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())

		e.MustDo(ngo, mSaveApp, map[string]any{"id": cs.ID, "a": map[string]any{"purpose": "社区养老服务试点", "budget": 50000}}, nil)
		cs = mustAct(t, e, ngo, mSubmit, map[string]any{"id": cs.ID})
		require.Equal(t, "SUBMITTED", cs.State)
		_, errs = act(t, e, ngo, mSaveApp, map[string]any{"id": cs.ID, "a": map[string]any{"budget": 1}})
		require.Equal(t, []string{"CONFLICT"}, errs.Codes(), "the form is frozen once submitted")

		mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
		mustAct(t, e, staff, mAccept, map[string]any{"id": cs.ID, "f": findings(allPresent)})

		// The effect fails: the decision is rolled back with it.
		pilot.refuse.Store(true)
		_, errs = act(t, e, staff, mDecide, map[string]any{"id": cs.ID, "a": true, "r": "符合条件"})
		require.Equal(t, []string{"CONFLICT"}, errs.Codes())
		cs, _ = caseQuery(t, e, staff, cs.ID)
		require.Equal(t, "ACCEPTED", cs.State)
		require.Nil(t, cs.Decision)
		require.NotContains(t, actions(cs), "DECIDE")
		granted := e.App.Client.CaseEvent.Query().Where(caseevent.Action("PILOT_GRANTED")).CountX(system())
		require.Zero(t, granted, "nothing of the effect was left behind")

		// The effect succeeds: written with the decision.
		pilot.refuse.Store(false)
		cs = mustAct(t, e, staff, mDecide, map[string]any{"id": cs.ID, "a": true, "r": "符合条件"})
		require.Equal(t, "DECIDED", cs.State)
		require.Equal(t, []string{"DECIDE", "PILOT_GRANTED"}, actions(cs)[len(cs.Timeline)-2:])
	})
}

// TestAllowedActionsOffersResolveFollowUp: the supervisor is offered the
// follow-up of a low rating (and nobody else is, nor once it is resolved).
func TestAllowedActionsOffersResolveFollowUp(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atTime(e, monday)
		item := newServiceItem(t, e, "INCUBATION_ADMISSION", true)
		cs := submittedCase(t, e, item)
		staff, ngo, admin := e.Login("staff"), e.Login("ngo"), e.Login("admin")
		mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
		mustAct(t, e, staff, mAccept, map[string]any{"id": cs.ID, "f": findings(allPresent)})
		mustAct(t, e, staff, mDecide, map[string]any{"id": cs.ID, "a": true, "r": "符合条件"})
		mustAct(t, e, staff, mDeliver, map[string]any{"id": cs.ID, "m": "ONLINE"})
		cs = mustAct(t, e, ngo, mRate, map[string]any{"id": cs.ID, "r": 1, "c": "太慢"})
		require.Equal(t, "OPEN", cs.FollowUp)

		seen, _ := caseQuery(t, e, admin, cs.ID)
		require.Equal(t, []string{"RESOLVE_FOLLOW_UP"}, seen.AllowedActions)
		for _, who := range []string{staff, ngo} {
			seen, _ = caseQuery(t, e, who, cs.ID)
			require.NotContains(t, seen.AllowedActions, "RESOLVE_FOLLOW_UP")
		}
		cs = mustAct(t, e, admin, mResolve, map[string]any{"id": cs.ID, "n": "已回访"})
		require.Empty(t, cs.AllowedActions)
		_, errs := act(t, e, admin, mResolve, map[string]any{"id": cs.ID, "n": "再次"})
		require.Equal(t, []string{"CONFLICT"}, errs.Codes())
	})
}
