package graph_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/award"
	"hatchery/ent/fundbudget"
	"hatchery/ent/grantcall"
	"hatchery/ent/ledgerentry"
	"hatchery/ent/organization"
	"hatchery/ent/panelmember"
	"hatchery/ent/proposal"
	"hatchery/ent/roleassignment"
	"hatchery/ent/servicecase"
	"hatchery/internal/grant/grantdata"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/viewer"
)

// TestGrantMoneyInputs: Money is a decimal string of yuan with at most two
// decimals; anything else is BAD_USER_INPUT and changes nothing.
func TestGrantMoneyInputs(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	admin := e.Login("admin")
	var f struct{ CreateFund struct{ ID string } }
	e.MustDo(admin, `mutation{ createFund(input:{name:"财政预算", kind: FISCAL_BUDGET}){ id } }`, nil, &f)
	for _, bad := range []any{12.5, 100, "1e5", "12.345", "-5.00", "", " ", "12,000.00", "999999999999999.00", "NaN", "0x10"} {
		errs := e.Do(admin, mAllocate, map[string]any{"f": f.CreateFund.ID, "y": 2026, "a": bad}, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes(), "%#v", bad)
	}
	var out struct {
		AllocateFund struct{ Allocated, Available string }
	}
	for _, good := range []string{"0.01", "12345.6", "100"} {
		e.MustDo(admin, mAllocate, map[string]any{"f": f.CreateFund.ID, "y": 2026, "a": good}, &out)
	}
	require.Equal(t, "12445.61", out.AllocateFund.Allocated, "0.01 + 12345.60 + 100.00, exactly")
	n := e.App.Client.LedgerEntry.Query().CountX(system())
	require.Equal(t, 3, n, "one entry per allocation, none for the refused ones")
}

// TestGrantFromCallToAnnouncement walks a call through the API: eligibility,
// a proposal with every problem listed at once, review with a conflict
// declared, blind scores, the ranked list, an award within the budget (and
// a batch refused whole), the announcement on the public page and the
// awards made final.
func TestGrantFromCallToAnnouncement(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newGrantWorld(t, e, "100000.00", "10000.00", "60000.00")
		orgA, ngoA := w.newOrg(t, 1)
		orgB, ngoB := w.newOrg(t, 2)

		// Eligible: nothing in the way.
		var el struct {
			GrantEligibility struct {
				Eligible bool
				Problems []struct{ Code string }
			}
		}
		e.MustDo(ngoA, `query($c:ID!,$o:ID!){ grantEligibility(callID:$c, organizationID:$o){ eligible problems{ code } } }`,
			map[string]any{"c": w.call, "o": testenv.ID(orgA)}, &el)
		require.True(t, el.GrantEligibility.Eligible, "%+v", el)
		// Another organisation's member cannot ask for A.
		errs := e.Do(ngoB, `query($c:ID!,$o:ID!){ grantEligibility(callID:$c, organizationID:$o){ eligible } }`,
			map[string]any{"c": w.call, "o": testenv.ID(orgA)}, nil)
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())

		// A bad form: every problem at once, each naming its field.
		var p struct{ StartProposal struct{ ID, CaseID string } }
		e.MustDo(ngoA, `mutation($c:ID!,$o:ID!){ startProposal(callID:$c, organizationID:$o, title:"银龄助餐"){ id caseID } }`,
			map[string]any{"c": w.call, "o": testenv.ID(orgA)}, &p)
		bad := form("70000.00", "30000.00", "30000.00")
		bad["category"] = "体育"
		bad["noDoubleFunding"] = false
		bad["answers"] = map[string]any{"volunteers": "很多"}
		e.MustDo(ngoA, mSaveApp, map[string]any{"id": p.StartProposal.CaseID, "a": bad}, nil)
		_, errs = act(t, e, ngoA, mSubmit, map[string]any{"id": p.StartProposal.CaseID})
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		var fields []string
		for _, pr := range errs[0].Extensions["problems"].([]any) {
			fields = append(fields, pr.(map[string]any)["field"].(string))
		}
		require.ElementsMatch(t, []string{"category", "requested", "budgetLines", "noDoubleFunding", "answers.volunteers"}, fields)
		// A second proposal of the same organisation is refused before any form.
		errs = e.Do(ngoA, `mutation($c:ID!,$o:ID!){ startProposal(callID:$c, organizationID:$o, title:"又一个"){ id } }`,
			map[string]any{"c": w.call, "o": testenv.ID(orgA)}, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "NOT_ELIGIBLE", errs[0].Extensions["reason"])

		e.MustDo(ngoA, mSaveApp, map[string]any{"id": p.StartProposal.CaseID, "a": form("50000.00", "30000.00", "20000.00")}, nil)
		mustAct(t, e, ngoA, mSubmit, map[string]any{"id": p.StartProposal.CaseID})
		mustAct(t, e, w.staff, mPreReview, map[string]any{"id": p.StartProposal.CaseID})
		mustAct(t, e, w.staff, mAccept, map[string]any{"id": p.StartProposal.CaseID, "f": []any{}})
		propA := p.StartProposal.ID
		propB, _ := w.submitted(t, orgB, ngoB, form("40000.00", "20000.00", "20000.00"))

		// The panel: the demo expert, two more, and one who is a member of A.
		expert2 := w.user(t, "grant-expert-2", roleassignment.RoleEXPERT)
		expert3 := w.user(t, "grant-expert-3", roleassignment.RoleEXPERT)
		insider := w.user(t, "grant-insider", roleassignment.RoleEXPERT)
		e.App.Client.Membership.Create().SetDomainID(e.Fixture.Deqing).SetUserID(insider).SetOrganizationID(orgA).ExecX(system())
		experts := []string{testenv.ID(e.Fixture.Users["expert"]), testenv.ID(expert2), testenv.ID(expert3), testenv.ID(insider)}
		e.MustDo(w.staff, `mutation($c:ID!,$u:[ID!]!){ setPanelReviewers(callID:$c, userIDs:$u){ id } }`,
			map[string]any{"c": w.call, "u": experts}, nil)
		var made struct{ AutoAssignReviewers int }
		e.MustDo(w.staff, `mutation($c:ID!){ autoAssignReviewers(callID:$c) }`, map[string]any{"c": w.call}, &made)
		require.Equal(t, 4, made.AutoAssignReviewers, "2 proposals × 2 reviewers")
		holders := func() map[string][]int {
			var as struct {
				CallAssignments []struct {
					ExpertID string
					Proposal struct{ ID string }
				}
			}
			e.MustDo(w.staff, `query($c:ID!){ callAssignments(callID:$c){ expertID proposal{ id } } }`, map[string]any{"c": w.call}, &as)
			out := map[string][]int{}
			for _, a := range as.CallAssignments {
				out[a.Proposal.ID] = append(out[a.Proposal.ID], mustAtoi(t, a.ExpertID))
			}
			return out
		}
		require.NotContains(t, holders()[propA], insider, "a member of the applicant never reviews it")
		errs = e.Do(w.staff, `mutation($p:ID!,$u:ID!){ assignReviewer(proposalID:$p, userID:$u){ id } }`,
			map[string]any{"p": propA, "u": testenv.ID(insider)}, nil)
		require.Equal(t, []string{"CONFLICT"}, errs.Codes(), "not even by hand")

		// Whoever holds A reads it (and its materials); the insider does not.
		readA := `query($id:ID!){ node(id:$id){ ... on Proposal { id title organizationName budgetLines{ amount } materials{ key } } } }`
		tokens := map[int]string{e.Fixture.Users["expert"]: e.Login("expert"), expert2: e.Login("grant-expert-2"),
			expert3: e.Login("grant-expert-3"), insider: e.Login("grant-insider")}
		for _, x := range holders()[propA] {
			var r struct{ Node struct{ ID, Title string } }
			e.MustDo(tokens[x], readA, map[string]any{"id": propA}, &r)
			require.Equal(t, "银龄助餐", r.Node.Title)
		}
		var hidden struct{ Node *struct{ ID string } }
		errs = e.Do(tokens[insider], readA, map[string]any{"id": propA}, &hidden)
		require.Nil(t, hidden.Node, "the insider cannot read A: %v", errs)

		// One holder of A declares a conflict: the assignment goes, someone else gets it.
		first := holders()[propA][0]
		var ok struct{ DeclareConflict bool }
		e.MustDo(tokens[first], `mutation($p:ID!){ declareConflict(proposalID:$p, reason:"曾为该组织提供有偿咨询") }`, map[string]any{"p": propA}, &ok)
		now := holders()[propA]
		require.Len(t, now, 2, "A still has two reviewers")
		require.NotContains(t, now, first)
		require.NotContains(t, now, insider)
		e.Do(tokens[first], readA, map[string]any{"id": propA}, &hidden)
		require.Nil(t, hidden.Node, "a declared conflict cannot read the proposal")

		// Scores: every reviewer hands in; until the panel closes others do not see them.
		type assignment struct {
			ID       string
			Proposal *struct{ ID string }
			Scores   []struct{ Score int }
			Total    *string
		}
		mine := func(tok string) []assignment {
			var q struct {
				MyReviewAssignments struct{ Edges []struct{ Node assignment } }
			}
			e.MustDo(tok, `{ myReviewAssignments(first: 20){ edges{ node{ id proposal{ id } scores{ score } total } } } }`, nil, &q)
			var out []assignment
			for _, ed := range q.MyReviewAssignments.Edges {
				out = append(out, ed.Node)
			}
			return out
		}
		score := map[string]int{propA: 9, propB: 6}
		for x, tok := range tokens {
			for _, a := range mine(tok) {
				s := score[a.Proposal.ID]
				e.MustDo(tok, `mutation($a:ID!,$s:[ReviewScoreInput!]!){ scoreReview(assignmentID:$a, scores:$s, submit:true){ id total } }`,
					map[string]any{"a": a.ID, "s": []map[string]any{{"key": "need", "score": s}, {"key": "design", "score": s}, {"key": "budget", "score": s / 2}}}, nil)
				_ = x
			}
		}
		// The panel's members: staff see all four with their loads; an
		// expert, who reads the panel for its rubric (once reviews are in),
		// sees only their own line, not who else reviews nor their accounts.
		type reviewer struct {
			Load int
			User struct{ ID, Phone string }
		}
		reviewersAs := func(tok string) []reviewer {
			var r struct {
				CallReviewPanel struct{ Reviewers []reviewer }
			}
			e.MustDo(tok, `query($c:ID!){ callReviewPanel(callID:$c){ reviewers{ load user{ id phone } } } }`, map[string]any{"c": w.call}, &r)
			return r.CallReviewPanel.Reviewers
		}
		all := reviewersAs(w.staff)
		require.Len(t, all, 4)
		for _, x := range []int{expert2, insider} {
			own := reviewersAs(tokens[x])
			require.Len(t, own, 1, "an expert sees their own line only")
			require.Equal(t, testenv.ID(x), own[0].User.ID)
			require.Equal(t, len(holdersOf(holders(), x)), own[0].Load)
			require.Contains(t, all, own[0], "their line is the one staff see")
			// The rule is the members' own privacy, not the resolver's: any
			// read of the panel's members as the expert finds one seat.
			vctx := e.App.Context(viewer.NewContext(context.Background(), &viewer.Viewer{UserID: x, DomainID: e.Fixture.Deqing}))
			seats, err := e.App.Client.PanelMember.Query().All(vctx)
			require.NoError(t, err)
			require.Len(t, seats, 1)
			require.Equal(t, x, seats[0].ExpertID)
		}
		staffSeats, err := e.App.Client.PanelMember.Query().
			Count(e.App.Context(viewer.NewContext(context.Background(), &viewer.Viewer{UserID: e.Fixture.Users["staff"], DomainID: e.Fixture.Deqing})))
		require.NoError(t, err)
		require.Equal(t, e.App.Client.PanelMember.Query().Where(panelmember.DomainID(e.Fixture.Deqing)).CountX(system()), staffSeats, "staff see every seat of the county")
		require.GreaterOrEqual(t, staffSeats, 4)

		// The applicant sees no score; an expert sees only their own.
		var asNGO struct{ CallAssignments []struct{ ID string } }
		errs = e.Do(ngoA, `query($c:ID!){ callAssignments(callID:$c){ id } }`, map[string]any{"c": w.call}, &asNGO)
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())
		// Through the proposal (the board's page): all of them to staff,
		// an expert's own to the expert; the applicant still reads the
		// proposal, but not who reviews it.
		const aOnA = `query($id:ID!){ node(id:$id){ ... on Proposal { id reviewAssignments{ expertID } } } }`
		onA := func(tok string) []string {
			var r struct {
				Node struct{ ReviewAssignments []struct{ ExpertID string } }
			}
			e.MustDo(tok, aOnA, map[string]any{"id": propA}, &r)
			out := []string{}
			for _, a := range r.Node.ReviewAssignments {
				out = append(out, a.ExpertID)
			}
			return out
		}
		var heldA []string
		for _, x := range holders()[propA] {
			heldA = append(heldA, testenv.ID(x))
			require.Equal(t, []string{testenv.ID(x)}, onA(tokens[x]), "an expert sees their own assignment only")
		}
		require.ElementsMatch(t, heldA, onA(w.staff))
		var byNGO struct {
			Node struct {
				ID                string
				ReviewAssignments []struct{ ExpertID string }
			}
		}
		errs = e.Do(ngoA, aOnA, map[string]any{"id": propA}, &byNGO)
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), "the applicant may not see who reviews")
		require.Equal(t, propA, byNGO.Node.ID, "but still reads the proposal")
		require.Nil(t, byNGO.Node.ReviewAssignments)
		for _, a := range mine(e.Login("expert")) {
			require.NotEmpty(t, a.Scores, "an expert sees their own scores")
		}

		var ranked struct {
			RankedProposals []struct {
				Rank         int
				Proposal     struct{ ID string }
				Mean, Spread *string
				ReviewsDone  int
			}
		}
		e.MustDo(w.staff, `query($c:ID!){ rankedProposals(callID:$c){ rank proposal{ id } mean spread reviewsDone } }`, map[string]any{"c": w.call}, &ranked)
		require.Len(t, ranked.RankedProposals, 2)
		require.Equal(t, propA, ranked.RankedProposals[0].Proposal.ID, "9/10 ranks above 6/10")
		require.Equal(t, "87.0", *ranked.RankedProposals[0].Mean, "40×9/10 + 30×9/10 + 30×4/5 = 36 + 27 + 24")
		require.Equal(t, "0.0", *ranked.RankedProposals[0].Spread)
		require.Equal(t, 2, ranked.RankedProposals[0].ReviewsDone)

		// A batch over the budget is refused whole, with the shortfall named.
		errs = e.Do(w.staff, mDecideProposals, map[string]any{"c": w.call, "d": []map[string]any{
			{"proposalID": propA, "amount": "60000.00"}, {"proposalID": propB, "amount": "40000.00"}}}, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes(), "60000 is more than A requested")
		errs = e.Do(w.staff, mDecideProposals, map[string]any{"c": w.call, "d": []map[string]any{
			{"proposalID": propA, "amount": "50000.00"}, {"proposalID": propB, "amount": "40000.00"}}}, nil)
		require.Empty(t, errs)
		var res struct {
			GrantCall struct{ Committed, Available string }
		}
		e.MustDo(w.staff, `query($c:ID!){ grantCall: node(id:$c){ ... on GrantCall { committed available } } }`, map[string]any{"c": w.call}, &res)
		require.Equal(t, "90000.00", res.GrantCall.Committed)
		require.Equal(t, "10000.00", res.GrantCall.Available)
		requireLedgerBalances(t, e)

		// The announcement: the public page (no login) lists the provisional awards.
		e.MustDo(w.staff, `mutation($c:ID!){ announceAwards(callID:$c){ id } }`, map[string]any{"c": w.call}, nil)
		var pub struct {
			PublicGrantCalls []struct {
				Title  string
				Awards []struct {
					OrganizationName, Amount, Status string
				}
			}
		}
		e.MustDo("", `{ publicGrantCalls { title awards { organizationName amount status } } }`, nil, &pub)
		require.Len(t, pub.PublicGrantCalls, 1)
		require.Len(t, pub.PublicGrantCalls[0].Awards, 2)
		require.Equal(t, "50000.00", pub.PublicGrantCalls[0].Awards[0].Amount)
		require.Equal(t, "PROVISIONAL", pub.PublicGrantCalls[0].Awards[0].Status)

		// After the announcement the job makes them final, once.
		w.now = w.now.AddDate(0, 0, 14)
		n, err := e.App.Grants.FinalizeAnnouncements(t.Context(), e.App.Client)
		require.NoError(t, err)
		require.Equal(t, 2, n)
		n, err = e.App.Grants.FinalizeAnnouncements(t.Context(), e.App.Client)
		require.NoError(t, err)
		require.Zero(t, n)
		require.Equal(t, 2, e.App.Client.Award.Query().Where(award.StatusEQ(award.StatusFINAL)).CountX(system()))
	})
}

// requireLedgerBalances recomputes every fund budget's balances and every
// call's commitment from the ledger.
func requireLedgerBalances(t *testing.T, e *testenv.Env) {
	t.Helper()
	ctx, c := system(), e.App.Client
	for _, b := range c.FundBudget.Query().AllX(ctx) {
		sums := map[ledgerentry.Kind]int64{}
		for _, en := range c.LedgerEntry.Query().Where(ledgerentry.FundBudgetID(b.ID)).AllX(ctx) {
			sums[en.Kind] += en.Amount
		}
		require.Equal(t, sums[ledgerentry.KindALLOCATION], b.Allocated, "allocated")
		require.Equal(t, sums[ledgerentry.KindCOMMITMENT]-sums[ledgerentry.KindRELEASE], b.Committed, "committed")
		require.Equal(t, sums[ledgerentry.KindDISBURSEMENT]-sums[ledgerentry.KindRETURN], b.Disbursed, "disbursed")
	}
	for _, call := range c.GrantCall.Query().AllX(ctx) {
		var live int64
		for _, a := range c.Award.Query().Where(award.CallID(call.ID), award.StatusNEQ(award.StatusCANCELLED)).AllX(ctx) {
			live += a.Amount
		}
		require.Equal(t, live, call.Committed, "the call's commitment is its live awards")
		require.LessOrEqual(t, call.Committed, call.Budget)
	}
}

// TestGrantConcurrentAwards: 200 awards of 5,000 yuan at once against a
// 250,000 budget, each its own request (on SQLite 16 at a time): exactly 50 are made, the rest are
// refused with CONFLICT and leave no trace (no award, no ledger entry,
// the case still accepted), and the ledger explains every fen.
func TestGrantConcurrentAwards(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		// The default 30-second request limit stays: a pool deadlock (a
		// transaction waiting for a second connection while the others wait
		// on its row lock, as the calendar read once did) then shows here as
		// TIMEOUT within the limit, with its reason, not as a hung test.
		e := testenv.New(t, d)
		w := newGrantWorld(t, e, "250000.00", "1000.00", "10000.00")
		const n = 200
		ps := w.bulkProposals(t, n, 500000)
		codes := make([]testenv.Errors, n)
		// PostgreSQL takes all 200 at once. SQLite, the embedded default, has
		// one writer at a time: past a few dozen writers waiting (busy_timeout)
		// the rest would be told to try again (UNAVAILABLE), which is not what
		// this test is about, so there 16 are in flight at any moment.
		inFlight := n
		if d.Name == "sqlite" {
			inFlight = 16
		}
		slots := make(chan struct{}, inFlight)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				slots <- struct{}{}
				defer func() { <-slots }()
				errs := e.Do(w.staff, mDecideProposals, map[string]any{"c": w.call, "d": []map[string]any{
					{"proposalID": testenv.ID(ps[i].ID), "amount": "5000.00", "conditions": "按季度报告"}}}, nil)
				codes[i] = errs
			})
		}
		wg.Wait()
		made, refused := 0, 0
		for i, errs := range codes {
			switch {
			case len(errs) == 0:
				made++
			case errs[0].Code() == "CONFLICT":
				refused++
			default:
				t.Fatalf("award %d: %v %v", i, errs.Codes(), errs[0].Extensions["reason"])
			}
		}
		t.Logf("%s: %d awards made, %d refused", d.Name, made, refused)
		require.Equal(t, 50, made)
		require.Equal(t, 150, refused)
		ctx, c := system(), e.App.Client
		call := c.GrantCall.Query().Where(grantcall.ID(w.callID)).OnlyX(ctx)
		require.Equal(t, int64(25_000_000), call.Committed)
		require.Equal(t, 50, c.Award.Query().CountX(ctx))
		require.Equal(t, 50, c.LedgerEntry.Query().Where(ledgerentry.KindEQ(ledgerentry.KindCOMMITMENT)).CountX(ctx))
		require.Equal(t, 50, c.Proposal.Query().Where(proposal.StatusEQ(proposal.StatusAWARDED)).CountX(ctx))
		require.Equal(t, 150, c.Proposal.Query().Where(proposal.StatusEQ(proposal.StatusSUBMITTED)).CountX(ctx))
		require.Equal(t, 150, c.ServiceCase.Query().Where(servicecase.StateEQ(servicecase.StateACCEPTED)).CountX(ctx),
			"a refused award leaves its case as it was")
		b := c.FundBudget.Query().Where(fundbudget.Year(2026)).OnlyX(ctx)
		require.Equal(t, int64(25_000_000), b.Committed)
		requireLedgerBalances(t, e)
	})
}

// TestGrantEligibilityRules: each rule on its own, every reason listed.
func TestGrantEligibilityRules(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	w := newGrantWorld(t, e, "100000.00", "10000.00", "60000.00")
	codes := func(org int, tok string) []string {
		var el struct {
			GrantEligibility struct {
				Eligible bool
				Problems []struct{ Code, Message string }
			}
		}
		e.MustDo(tok, `query($c:ID!,$o:ID!){ grantEligibility(callID:$c, organizationID:$o){ eligible problems{ code message } } }`,
			map[string]any{"c": w.call, "o": testenv.ID(org)}, &el)
		var out []string
		for _, p := range el.GrantEligibility.Problems {
			require.NotEmpty(t, p.Message)
			out = append(out, p.Code)
		}
		require.Equal(t, len(out) == 0, el.GrantEligibility.Eligible)
		return out
	}
	ctx, c := system(), e.App.Client
	org, tok := w.newOrg(t, 1)
	require.Empty(t, codes(org, tok))
	setStatus := func(s organization.Status) {
		o := c.Organization.GetX(ctx, org)
		o.Update().SetStatus(s).SetVersion(o.Version).ExecX(ctx)
	}

	setStatus("ABNORMAL")
	require.Equal(t, []string{"ABNORMAL_LIST"}, codes(org, tok))
	setStatus("DEREGISTERED")
	require.Equal(t, []string{"ORG_NOT_ACTIVE"}, codes(org, tok))
	setStatus("ACTIVE")

	// The call's own rules: kinds and months since registration.
	e.MustDo(w.staff, `mutation($c:ID!){ updateGrantCall(id:$c, input:{eligibility:{orgKinds:[FOUNDATION], minMonthsRegistered: 36}}){ id } }`,
		map[string]any{"c": w.call}, nil)
	require.ElementsMatch(t, []string{"ORG_KIND", "TOO_NEW"}, codes(org, tok), "registered 2024-01, 29 months before")
	e.MustDo(w.staff, `mutation($c:ID!){ updateGrantCall(id:$c, input:{eligibility:{orgKinds:[], minMonthsRegistered: 0}}){ id } }`,
		map[string]any{"c": w.call}, nil)

	// Grade C in last year's final evaluation.
	old := c.GrantCall.Create().SetDomainID(e.Fixture.Deqing).SetYear(2025).SetTitle("2025年度").SetCategories([]string{"x"}).
		SetMinAmount(1).SetMaxAmount(2).SetOpensAt(w.now.AddDate(-1, 0, 0)).SetClosesAt(w.now.AddDate(-1, 1, 0)).
		SetServiceItemID(mustAtoi(t, w.item)).SetEligibility(grantdata.Eligibility{}).SetRubric([]grantdata.Criterion{}).
		SetQuestions([]grantdata.Question{}).SaveX(ctx)
	cs := c.ServiceCase.Create().SetDomainID(e.Fixture.Deqing).SetServiceItemID(mustAtoi(t, w.item)).SetOrganizationID(org).
		SetApplicantID(e.Fixture.Users["staff"]).SetTitle("旧项目").SetItemName("旧").SetStatutoryDays(1).SetPromisedDays(1).
		SetSupplementDays(1).SetDelegated(true).SaveX(ctx)
	p := c.Proposal.Create().SetDomainID(e.Fixture.Deqing).SetCallID(old.ID).SetCaseID(cs.ID).SetOrganizationID(org).SaveX(ctx)
	a := c.Award.Create().SetDomainID(e.Fixture.Deqing).SetProposalID(p.ID).SetCallID(old.ID).SetOrganizationID(org).
		SetCaseID(cs.ID).SetAmount(100).SaveX(ctx)
	require.Empty(t, codes(org, tok), "a graded award of last year that is not C does not count")
	a.Update().SetFinalGrade(award.FinalGradeC).ExecX(ctx)
	require.Equal(t, []string{"GRADE_C_LAST_YEAR"}, codes(org, tok))
	a.Update().SetFinalGrade(award.FinalGradeB).ExecX(ctx)

	// One proposal per organisation per call.
	var first struct{ StartProposal struct{ CaseID string } }
	e.MustDo(tok, `mutation($c:ID!,$o:ID!){ startProposal(callID:$c, organizationID:$o, title:"第一个"){ caseID } }`,
		map[string]any{"c": w.call, "o": testenv.ID(org)}, &first)
	require.Equal(t, []string{"ALREADY_APPLIED"}, codes(org, tok))
	// Submitted, then withdrawn, it no longer counts: the organisation may
	// start again (a draft still counts: it is theirs to finish).
	e.MustDo(tok, mSaveApp, map[string]any{"id": first.StartProposal.CaseID, "a": form("50000.00", "30000.00", "20000.00")}, nil)
	mustAct(t, e, tok, mSubmit, map[string]any{"id": first.StartProposal.CaseID})
	require.Equal(t, []string{"ALREADY_APPLIED"}, codes(org, tok))
	mustAct(t, e, tok, mWithdraw, map[string]any{"id": first.StartProposal.CaseID})
	require.Empty(t, codes(org, tok))
	e.MustDo(tok, `mutation($c:ID!,$o:ID!){ startProposal(callID:$c, organizationID:$o, title:"重新申报"){ id } }`,
		map[string]any{"c": w.call, "o": testenv.ID(org)}, nil)
	require.Equal(t, []string{"ALREADY_APPLIED"}, codes(org, tok))

	// Another county's organisation: one the county's staff may not read
	// is not found (its status, kind and age are not theirs to learn); the
	// platform admin, who reads every county, is told it is another's.
	anji := e.Fixture.AnjiOrg
	errs := e.Do(w.staff, `query($c:ID!,$o:ID!){ grantEligibility(callID:$c, organizationID:$o){ eligible } }`,
		map[string]any{"c": w.call, "o": testenv.ID(anji)}, nil)
	require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())
	require.Equal(t, []string{"OTHER_COUNTY"}, codes(anji, e.Login("root")))
	// A closed call.
	w.now = time.Date(2026, 7, 2, 9, 0, 0, 0, time.UTC)
	got := codes(org, tok)
	require.Contains(t, got, "CALL_NOT_OPEN")
	require.Equal(t, fmt.Sprint([]string{"CALL_NOT_OPEN", "ALREADY_APPLIED"}), fmt.Sprint(got))
}

// holdersOf is the proposals expert x holds, from a proposal → experts map.
func holdersOf(m map[string][]int, x int) []string {
	var out []string
	for p, xs := range m {
		if slices.Contains(xs, x) {
			out = append(out, p)
		}
	}
	return out
}
