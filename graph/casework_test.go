package graph_test

import (
	"context"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/caseevent"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// monday is 2026-03-09, a Monday with no holiday near it.
var monday = time.Date(2026, 3, 9, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))

func atTime(e *testenv.Env, t time.Time) { e.App.Casework.Now = func() time.Time { return t } }

// TestCaseFromSubmissionToRating walks one case through every step: the one
// deficiency notice, supplement, parallel consultation, decision, delivery,
// a low rating and its follow-up.
func TestCaseFromSubmissionToRating(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		letters := e.EnableLetters()
		atTime(e, monday)
		item := newServiceItem(t, e, "INCUBATION_ADMISSION", true)
		cs := submittedCase(t, e, item)
		require.Equal(t, "SUBMITTED", cs.State)
		require.NotNil(t, cs.Number)
		require.Regexp(t, regexp.MustCompile(`^DQ-2026-0000\d\d$`), *cs.Number)

		staff, ngo := e.Login("staff"), e.Login("ngo")
		cs = mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
		require.Equal(t, "PRE_REVIEW", cs.State)

		// The budget (non-core) is missing: accept with the one notice.
		lacking := map[string]string{"certificate": "PRESENT", "articles": "PRESENT", "budget": "MISSING"}
		cs = mustAct(t, e, staff, mDeficient, map[string]any{"id": cs.ID, "f": findings(lacking)})
		require.Equal(t, "ACCEPTED_WITH_DEFICIENCIES", cs.State)
		require.NotNil(t, cs.Notice)
		require.Len(t, cs.Notice.Items, 1)
		require.Equal(t, "budget", cs.Notice.Items[0].Key)
		require.Contains(t, cs.Notice.Deadline, "2026-03-16", "5 working days after Monday 9 March")
		require.NotEmpty(t, cs.Notice.Consequence)
		require.True(t, cs.Clock.Paused, "the clock waits for the applicant")

		// A second notice is refused: the rule of the reform.
		_, errs := act(t, e, staff, mDeficient, map[string]any{"id": cs.ID, "f": findings(lacking)})
		require.Equal(t, []string{"CONFLICT"}, errs.Codes())

		// Three working days later the applicant supplements; the handler confirms.
		atTime(e, monday.AddDate(0, 0, 3))
		data := pdf(t, 200)
		in := newDocInput(e.Fixture.OrgA, "budget-v2.pdf", "application/pdf", data)
		in["category"] = "BUDGET"
		doc := upload(t, e, ngo, in, data)
		cs = mustAct(t, e, ngo, mAttach, map[string]any{"id": cs.ID, "k": "budget", "d": []string{doc.ID}})
		require.Equal(t, "SUPPLEMENTED", cs.Checklist[2].Status)
		cs = mustAct(t, e, staff, mConfirm, map[string]any{"id": cs.ID, "f": findings(allPresent)})
		require.Equal(t, "IN_REVIEW", cs.State)
		require.False(t, cs.Clock.Paused)
		require.NotNil(t, cs.Clock.DueOn)
		// 5 promised working days from Monday 9 March, plus the 3 it waited.
		require.Contains(t, *cs.Clock.DueOn, "2026-03-19")

		// Parallel consultation with two units.
		units := []map[string]any{
			{"unit": "县教育局", "assigneeID": testenv.ID(e.Fixture.Users["expert"]), "dueDays": 3},
			{"unit": "县委社会工作部", "assigneeID": testenv.ID(e.Fixture.Users["party"]), "dueDays": 2},
		}
		cs = mustAct(t, e, staff, mConsult, map[string]any{"id": cs.ID, "u": units})
		require.Equal(t, "CONSULTING", cs.State)
		_, errs = act(t, e, staff, mDecide, map[string]any{"id": cs.ID, "a": true, "r": "符合条件"})
		require.Equal(t, []string{"CONFLICT"}, errs.Codes(), "no decision before every unit answered")

		for i, who := range []string{"expert", "party"} {
			token := e.Login(who)
			var inbox struct {
				Consultations struct {
					Edges []struct{ Node struct{ ID, Unit string } }
				}
			}
			e.MustDo(token, `{ consultations(first:10, where:{answer:PENDING}){ edges { node { id unit } } } }`, nil, &inbox)
			require.Len(t, inbox.Consultations.Edges, 1, "%s sees only what was sent to them", who)
			var ans struct{ AnswerConsultation struct{ Answer string } }
			e.MustDo(token, mAnswer, map[string]any{"id": inbox.Consultations.Edges[0].Node.ID, "a": true}, &ans)
			require.Equal(t, "AGREE", ans.AnswerConsultation.Answer)
			cs, _ = caseQuery(t, e, staff, cs.ID)
			if i == 0 {
				require.Equal(t, "CONSULTING", cs.State, "one unit has not answered yet")
			}
		}
		require.Equal(t, "IN_REVIEW", cs.State, "the last answer moves the case on")

		// Decided by the window officer (the item is delegated), then delivered.
		atTime(e, monday.AddDate(0, 0, 7))
		cs = mustAct(t, e, staff, mDecide, map[string]any{"id": cs.ID, "a": true, "r": "材料齐全，符合入壳条件"})
		require.Equal(t, "DECIDED", cs.State)
		require.Equal(t, "APPROVED", *cs.Decision)
		requireDecisionLetter(t, e, ngo, cs, letters.VerifyURL(mustID(t, cs.ID)))
		// Tue 10 to Thu 12 waited for the supplement; Fri 13 and Mon 16 ran.
		require.Equal(t, 2, cs.Clock.WorkingDaysUsed)
		_, errs = act(t, e, staff, mDeliver, map[string]any{"id": cs.ID, "m": "COURIER"})
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes(), "a courier needs a tracking number")
		cs = mustAct(t, e, staff, mDeliver, map[string]any{"id": cs.ID, "m": "COURIER", "t": "SF1234567890"})
		require.Equal(t, "DELIVERED", cs.State)

		cs = mustAct(t, e, ngo, mRate, map[string]any{"id": cs.ID, "r": 2, "c": "等待时间长"})
		require.Equal(t, "CLOSED", cs.State)
		require.Equal(t, "OPEN", cs.FollowUp)
		_, errs = act(t, e, staff, mResolve, map[string]any{"id": cs.ID, "n": "已电话回访"})
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), "the follow-up is the supervisor's")
		cs = mustAct(t, e, e.Login("admin"), mResolve, map[string]any{"id": cs.ID, "n": "已电话回访并改进"})
		require.Equal(t, "RESOLVED", cs.FollowUp)

		submit := cs.Timeline[3]
		require.Equal(t, "SUBMIT", submit.Action)
		require.Equal(t, e.App.Client.User.GetX(system(), e.Fixture.Users["ngo"]).DisplayName, submit.ActorName,
			"the timeline names people, not accounts")
		require.Equal(t, []string{
			"SUPPLEMENT", "SUPPLEMENT", "SUPPLEMENT", "SUBMIT", "START_PRE_REVIEW", "ACCEPT_WITH_DEFICIENCIES",
			"SUPPLEMENT", "CONFIRM_SUPPLEMENT", "CONSULT", "CONSULTATION_ANSWERED", "CONSULTATION_ANSWERED",
			"CONSULTATIONS_DONE", "DECIDE", "DELIVER", "RATE", "FOLLOW_UP_OPENED", "RESOLVE_FOLLOW_UP",
		}, actions(cs))
	})
}

// TestIllegalStepsAreRefused: every step from a state it does not start
// from is CONFLICT, and from the wrong person FORBIDDEN.
func TestIllegalStepsAreRefused(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	atTime(e, monday)
	item := newServiceItem(t, e, "VENTURE_GRANT", false)
	cs := submittedCase(t, e, item)
	staff, ngo, admin := e.Login("staff"), e.Login("ngo"), e.Login("admin")
	id := map[string]any{"id": cs.ID}
	withF := map[string]any{"id": cs.ID, "f": findings(allPresent)}

	for name, c := range map[string]struct {
		token, mutation string
		vars            map[string]any
	}{
		"submit twice":             {ngo, mSubmit, id},
		"accept before pre-review": {staff, mAccept, withF},
		"review before acceptance": {staff, mReview, id},
		"decide before acceptance": {admin, mDecide, map[string]any{"id": cs.ID, "a": true, "r": "x"}},
		"deliver before decision":  {staff, mDeliver, map[string]any{"id": cs.ID, "m": "ONLINE"}},
		"rate before delivery":     {ngo, mRate, map[string]any{"id": cs.ID, "r": 5}},
		"confirm without a notice": {staff, mConfirm, withF},
	} {
		_, errs := act(t, e, c.token, c.mutation, c.vars)
		require.Equal(t, []string{"CONFLICT"}, errs.Codes(), name)
		require.Equal(t, "ILLEGAL_TRANSITION", errs[0].Extensions["reason"], name)
	}
	_, errs := act(t, e, ngo, mPreReview, id)
	require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), "applicants do not review their own case")

	mustAct(t, e, staff, mPreReview, id)
	_, errs = act(t, e, staff, mAccept, map[string]any{"id": cs.ID, "f": findings(map[string]string{"certificate": "PRESENT", "articles": "MISSING", "budget": "PRESENT"})})
	require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes(), "accepting with a material missing")
	_, errs = act(t, e, staff, mDeficient, map[string]any{"id": cs.ID, "f": findings(map[string]string{"certificate": "PRESENT", "articles": "MISSING", "budget": "PRESENT"})})
	require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes(), "a core material cannot be supplied later")
	mustAct(t, e, staff, mAccept, withF)
	mustAct(t, e, staff, mReview, id)
	_, errs = act(t, e, staff, mDecide, map[string]any{"id": cs.ID, "a": true, "r": "x"})
	require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), "the item is not delegated to the window")
	require.Equal(t, "NOT_DELEGATED", errs[0].Extensions["reason"])
	_, errs = act(t, e, e.Login("ngo2"), mWithdraw, id)
	require.Equal(t, []string{"NOT_FOUND"}, errs.Codes(), "another organisation cannot even see the case")
	cs = mustAct(t, e, ngo, mWithdraw, id)
	require.Equal(t, "WITHDRAWN", cs.State)
	_, errs = act(t, e, admin, mDecide, map[string]any{"id": cs.ID, "a": true, "r": "x"})
	require.Equal(t, []string{"CONFLICT"}, errs.Codes(), "nothing after withdrawal")
}

// TestCaseReturnedWithEveryReason: a core material missing returns the case
// with all reasons at once; the applicant fixes it and submits again.
func TestCaseReturnedWithEveryReason(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	atTime(e, monday)
	cs := submittedCase(t, e, newServiceItem(t, e, "AWARD", true))
	staff, ngo := e.Login("staff"), e.Login("ngo")
	mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
	bad := map[string]string{"certificate": "FLAWED", "articles": "MISSING", "budget": "MISSING"}
	cs = mustAct(t, e, staff, mReturn, map[string]any{"id": cs.ID, "f": findings(bad), "r": "核心材料不全"})
	require.Equal(t, "RETURNED", cs.State)
	last := cs.Timeline[len(cs.Timeline)-1]
	require.Equal(t, "RETURN", last.Action)
	cs = mustAct(t, e, ngo, mSubmit, map[string]any{"id": cs.ID})
	require.Equal(t, "SUBMITTED", cs.State)
}

// TestConcurrentAcceptance: two handlers accept the same case at once; one
// wins, the other gets CONFLICT.
func TestConcurrentAcceptance(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atTime(e, monday)
		item := newServiceItem(t, e, "INCUBATION_ADMISSION", true)
		for round := range 3 {
			cs := submittedCase(t, e, item)
			staff, admin := e.Login("staff"), e.Login("admin")
			mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
			var wg sync.WaitGroup
			results := make([][]string, 2)
			for i, token := range []string{staff, admin} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, errs := act(t, e, token, mAccept, map[string]any{"id": cs.ID, "f": findings(allPresent)})
					results[i] = errs.Codes()
				}()
			}
			wg.Wait()
			require.ElementsMatch(t, [][]string{{}, {"CONFLICT"}}, results, "round %d", round)
			n := e.App.Client.CaseEvent.Query().Where(caseevent.Action("ACCEPT")).CountX(system())
			require.Equal(t, round+1, n, "one acceptance per case")
		}
	})
}

// TestNoticeDeadlineAppliedOnce: a passed supplement deadline returns the
// case exactly once, even with the job running twice at the same time.
func TestNoticeDeadlineAppliedOnce(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atTime(e, monday)
		cs := submittedCase(t, e, newServiceItem(t, e, "INCUBATION_ADMISSION", true))
		staff := e.Login("staff")
		mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
		mustAct(t, e, staff, mDeficient, map[string]any{"id": cs.ID,
			"f": findings(map[string]string{"certificate": "PRESENT", "articles": "PRESENT", "budget": "FLAWED"})})

		// On the deadline (Monday 16 March) nothing happens yet.
		atTime(e, monday.AddDate(0, 0, 7))
		rep, err := e.App.Casework.RunJobs(context.Background(), e.App.Client)
		require.NoError(t, err)
		require.Zero(t, rep.Expired)

		atTime(e, monday.AddDate(0, 0, 8))
		var wg sync.WaitGroup
		expired := make([]int, 2)
		for i := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				rep, err := e.App.Casework.RunJobs(context.Background(), e.App.Client)
				require.NoError(t, err)
				expired[i] = rep.Expired
			}()
		}
		wg.Wait()
		require.Equal(t, 1, expired[0]+expired[1])
		cs, _ = caseQuery(t, e, staff, cs.ID)
		require.Equal(t, "RETURNED", cs.State)
		require.Equal(t, 1, e.App.Client.CaseEvent.Query().Where(caseevent.Action("DEADLINE_PASSED")).CountX(system()))
		rep, err = e.App.Casework.RunJobs(context.Background(), e.App.Client)
		require.NoError(t, err)
		require.Zero(t, rep.Expired, "a third run finds nothing")
	})
}

// TestCaseVisibility: an applicant sees only their organisation's cases; a
// consulted unit sees only the cases sent to it.
func TestCaseVisibility(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	atTime(e, monday)
	item := newServiceItem(t, e, "INCUBATION_ADMISSION", true)
	a := submittedCase(t, e, item)
	submittedCase(t, e, item)
	staff := e.Login("staff")
	for _, m := range []string{mPreReview} {
		mustAct(t, e, staff, m, map[string]any{"id": a.ID})
	}
	mustAct(t, e, staff, mAccept, map[string]any{"id": a.ID, "f": findings(allPresent)})
	mustAct(t, e, staff, mConsult, map[string]any{"id": a.ID, "u": []map[string]any{
		{"unit": "县教育局", "assigneeID": testenv.ID(e.Fixture.Users["expert"]), "dueDays": 3}}})

	count := func(user string) int {
		var out struct{ Cases struct{ TotalCount int } }
		e.MustDo(e.Login(user), `{ cases(first:50){ totalCount } }`, nil, &out)
		return out.Cases.TotalCount
	}
	require.Equal(t, 2, count("staff"))
	require.Equal(t, 2, count("ngo"))
	require.Equal(t, 0, count("ngo2"))
	require.Equal(t, 1, count("expert"), "the consulted unit sees the one case sent to it")
	require.Equal(t, 0, count("finance"))
	require.Equal(t, 0, count("anji"), "another county sees none")
}

// TestDueSoonReminderAndCalendarEdits: the job reminds once a day of a case
// due the next working day, and a holiday an admin adds moves due dates.
func TestDueSoonReminderAndCalendarEdits(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	atTime(e, monday)
	cs := submittedCase(t, e, newServiceItem(t, e, "INCUBATION_ADMISSION", true))
	staff := e.Login("staff")
	mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
	cs = mustAct(t, e, staff, mAccept, map[string]any{"id": cs.ID, "f": findings(allPresent)})
	require.Contains(t, *cs.Clock.DueOn, "2026-03-16", "5 working days after Monday 9 March")

	// Only a platform admin edits the national calendar.
	setDay := `mutation($d:Time!){ setCalendarDay(date:$d, workday:false, name:"测试假日"){ date workday } }`
	errs := e.Do(e.Login("admin"), setDay, map[string]any{"d": "2026-03-12T00:00:00Z"}, nil)
	require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), "a county admin does not edit the national calendar")
	e.MustDo(e.Login("root"), setDay, map[string]any{"d": "2026-03-12T00:00:00Z"}, nil)
	cs, _ = caseQuery(t, e, staff, cs.ID)
	require.Contains(t, *cs.Clock.DueOn, "2026-03-17", "the new holiday on Thursday moves the due date a working day")

	ctx := context.Background()
	atTime(e, time.Date(2026, 3, 13, 9, 0, 0, 0, time.UTC)) // Friday: due Tuesday, not soon
	rep, err := e.App.Casework.RunJobs(ctx, e.App.Client)
	require.NoError(t, err)
	require.Zero(t, rep.Reminded)
	var queue struct{ Node struct{ DueOn string } }
	e.MustDo(staff, `query($id:ID!){ node(id:$id){ ... on Case { dueOn } } }`, map[string]any{"id": cs.ID}, &queue)
	require.Contains(t, queue.Node.DueOn, "2026-03-17", "the job moved the queue's due date with the calendar")
	atTime(e, time.Date(2026, 3, 16, 1, 0, 0, 0, time.UTC)) // Monday 16: due the next working day
	rep, err = e.App.Casework.RunJobs(ctx, e.App.Client)
	require.NoError(t, err)
	require.Equal(t, 1, rep.Reminded)
	cs, _ = caseQuery(t, e, staff, cs.ID)
	reminder := cs.Timeline[len(cs.Timeline)-1]
	require.Equal(t, "DUE_SOON_REMINDER", reminder.Action)
	require.Equal(t, "2026-03-17", *reminder.Reason, "the reminder records the due date, for the web app to format in the reader's language")
	rep, err = e.App.Casework.RunJobs(ctx, e.App.Client)
	require.NoError(t, err)
	require.Zero(t, rep.Reminded, "one reminder a day")
}

// TestCatalogueEditsApplyToNewCasesOnly: a submitted case keeps the
// materials it was submitted with; a draft takes the new list at submission.
func TestCatalogueEditsApplyToNewCasesOnly(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	atTime(e, monday)
	item := newServiceItem(t, e, "INCUBATION_ADMISSION", true)
	submitted := submittedCase(t, e, item)
	ngo := e.Login("ngo")
	draft := mustAct(t, e, ngo, mOpen, map[string]any{"in": map[string]any{
		"serviceItemID": item, "organizationID": testenv.ID(e.Fixture.OrgA), "title": "第二份申请"}})

	e.MustDo(e.Login("admin"), `mutation($id:ID!,$m:[MaterialInput!]!){ setServiceItemMaterials(id:$id, materials:$m){ id } }`,
		map[string]any{"id": item, "m": []map[string]any{
			{"key": "certificate", "name": "登记证书", "core": true, "category": "REGISTRATION_CERTIFICATE"},
			{"key": "plan", "name": "年度计划", "core": true, "category": "PROPOSAL"},
		}}, nil)

	cs, _ := caseQuery(t, e, ngo, submitted.ID)
	require.Len(t, cs.Checklist, 3, "the submitted case keeps its list")
	cs = mustAct(t, e, ngo, mSubmit, map[string]any{"id": draft.ID})
	keys := []string{}
	for _, ch := range cs.Checklist {
		keys = append(keys, ch.Material.Key)
	}
	require.Equal(t, []string{"certificate", "plan"}, keys, "the draft takes the list as it is at submission")

	// Documents offered must be the applicant organisation's own.
	other := mustAct(t, e, ngo, mOpen, map[string]any{"in": map[string]any{
		"serviceItemID": item, "organizationID": testenv.ID(e.Fixture.OrgA), "title": "第三份申请"}})
	data := pdf(t, 100)
	foreign := upload(t, e, e.Login("staff"), newDocInput(e.Fixture.OrgB, "b.pdf", "application/pdf", data), data)
	_, errs := act(t, e, ngo, mAttach, map[string]any{"id": other.ID, "k": "certificate", "d": []string{foreign.ID}})
	require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
	// And a case is opened only for one's own organisation.
	_, errs = act(t, e, ngo, mOpen, map[string]any{"in": map[string]any{
		"serviceItemID": item, "organizationID": testenv.ID(e.Fixture.OrgB), "title": "冒名申请"}})
	require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())
}
