package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/ent/roleassignment"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// blindPanel: one submitted proposal of a fresh organisation (with an NGO
// member), a panel of the demo expert and two more, the proposal
// auto-assigned to two of them. It returns the proposal, the applicant's
// token and every expert's token by user id.
func blindPanel(t *testing.T, e *testenv.Env, w *grantWorld) (string, string, map[int]string) {
	t.Helper()
	org, ngo := w.newOrg(t, 1)
	prop, _ := w.submitted(t, org, ngo, form("50000.00", "30000.00", "20000.00"))
	x2 := w.user(t, "blind-expert-2", roleassignment.RoleEXPERT)
	x3 := w.user(t, "blind-expert-3", roleassignment.RoleEXPERT)
	tokens := map[int]string{e.Fixture.Users["expert"]: e.Login("expert"), x2: e.Login("blind-expert-2"), x3: e.Login("blind-expert-3")}
	e.MustDo(w.staff, `mutation($c:ID!,$u:[ID!]!){ setPanelReviewers(callID:$c, userIDs:$u){ id } }`,
		map[string]any{"c": w.call, "u": []string{testenv.ID(e.Fixture.Users["expert"]), testenv.ID(x2), testenv.ID(x3)}}, nil)
	var made struct{ AutoAssignReviewers int }
	e.MustDo(w.staff, `mutation($c:ID!){ autoAssignReviewers(callID:$c) }`, map[string]any{"c": w.call}, &made)
	require.Equal(t, 2, made.AutoAssignReviewers)
	return prop, ngo, tokens
}

// blindHolders are the experts holding a live assignment of the call (staff's view).
func blindHolders(t *testing.T, e *testenv.Env, w *grantWorld) []int {
	t.Helper()
	var as struct{ CallAssignments []struct{ ExpertID string } }
	e.MustDo(w.staff, `query($c:ID!){ callAssignments(callID:$c){ expertID } }`, map[string]any{"c": w.call}, &as)
	var out []int
	for _, a := range as.CallAssignments {
		out = append(out, mustAtoi(t, a.ExpertID))
	}
	return out
}

// blindScore hands in score s (of 10) on every criterion of tok's one assignment.
func blindScore(t *testing.T, e *testenv.Env, tok string, s int) string {
	t.Helper()
	var q struct {
		MyReviewAssignments struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	e.MustDo(tok, `{ myReviewAssignments(first: 20){ edges{ node{ id } } } }`, nil, &q)
	require.Len(t, q.MyReviewAssignments.Edges, 1)
	var out struct{ ScoreReview struct{ Total string } }
	e.MustDo(tok, `mutation($a:ID!,$s:[ReviewScoreInput!]!){ scoreReview(assignmentID:$a, scores:$s, submit:true){ total } }`,
		map[string]any{"a": q.MyReviewAssignments.Edges[0].Node.ID, "s": []map[string]any{
			{"key": "need", "score": s}, {"key": "design", "score": s}, {"key": "budget", "score": s / 2}}}, &out)
	return out.ScoreReview.Total
}

// TestReviewFiguresStayBlindUntilThePanelCloses: the ranking's and the
// call statistics' review figures (reviews done, mean, spread) are staff's
// while the panel is open — with two reviewers a mean and a spread give
// each one's total. The applicant and finance saw them (read as the
// system); an NGO member with no proposal in the call saw the whole call's
// progress and score distribution. Once the panel closes the applicant
// reads its own proposal's figures, and still nothing of anyone else's.
func TestReviewFiguresStayBlindUntilThePanelCloses(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newGrantWorld(t, e, "100000.00", "10000.00", "60000.00")
		prop, ngo, tokens := blindPanel(t, e, w)
		holders := blindHolders(t, e, w)
		require.Len(t, holders, 2)
		require.Equal(t, "87.0", blindScore(t, e, tokens[holders[0]], 9))
		require.Equal(t, "47.0", blindScore(t, e, tokens[holders[1]], 5))

		type ranked struct {
			Proposal     struct{ ID string }
			Mean, Spread *string
			ReviewsDone  int
		}
		ranking := func(tok string) ranked {
			var r struct{ RankedProposals []ranked }
			e.MustDo(tok, `query($c:ID!){ rankedProposals(callID:$c){ proposal{ id } mean spread reviewsDone } }`, map[string]any{"c": w.call}, &r)
			require.Len(t, r.RankedProposals, 1)
			require.Equal(t, prop, r.RankedProposals[0].Proposal.ID)
			return r.RankedProposals[0]
		}
		type stats struct {
			Proposals, ReviewsDone, ReviewsAssigned int
			ScoreDistribution                       []struct{ From, Count int }
		}
		statistics := func(tok string) stats {
			var r struct{ CallStatistics stats }
			e.MustDo(tok, `query($c:ID!){ callStatistics(callID:$c){ proposals reviewsDone reviewsAssigned scoreDistribution{ from count } } }`,
				map[string]any{"c": w.call}, &r)
			return r.CallStatistics
		}
		mean, spread := "67.0", "20.0"
		require.Equal(t, ranked{Proposal: struct{ ID string }{prop}, Mean: &mean, Spread: &spread, ReviewsDone: 2}, ranking(w.staff), "staff see the figures")
		require.Equal(t, 2, statistics(w.staff).ReviewsDone)

		blind := ranked{Proposal: struct{ ID string }{prop}}
		finance := e.Login("finance")
		for who, tok := range map[string]string{"applicant": ngo, "finance": finance} {
			require.Equal(t, blind, ranking(tok), "%s: no figure while the panel is open", who)
			st := statistics(tok)
			require.Zero(t, st.ReviewsDone, who)
			require.Zero(t, st.ReviewsAssigned, who)
			for _, b := range st.ScoreDistribution {
				require.Zero(t, b.Count, "%s: bucket %d", who, b.From)
			}
		}

		e.MustDo(w.staff, `mutation($c:ID!){ closeReviewPanel(callID:$c){ id } }`, map[string]any{"c": w.call}, nil)
		require.Equal(t, ranked{Proposal: struct{ ID string }{prop}, Mean: &mean, Spread: &spread, ReviewsDone: 2}, ranking(ngo),
			"closed: the applicant reads its proposal's figures")
		// ngo2 reads no proposal of the call, so none of its reviews either.
		st := statistics(e.Login("ngo2"))
		require.Zero(t, st.Proposals)
		require.Zero(t, st.ReviewsDone)
		require.Equal(t, 1, statistics(ngo).ScoreDistribution[6].Count, "the applicant's own mean, 60-70")
	})
}

// TestPanelWorkIsStaffsBeforeAnythingIsRead: an expert assigned to a
// proposal tried assignReviewer with other accounts and learned from the
// error who co-reviews it (ALREADY_ASSIGNED), who else sits on the panel
// (FORBIDDEN only at the final write) and who does not (BAD_USER_INPUT);
// setPanelReviewers told which accounts are active experts. Both now answer
// FORBIDDEN before reading anything, whoever is named.
func TestPanelWorkIsStaffsBeforeAnythingIsRead(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	w := newGrantWorld(t, e, "100000.00", "10000.00", "60000.00")
	prop, _, tokens := blindPanel(t, e, w)
	holders := blindHolders(t, e, w)
	require.Len(t, holders, 2)
	me, coReviewer := holders[0], holders[1]
	var bystander int
	for id := range tokens {
		if id != me && id != coReviewer {
			bystander = id
		}
	}
	for _, u := range []int{coReviewer, bystander, e.Fixture.Users["party"], me} {
		errs := e.Do(tokens[me], `mutation($p:ID!,$u:ID!){ assignReviewer(proposalID:$p, userID:$u){ id } }`,
			map[string]any{"p": prop, "u": testenv.ID(u)}, nil)
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), "user %d", u)
		require.Nil(t, errs[0].Extensions["reason"])
	}
	for _, u := range []int{bystander, e.Fixture.Users["party"]} {
		errs := e.Do(tokens[me], `mutation($c:ID!,$u:[ID!]!){ setPanelReviewers(callID:$c, userIDs:$u){ id } }`,
			map[string]any{"c": w.call, "u": []string{testenv.ID(u)}}, nil)
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), "user %d", u)
	}
	var made struct{ AutoAssignReviewers int }
	require.Equal(t, []string{"FORBIDDEN"}, e.Do(tokens[me], `mutation($c:ID!){ autoAssignReviewers(callID:$c) }`, map[string]any{"c": w.call}, &made).Codes())
	require.ElementsMatch(t, holders, blindHolders(t, e, w), "nothing changed")
	// Staff still manage the panel: the bystander takes the proposal.
	e.MustDo(w.staff, `mutation($p:ID!,$u:ID!){ assignReviewer(proposalID:$p, userID:$u){ id } }`,
		map[string]any{"p": prop, "u": testenv.ID(bystander)}, nil)
	require.ElementsMatch(t, append(holders, bystander), blindHolders(t, e, w))
}

// TestCallMoneyAndAnnouncementAnswerOnlyStaff: setCallFunds read the fund
// budgets as the system before the right was checked, so an NGO member or
// an expert naming a budget read its allocation in the error; announceAwards
// told an NGO member whether awards had been decided (NOTHING_TO_ANNOUNCE
// before, FORBIDDEN after). Both are FORBIDDEN up front now.
func TestCallMoneyAndAnnouncementAnswerOnlyStaff(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	w := newGrantWorld(t, e, "100000.00", "10000.00", "60000.00")
	var f struct{ CreateFund struct{ ID string } }
	e.MustDo(w.admin, `mutation{ createFund(input:{name:"财政预算", kind: FISCAL_BUDGET}){ id } }`, nil, &f)
	var b struct{ AllocateFund struct{ ID string } }
	e.MustDo(w.admin, mAllocate, map[string]any{"f": f.CreateFund.ID, "y": 2026, "a": "321456.78"}, &b)
	ngo := e.Login("ngo")
	for _, tok := range []string{ngo, e.Login("expert")} {
		errs := e.Do(tok, `mutation($c:ID!,$l:[CallFundLineInput!]!){ setCallFunds(id:$c, lines:$l){ id } }`,
			map[string]any{"c": w.call, "l": []map[string]any{{"fundBudgetID": b.AllocateFund.ID, "amount": "99999999.00"}}}, nil)
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())
		require.NotContains(t, errs[0].Message, "321456.78")
	}
	announce := func() []string {
		return e.Do(ngo, `mutation($c:ID!){ announceAwards(callID:$c){ id } }`, map[string]any{"c": w.call}, nil).Codes()
	}
	require.Equal(t, []string{"FORBIDDEN"}, announce(), "before any decision")
	ps := w.bulkProposals(t, 1, 2000000)
	e.MustDo(w.staff, mDecideProposals, map[string]any{"c": w.call, "d": []map[string]any{
		{"proposalID": testenv.ID(ps[0].ID), "amount": "20000.00"}}}, nil)
	require.Equal(t, []string{"FORBIDDEN"}, announce(), "after one: the same answer")
	// Staff are still told there is nothing more to fund over the budget.
	errs := e.Do(w.staff, `mutation($c:ID!,$l:[CallFundLineInput!]!){ setCallFunds(id:$c, lines:$l){ id } }`,
		map[string]any{"c": w.call, "l": []map[string]any{{"fundBudgetID": b.AllocateFund.ID, "amount": "99999999.00"}}}, nil)
	require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
	require.Contains(t, errs[0].Message, "321456.78")
}

// TestEligibilityNamesOnlyOrganisationsTheViewerReads: grantEligibility
// read the organisation as the system, so Anji's bureau admin, naming a
// Deqing organisation, read its status, kind and age from the problems
// (and whether the id existed). Now it is NOT_FOUND, as for node.
func TestEligibilityNamesOnlyOrganisationsTheViewerReads(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	anji := e.Login("anji")
	var item struct{ CreateServiceItem struct{ ID string } }
	e.MustDo(anji, `mutation($in:CreateServiceItemInput!){ createServiceItem(input:$in){ id } }`, map[string]any{"in": map[string]any{
		"code": "GRANT_AJ", "name": "安吉公益创投", "statutoryDays": 20, "promisedDays": 15,
		"delegated": true, "programme": "venture_grant"}}, &item)
	var call struct{ CreateGrantCall struct{ ID string } }
	e.MustDo(anji, `mutation($in:CreateGrantCallInput!){ createGrantCall(input:$in){ id } }`, map[string]any{"in": map[string]any{
		"year": 2026, "title": "安吉创投", "categories": []string{"社区服务"}, "minAmount": "1000.00", "maxAmount": "5000.00",
		"opensAt": "2026-06-01T00:00:00Z", "closesAt": "2026-06-30T00:00:00Z", "serviceItemID": item.CreateServiceItem.ID,
		"rubric": rubric(), "eligibility": map[string]any{"orgKinds": []string{"FOUNDATION"}, "minMonthsRegistered": 240}}}, &call)
	o := e.App.Client.Organization.GetX(system(), e.Fixture.OrgA)
	o.Update().SetStatus("ABNORMAL").SetVersion(o.Version).ExecX(system())

	q := `query($c:ID!,$o:ID!){ grantEligibility(callID:$c, organizationID:$o){ eligible problems{ code } } }`
	for _, org := range []string{testenv.ID(e.Fixture.OrgA), "999999999"} {
		var out struct {
			GrantEligibility *struct{ Problems []struct{ Code string } }
		}
		errs := e.Do(anji, q, map[string]any{"c": call.CreateGrantCall.ID, "o": org}, &out)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes(), "organisation %s", org)
		require.Nil(t, out.GrantEligibility)
	}
	// Anji's own organisation is checked as before.
	var own struct {
		GrantEligibility struct {
			Eligible bool
			Problems []struct{ Code string }
		}
	}
	e.MustDo(anji, q, map[string]any{"c": call.CreateGrantCall.ID, "o": testenv.ID(e.Fixture.AnjiOrg)}, &own)
	require.False(t, own.GrantEligibility.Eligible)
	require.NotEmpty(t, own.GrantEligibility.Problems)
}
