package graph_test

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/notification"
	"hatchery/ent/officerassignment"
	"hatchery/ent/partycoverage"
	"hatchery/ent/partyorganization"
	"hatchery/ent/roleassignment"
	"hatchery/ent/user"
	"hatchery/ent/volunteerpointentry"
	"hatchery/internal/apperr"
	"hatchery/internal/password"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestPartyBranchNeedsThreeMembers: a standalone or joint branch is set up
// (and kept) only with at least three full party members — BAD_USER_INPUT
// BRANCH_NEEDS_THREE_MEMBERS on fullMembers, nothing written — while the
// comprehensive committee needs none; only the committee sets them up.
func TestPartyBranchNeedsThreeMembers(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		orgA := e.Fixture.OrgA
		in := func(kind string, full int, org *int) map[string]any {
			m := map[string]any{"kind": kind, "name": kind + "党支部", "fullMembers": full, "probationaryMembers": 2, "foundedOn": day(2025, 7, 1)}
			if org != nil {
				m["organizationID"] = testenv.ID(*org)
			}
			return m
		}
		count := func() int { return e.App.Client.PartyOrganization.Query().CountX(system()) }

		for _, kind := range []string{"STANDALONE", "JOINT"} {
			for _, full := range []int{0, 2} {
				errs := e.Do(w.party, mCreatePartyOrg, map[string]any{"in": in(kind, full, &orgA)}, nil)
				requirePartyErr(t, errs, "BAD_USER_INPUT", "BRANCH_NEEDS_THREE_MEMBERS", kind, full)
				require.Equal(t, "fullMembers", errs[0].Extensions["field"])
				require.Len(t, errs[0].Extensions["problems"], 1)
			}
		}
		// With another problem besides, the reason still names the rule.
		bad := in("STANDALONE", 2, &orgA)
		bad["name"] = " "
		errs := e.Do(w.party, mCreatePartyOrg, map[string]any{"in": bad}, nil)
		requirePartyErr(t, errs, "BAD_USER_INPUT", "BRANCH_NEEDS_THREE_MEMBERS")
		require.Len(t, errs[0].Extensions["problems"], 2)
		require.Zero(t, count(), "nothing refused is written")

		var made struct {
			CreatePartyOrganization struct {
				ID, Kind    string
				FullMembers int
			}
		}
		e.MustDo(w.party, mCreatePartyOrg, map[string]any{"in": in("STANDALONE", 3, &orgA)}, &made)
		standalone := made.CreatePartyOrganization.ID
		require.Equal(t, 3, made.CreatePartyOrganization.FullMembers)
		e.MustDo(w.party, mCreatePartyOrg, map[string]any{"in": in("JOINT", 3, nil)}, &made)
		joint := made.CreatePartyOrganization.ID
		e.MustDo(w.party, mCreatePartyOrg, map[string]any{"in": in("COMMITTEE", 0, nil)}, &made)
		require.Equal(t, "COMMITTEE", made.CreatePartyOrganization.Kind, "the committee needs no members of its own")
		require.Equal(t, 3, count())

		// Keeping a branch: updating below three is refused the same way.
		for id, kind := range map[string]string{standalone: "STANDALONE", joint: "JOINT"} {
			var org *int
			if kind == "STANDALONE" {
				org = &orgA
			}
			errs := e.Do(w.party, mUpdatePartyOrg, map[string]any{"id": id, "in": in(kind, 2, org)}, nil)
			requirePartyErr(t, errs, "BAD_USER_INPUT", "BRANCH_NEEDS_THREE_MEMBERS", kind)
			var up struct{ UpdatePartyOrganization struct{ FullMembers int } }
			e.MustDo(w.party, mUpdatePartyOrg, map[string]any{"id": id, "in": in(kind, 4, org)}, &up)
			require.Equal(t, 4, up.UpdatePartyOrganization.FullMembers)
		}
		require.Equal(t, 4, e.App.Client.PartyOrganization.Query().Where(partyorganization.KindEQ(partyorganization.KindJOINT)).OnlyX(system()).FullMembers,
			"the refused update left the branch as the accepted one made it")
		// A branch's kind stays what it was set up as.
		errs = e.Do(w.party, mUpdatePartyOrg, map[string]any{"id": joint, "in": in("COMMITTEE", 4, nil)}, nil)
		requirePartyErr(t, errs, "BAD_USER_INPUT", "KIND_FIXED")

		// A standalone branch belongs to an organisation.
		errs = e.Do(w.party, mCreatePartyOrg, map[string]any{"in": in("STANDALONE", 5, nil)}, nil)
		requireBadField(t, errs, "organizationID")

		// Only the committee sets up party organisations.
		for _, who := range []string{"admin", "staff", "guide", "ngo"} {
			errs := e.Do(e.Login(who), mCreatePartyOrg, map[string]any{"in": in("JOINT", 5, nil)}, nil)
			requirePartyErr(t, errs, "FORBIDDEN", "", who)
		}
		require.Equal(t, 3, count())
	})
}

// TestPartyOfficerLoadUnderConcurrency: with the county's maximum load at
// 5, twenty assignments of one officer at once (each its own request; on
// SQLite 16 in flight, as the grant test keeps its writers) make exactly 5;
// the other 15 are CONFLICT OFFICER_FULL with the maximum in
// extensions.maxLoad, and leave no assignment, no coverage, no load behind.
func TestPartyOfficerLoadUnderConcurrency(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		var st struct{ UpdatePartySettings struct{ MaxOfficerLoad int } }
		e.MustDo(w.party, mPartySettings, map[string]any{"in": map[string]any{"maxOfficerLoad": 5}}, &st)
		require.Equal(t, 5, st.UpdatePartySettings.MaxOfficerLoad)
		const n = 20
		orgs := make([]int, n)
		for i := range orgs {
			orgs[i] = w.org(t, "武康街道")
		}
		inFlight := n
		if d.Name == "sqlite" {
			inFlight = 16
		}
		slots := make(chan struct{}, inFlight)
		errs := make([]testenv.Errors, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				slots <- struct{}{}
				defer func() { <-slots }()
				errs[i] = e.Do(w.party, mAssign, map[string]any{"o": testenv.ID(orgs[i]), "g": w.guide, "s": day(2026, 11, 2)}, nil)
			})
		}
		wg.Wait()
		made := 0
		for i, es := range errs {
			if len(es) == 0 {
				made++
				continue
			}
			requirePartyErr(t, es, "CONFLICT", "OFFICER_FULL", "assignment %d", i)
			require.EqualValues(t, 5, es[0].Extensions["maxLoad"])
			require.Equal(t, "officerID", es[0].Extensions["field"])
		}
		t.Logf("%s: %d of %d assignments made", d.Name, made, n)
		require.Equal(t, 5, made)

		o := w.officerAs(t, w.guide)
		require.Equal(t, 5, o.CurrentLoad)
		require.Equal(t, 5, o.MaxLoad)
		var live struct{ OfficerAssignments []struct{ ID string } }
		e.MustDo(w.party, `query($g:ID!){ officerAssignments(officerID:$g){ id } }`, map[string]any{"g": w.guide}, &live)
		require.Len(t, live.OfficerAssignments, 5)
		ctx, c := system(), e.App.Client
		require.Equal(t, 5, c.OfficerAssignment.Query().Where(officerassignment.EndOnIsNil()).CountX(ctx))
		require.Equal(t, 5, c.PartyCoverage.Query().Where(partycoverage.FormEQ(partycoverage.FormDISPATCH)).CountX(ctx),
			"a refused assignment leaves the organisation's coverage as it was")
		total, _ := w.rows(t, w.party, map[string]any{"officerID": w.guide})
		require.Equal(t, 5, total)

		// A sixth, now, is refused too; raising the maximum lets it through.
		spare := w.org(t, "武康街道")
		requirePartyErr(t, e.Do(w.party, mAssign, map[string]any{"o": testenv.ID(spare), "g": w.guide}, nil), "CONFLICT", "OFFICER_FULL")
		e.MustDo(w.party, mPartySettings, map[string]any{"in": map[string]any{"maxOfficerLoad": 6}}, nil)
		w.assign(t, spare, w.guide, day(2026, 11, 2))
		require.Equal(t, 6, w.officerAs(t, w.guide).CurrentLoad)
	})
}

// TestPartyHandoverKeepsHistoryContinuous: an assignment handed over twice
// and then ended leaves periods where each ends the day the next begins,
// each naming its predecessor, the loads moving with it; ending it makes
// the organisation UNCOVERED from that day. Dates ahead of today, before
// the assignment began, to the same officer, of an ended assignment, are
// refused with their reasons.
func TestPartyHandoverKeepsHistoryContinuous(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		b, _ := w.officer(t, "guide-b", "钱志刚")
		c, _ := w.officer(t, "guide-c", "赵丽华")
		org := w.org(t, "新市镇")
		id := testenv.ID(org)

		// An assignment cannot start tomorrow.
		requirePartyErr(t, e.Do(w.party, mAssign, map[string]any{"o": id, "g": w.guide, "s": day(2026, 11, 21)}, nil), "BAD_USER_INPUT", "FUTURE_DATE")
		a1 := w.assign(t, org, w.guide, day(2026, 1, 10))
		require.Equal(t, "2026-01-10", a1.StartOn[:10])
		// One officer at a time: a second assignment is a handover.
		requirePartyErr(t, e.Do(w.party, mAssign, map[string]any{"o": id, "g": b, "s": day(2026, 2, 1)}, nil), "CONFLICT", "ALREADY_ASSIGNED")

		handOver := func(a, to, on string) (assignmentView, testenv.Errors) {
			var out struct{ HandOverAssignment assignmentView }
			errs := e.Do(w.party, mHandOver, map[string]any{"a": a, "to": to, "on": on, "r": "工作调整"}, &out)
			return out.HandOverAssignment, errs
		}
		_, errs := handOver(a1.ID, b, day(2026, 11, 21))
		requirePartyErr(t, errs, "BAD_USER_INPUT", "FUTURE_DATE")
		_, errs = handOver(a1.ID, b, day(2026, 1, 9))
		requirePartyErr(t, errs, "BAD_USER_INPUT", "BEFORE_START")
		_, errs = handOver(a1.ID, w.guide, day(2026, 4, 1))
		requirePartyErr(t, errs, "BAD_USER_INPUT", "SAME_OFFICER")
		errs = e.Do(w.party, mHandOver, map[string]any{"a": a1.ID, "to": b, "on": day(2026, 4, 1), "r": " "}, nil)
		requirePartyErr(t, errs, "BAD_USER_INPUT", "REASON_REQUIRED")

		a2, errs := handOver(a1.ID, b, day(2026, 4, 1))
		require.Empty(t, errs)
		require.Equal(t, b, a2.OfficerID)
		require.Equal(t, "2026-04-01", a2.StartOn[:10])
		require.Equal(t, a1.ID, *a2.PredecessorID)
		require.Equal(t, []int{0, 1, 0}, []int{w.officerAs(t, w.guide).CurrentLoad, w.officerAs(t, b).CurrentLoad, w.officerAs(t, c).CurrentLoad})
		// The ended assignment is not handed over again.
		_, errs = handOver(a1.ID, c, day(2026, 5, 1))
		requirePartyErr(t, errs, "CONFLICT", "ASSIGNMENT_ENDED")

		a3, errs := handOver(a2.ID, c, day(2026, 9, 1))
		require.Empty(t, errs)
		require.Equal(t, a2.ID, *a3.PredecessorID)
		require.Equal(t, []int{0, 0, 1}, []int{w.officerAs(t, w.guide).CurrentLoad, w.officerAs(t, b).CurrentLoad, w.officerAs(t, c).CurrentLoad})

		h := w.history(t, w.party, org)
		require.Len(t, h, 3)
		require.Equal(t, []string{a3.ID, a2.ID, a1.ID}, []string{h[0].ID, h[1].ID, h[2].ID}, "latest first")
		require.Nil(t, h[0].EndOn)
		for i := 1; i < len(h); i++ {
			require.Equal(t, h[i-1].StartOn[:10], dateOf(h[i].EndOn), "period %d ends the day the next begins", i)
			require.Less(t, h[i].StartOn, *h[i].EndOn, "no empty period")
			require.Equal(t, "工作调整", h[i].EndReason)
			require.Equal(t, h[i].ID, *h[i-1].PredecessorID)
		}
		require.Equal(t, []string{"2026-09-01", "2026-04-01", "2026-01-10"}, []string{h[0].StartOn[:10], h[1].StartOn[:10], h[2].StartOn[:10]})
		// Handovers are not coverage changes: one DISPATCH period throughout.
		cov := w.coverage(t, w.party, org)
		require.Len(t, cov, 1)
		require.Equal(t, "DISPATCH", cov[0].Form)
		require.Equal(t, "2026-01-10", cov[0].StartOn[:10])

		// Ending: not before the assignment began, not tomorrow, not without a reason.
		requirePartyErr(t, e.Do(w.party, mEndAssignment, map[string]any{"a": a3.ID, "on": day(2026, 8, 31), "r": "撤回"}, nil), "BAD_USER_INPUT", "BEFORE_START")
		requirePartyErr(t, e.Do(w.party, mEndAssignment, map[string]any{"a": a3.ID, "on": day(2026, 11, 21), "r": "撤回"}, nil), "BAD_USER_INPUT", "FUTURE_DATE")
		requirePartyErr(t, e.Do(w.party, mEndAssignment, map[string]any{"a": a3.ID, "on": day(2026, 11, 1), "r": ""}, nil), "BAD_USER_INPUT", "REASON_REQUIRED")
		var ended struct{ EndAssignment assignmentView }
		e.MustDo(w.party, mEndAssignment, map[string]any{"a": a3.ID, "on": day(2026, 11, 1), "r": "该组织已注销党员"}, &ended)
		require.Equal(t, "2026-11-01", dateOf(ended.EndAssignment.EndOn))
		require.Equal(t, 0, w.officerAs(t, c).CurrentLoad)
		requirePartyErr(t, e.Do(w.party, mEndAssignment, map[string]any{"a": a3.ID, "r": "again"}, nil), "CONFLICT", "ASSIGNMENT_ENDED")

		cov = w.coverage(t, w.party, org)
		require.Len(t, cov, 2)
		require.Equal(t, "UNCOVERED", cov[0].Form)
		require.Equal(t, "2026-11-01", cov[0].StartOn[:10])
		require.Nil(t, cov[0].EndOn)
		require.Equal(t, "2026-11-01", dateOf(cov[1].EndOn), "the dispatch period ends the day the organisation becomes uncovered")
		total, rows := w.rows(t, w.party, map[string]any{"form": "UNCOVERED", "search": "党建测试社"})
		require.Equal(t, 1, total)
		require.Equal(t, "UNCOVERED", rows[0].Form)
		require.Equal(t, "2026-11-01", dateOf(rows[0].Since))
		require.Nil(t, rows[0].Assignment)
		var rec struct {
			Node struct {
				PartyStatus struct {
					Form      string
					Uncovered bool
					Officer   *struct{ ID string }
				}
			}
		}
		e.MustDo(w.party, `query($id:ID!){ node(id:$id){ ... on Organization { partyStatus { form uncovered officer { id } } } } }`, map[string]any{"id": id}, &rec)
		require.True(t, rec.Node.PartyStatus.Uncovered, "the registry's risk mark")
		require.Nil(t, rec.Node.PartyStatus.Officer)

		// A new assignment after the end continues the history (no predecessor: a fresh dispatch).
		a4 := w.assign(t, org, w.guide, day(2026, 11, 15))
		require.Nil(t, a4.PredecessorID)
		cov = w.coverage(t, w.party, org)
		require.Equal(t, []string{"DISPATCH", "UNCOVERED", "DISPATCH"}, []string{cov[0].Form, cov[1].Form, cov[2].Form})
		require.Equal(t, "2026-11-15", dateOf(cov[1].EndOn))
		// Handing over the day an assignment began corrects it in place: the
		// successor takes its start, nothing of a day is left.
		a5, errs := handOver(a4.ID, b, day(2026, 11, 15))
		require.Empty(t, errs)
		require.Equal(t, "2026-11-15", a5.StartOn[:10])
		require.Nil(t, a5.PredecessorID)
		h = w.history(t, w.party, org)
		require.Len(t, h, 4, "a4 was replaced, not ended")
		require.Equal(t, a5.ID, h[0].ID)
		require.Equal(t, []int{0, 1}, []int{w.officerAs(t, w.guide).CurrentLoad, w.officerAs(t, b).CurrentLoad})
		// So too a handover corrected the day it was made: the corrected one
		// goes, its successor names the one before it.
		a6, errs := handOver(a5.ID, c, day(2026, 11, 18))
		require.Empty(t, errs)
		a7, errs := handOver(a6.ID, w.guide, day(2026, 11, 18))
		require.Empty(t, errs)
		require.Equal(t, "2026-11-18", a7.StartOn[:10])
		require.Equal(t, a5.ID, *a7.PredecessorID)
		h = w.history(t, w.party, org)
		require.Len(t, h, 5)
		require.Equal(t, []string{a7.ID, a5.ID}, []string{h[0].ID, h[1].ID})
		require.Equal(t, "2026-11-18", dateOf(h[1].EndOn))
		require.Equal(t, []int{1, 0, 0}, []int{w.officerAs(t, w.guide).CurrentLoad, w.officerAs(t, b).CurrentLoad, w.officerAs(t, c).CurrentLoad})
	})
}

// TestPartyCoverageKeepsHistory: setCoverage moves an organisation through
// BUILD, JOIN, ATTACH and UNCOVERED with the branch kinds each needs;
// every period ends the day the next begins, with its reason; a change the
// same day replaces the period; the wrong branch, a change into the past of
// the current period or into the future, and no change at all are refused.
func TestPartyCoverageKeepsHistory(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		p, q, r := w.org(t, "乾元镇"), w.org(t, "乾元镇"), w.org(t, "乾元镇")
		own := w.branch(t, "STANDALONE", "P党支部", &p, 5)
		rOwn := w.branch(t, "STANDALONE", "R党支部", &r, 3)
		joint := w.branch(t, "JOINT", "乾元镇社会组织联合党支部", nil, 6)
		committee := w.branch(t, "COMMITTEE", "综合党委", nil, 9)
		set := func(org int, form string, branch any, on string, reason string) (coverageView, testenv.Errors) {
			var out struct{ SetCoverage coverageView }
			errs := e.Do(w.party, mSetCoverage, map[string]any{"o": testenv.ID(org), "f": form, "p": branch, "s": on, "r": reason}, &out)
			return out.SetCoverage, errs
		}

		// The wrong kinds of branch, each named on partyOrganizationID.
		for _, c := range []struct {
			org    int
			form   string
			branch any
		}{
			{q, "BUILD", own},        // another organisation's branch
			{p, "BUILD", joint},      // not a standalone branch
			{q, "JOIN", own},         // not a joint branch
			{p, "ATTACH", own},       // its own branch
			{q, "ATTACH", committee}, // the committee
			{q, "BUILD", nil},        // no branch
			{q, "UNCOVERED", joint},  // uncovered with a branch
		} {
			_, errs := set(c.org, c.form, c.branch, day(2026, 2, 1), "调整")
			requireBadField(t, errs, "partyOrganizationID", c)
		}
		_, errs := set(q, "DISPATCH", nil, day(2026, 2, 1), "调整")
		requireBadField(t, errs, "form")
		_, errs = set(q, "JOIN", joint, day(2026, 2, 1), " ")
		requireBadField(t, errs, "reason")
		_, errs = set(q, "JOIN", joint, day(2026, 11, 21), "加入联合党支部")
		requirePartyErr(t, errs, "BAD_USER_INPUT", "FUTURE_DATE")
		require.Zero(t, e.App.Client.PartyCoverage.Query().CountX(system()), "nothing refused is written")

		_, errs = set(p, "BUILD", own, day(2025, 12, 1), "单独组建党支部")
		require.Empty(t, errs)
		_, errs = set(q, "JOIN", joint, day(2026, 3, 1), "加入联合党支部")
		require.Empty(t, errs)
		_, errs = set(q, "JOIN", joint, day(2026, 5, 1), "再次加入")
		requirePartyErr(t, errs, "CONFLICT", "UNCHANGED")
		_, errs = set(q, "ATTACH", own, day(2026, 2, 28), "挂靠")
		requirePartyErr(t, errs, "BAD_USER_INPUT", "BEFORE_CURRENT")
		_, errs = set(q, "ATTACH", own, day(2026, 6, 1), "挂靠P党支部")
		require.Empty(t, errs)
		_, errs = set(q, "UNCOVERED", nil, day(2026, 8, 1), "党员外流")
		require.Empty(t, errs)

		h := w.coverage(t, w.party, q)
		require.Len(t, h, 3)
		require.Equal(t, []string{"UNCOVERED", "ATTACH", "JOIN"}, []string{h[0].Form, h[1].Form, h[2].Form})
		require.Equal(t, []string{"2026-08-01", "2026-06-01", "2026-03-01"}, []string{h[0].StartOn[:10], h[1].StartOn[:10], h[2].StartOn[:10]})
		require.Nil(t, h[0].EndOn)
		for i := 1; i < len(h); i++ {
			require.Equal(t, h[i-1].StartOn[:10], dateOf(h[i].EndOn), "period %d ends the day the next begins", i)
			require.Equal(t, h[i-1].Reason, h[i].EndReason, "and says why")
		}
		require.Equal(t, own, *h[1].PartyOrganizationID)
		require.Equal(t, joint, *h[2].PartyOrganizationID)
		require.Nil(t, h[0].PartyOrganizationID)

		// A second change the same day replaces the first.
		_, errs = set(q, "JOIN", joint, day(2026, 8, 1), "更正：加入联合党支部")
		require.Empty(t, errs)
		h = w.coverage(t, w.party, q)
		require.Len(t, h, 3, "the same-day period was replaced, not ended")
		require.Equal(t, "JOIN", h[0].Form)
		require.Equal(t, "2026-08-01", h[0].StartOn[:10])
		require.Equal(t, "2026-08-01", dateOf(h[1].EndOn))

		// The branches count what they cover now.
		var pos struct {
			PartyOrganizations struct {
				Edges []struct {
					Node struct {
						ID           string
						CoveredCount int
					}
				}
			}
		}
		e.MustDo(w.party, `{ partyOrganizations(first:20){ edges{ node{ id coveredCount } } } }`, nil, &pos)
		covered := map[string]int{}
		for _, ed := range pos.PartyOrganizations.Edges {
			covered[ed.Node.ID] = ed.Node.CoveredCount
		}
		require.Equal(t, map[string]int{own: 1, rOwn: 0, joint: 1, committee: 0}, covered)

		// Building its own branch ends the organisation's officer the same day.
		a := w.assign(t, r, w.guide, day(2026, 1, 5))
		require.Equal(t, 1, w.officerAs(t, w.guide).CurrentLoad)
		_, errs = set(r, "BUILD", rOwn, day(2026, 5, 1), "单独组建党支部")
		require.Empty(t, errs)
		hr := w.history(t, w.party, r)
		require.Len(t, hr, 1)
		require.Equal(t, a.ID, hr[0].ID)
		require.Equal(t, "2026-05-01", dateOf(hr[0].EndOn))
		require.Equal(t, 0, w.officerAs(t, w.guide).CurrentLoad)
		cr := w.coverage(t, w.party, r)
		require.Equal(t, []string{"BUILD", "DISPATCH"}, []string{cr[0].Form, cr[1].Form})
		require.Equal(t, "2026-05-01", dateOf(cr[1].EndOn))
		// An organisation with a branch of its own is not sent an officer.
		requirePartyErr(t, e.Do(w.party, mAssign, map[string]any{"o": testenv.ID(r), "g": w.guide}, nil), "BAD_USER_INPUT", "ALREADY_COVERED")
	})
}

// TestPartyOnlyCommitteeAssigns: every role but the committee is refused
// (FORBIDDEN) assigning, handing over, ending, changing coverage and
// settings, and keeping the roster; nothing changes.
func TestPartyOnlyCommitteeAssigns(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		b, _ := w.officer(t, "guide-b", "钱志刚")
		a := w.assign(t, e.Fixture.OrgA, w.guide, day(2026, 3, 1))
		orgB := testenv.ID(e.Fixture.OrgB)
		for _, who := range []string{"staff", "admin", "guide", "ngo", "expert", "finance", "purchaser"} {
			tok := e.Login(who)
			for name, c := range map[string]struct {
				q    string
				vars map[string]any
			}{
				"assign":   {mAssign, map[string]any{"o": orgB, "g": w.guide}},
				"handover": {mHandOver, map[string]any{"a": a.ID, "to": b, "r": "调整"}},
				"end":      {mEndAssignment, map[string]any{"a": a.ID, "r": "结束"}},
				"coverage": {mSetCoverage, map[string]any{"o": orgB, "f": "UNCOVERED", "r": "调整"}},
				"settings": {mPartySettings, map[string]any{"in": map[string]any{"maxOfficerLoad": 50}}},
				"roster":   {mCreateOfficer, map[string]any{"in": map[string]any{"userID": testenv.ID(e.Fixture.Users["staff"]), "name": "某人"}}},
			} {
				requirePartyErr(t, e.Do(tok, c.q, c.vars, nil), "FORBIDDEN", "", who, name)
			}
		}
		ctx, c := system(), e.App.Client
		require.Equal(t, 1, c.OfficerAssignment.Query().CountX(ctx))
		require.Equal(t, 1, c.OfficerAssignment.Query().Where(officerassignment.EndOnIsNil(), officerassignment.OfficerID(mustID(t, w.guide))).CountX(ctx))
		require.Equal(t, 1, c.PartyCoverage.Query().CountX(ctx))
		require.Equal(t, 2, c.GuidanceOfficer.Query().CountX(ctx))
		require.Equal(t, 10, w.officerAs(t, w.guide).MaxLoad, "the default maximum, unchanged")
		// The committee itself may.
		w.assign(t, e.Fixture.OrgB, b, day(2026, 3, 1))
	})
}

// TestPartyOfficerSeesOnlyTheirs: a guidance officer reads the
// organisations assigned to them now, and their coverage, visits and
// activities — through the lists and through node(id) — and nothing of
// another officer's; once they hand an organisation over, it goes.
func TestPartyOfficerSeesOnlyTheirs(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		s := newPartyScene(t, e)
		f := e.Fixture
		a, b := testenv.ID(f.OrgA), testenv.ID(f.OrgB)

		var lists struct {
			Organizations, PartyVisits, PartyActivities idEdges
		}
		const listQ = `{ organizations(first:100){ totalCount edges{ node{ id } } } partyVisits(first:100){ totalCount edges{ node{ id } } }
			partyActivities(first:100){ totalCount edges{ node{ id } } } }`
		e.MustDo(s.guideTok, listQ, nil, &lists)
		require.Equal(t, []string{a}, lists.Organizations.ids())
		require.Equal(t, 1, lists.Organizations.TotalCount)
		require.Equal(t, []string{s.visitA}, lists.PartyVisits.ids())
		require.Equal(t, []string{s.actA}, lists.PartyActivities.ids())
		total, rows := s.rows(t, s.guideTok, nil)
		require.Equal(t, 1, total)
		require.Equal(t, a, rows[0].Organization.ID)
		require.Equal(t, "DISPATCH", rows[0].Form)
		require.Equal(t, s.guide, rows[0].Assignment.Officer.ID)
		require.Equal(t, "2026-11-10", dateOf(rows[0].LastVisitOn))
		var me struct{ MyGuidanceOfficer struct{ ID string } }
		e.MustDo(s.guideTok, `{ myGuidanceOfficer { id } }`, nil, &me)
		require.Equal(t, s.guide, me.MyGuidanceOfficer.ID)

		node := `query($id:ID!){ node(id:$id){ id } }`
		for _, id := range []string{a, s.visitA, s.actA, s.asgA} {
			var out struct{ Node *struct{ ID string } }
			e.MustDo(s.guideTok, node, map[string]any{"id": id}, &out)
			require.Equal(t, id, out.Node.ID)
		}
		for _, id := range []string{b, s.visitB, s.actB, s.asgB, s.guide2} {
			var out struct{ Node *struct{ ID string } }
			errs := e.Do(s.guideTok, node, map[string]any{"id": id}, &out)
			requirePartyErr(t, errs, "NOT_FOUND", "", id)
			require.Nil(t, out.Node)
		}
		require.Empty(t, s.coverage(t, s.guideTok, f.OrgB))
		require.Empty(t, s.history(t, s.guideTok, f.OrgB))
		require.Len(t, s.coverage(t, s.guideTok, f.OrgA), 1)
		// The officer's own statistics and the county's settings are the committee's.
		requirePartyErr(t, e.Do(s.guideTok, `{ partyStatistics(year:2026){ total } }`, nil, nil), "FORBIDDEN", "")

		// guide hands OrgA over to guide2 today: what guide read through it goes.
		var ho struct{ HandOverAssignment assignmentView }
		e.MustDo(s.party, mHandOver, map[string]any{"a": s.asgA, "to": s.guide2, "r": "工作调整"}, &ho)
		e.MustDo(s.guideTok, listQ, nil, &lists)
		require.Empty(t, lists.Organizations.ids())
		require.Empty(t, lists.PartyVisits.ids())
		require.Equal(t, []string{s.actA}, lists.PartyActivities.ids(), "only the activity guide recorded themselves")
		total, _ = s.rows(t, s.guideTok, nil)
		require.Zero(t, total)
		for _, id := range []string{a, s.visitA} {
			requirePartyErr(t, e.Do(s.guideTok, node, map[string]any{"id": id}, nil), "NOT_FOUND", "", id)
		}
		_, errs := s.logVisit(t, s.guideTok, f.OrgA, day(2026, 11, 19))
		requirePartyErr(t, errs, "FORBIDDEN", "NOT_ASSIGNED", "handed over")
		// guide2 now reads both, and guide as OrgA's officer before them (guide's visit names them).
		e.MustDo(s.guide2Tok, listQ, nil, &lists)
		require.ElementsMatch(t, []string{a, b}, lists.Organizations.ids())
		require.ElementsMatch(t, []string{s.visitA, s.visitB}, lists.PartyVisits.ids())
		var prev struct {
			Node struct{ Officer struct{ ID string } }
		}
		e.MustDo(s.guide2Tok, `query($id:ID!){ node(id:$id){ ... on PartyVisit { officer { id } } } }`, map[string]any{"id": s.visitA}, &prev)
		require.Equal(t, s.guide, prev.Node.Officer.ID)
	})
}

// TestPartyNGOSeesOnlyOwn: an NGO member reads their own organisation's
// coverage, officer, visits (with follow-ups) and activities, and is told
// of each; another organisation's are invisible, by list and by node.
func TestPartyNGOSeesOnlyOwn(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		s := newPartyScene(t, e)
		f := e.Fixture
		const listQ = `{ partyVisits(first:100){ totalCount edges{ node{ id } } } partyActivities(first:100){ totalCount edges{ node{ id } } }
			guidanceOfficers(first:100){ totalCount edges{ node{ id } } } }`
		node := `query($id:ID!){ node(id:$id){ id } }`
		for _, c := range []struct {
			who                    string
			own, other             int
			visit, act, officer    string
			otherVisit, otherAct   string
			otherAsg, otherOfficer string
		}{
			{"ngo", f.OrgA, f.OrgB, s.visitA, s.actA, s.guide, s.visitB, s.actB, s.asgB, s.guide2},
			{"ngo2", f.OrgB, f.OrgA, s.visitB, s.actB, s.guide2, s.visitA, s.actA, s.asgA, s.guide},
		} {
			tok := e.Login(c.who)
			total, rows := s.rows(t, tok, nil)
			require.Equal(t, 1, total, c.who)
			require.Equal(t, testenv.ID(c.own), rows[0].Organization.ID)
			require.Equal(t, "DISPATCH", rows[0].Form)
			require.Equal(t, c.officer, rows[0].Assignment.Officer.ID)
			var lists struct{ PartyVisits, PartyActivities, GuidanceOfficers idEdges }
			e.MustDo(tok, listQ, nil, &lists)
			require.Equal(t, []string{c.visit}, lists.PartyVisits.ids(), c.who)
			require.Equal(t, []string{c.act}, lists.PartyActivities.ids(), c.who)
			require.Equal(t, []string{c.officer}, lists.GuidanceOfficers.ids(), "%s reads their own officer only", c.who)
			for _, id := range []string{testenv.ID(c.other), c.otherVisit, c.otherAct, c.otherAsg, c.otherOfficer} {
				var out struct{ Node *struct{ ID string } }
				requirePartyErr(t, e.Do(tok, node, map[string]any{"id": id}, &out), "NOT_FOUND", "", c.who, id)
				require.Nil(t, out.Node)
			}
			require.Empty(t, s.coverage(t, tok, c.other))
			require.Empty(t, s.history(t, tok, c.other))
			require.Len(t, s.coverage(t, tok, c.own), 1)
			var st struct {
				Node struct {
					PartyStatus struct {
						Form      string
						Uncovered bool
						Officer   struct{ ID, Name, Phone string }
					}
				}
			}
			e.MustDo(tok, `query($id:ID!){ node(id:$id){ ... on Organization { partyStatus { form uncovered officer { id name phone } } } } }`,
				map[string]any{"id": testenv.ID(c.own)}, &st)
			require.Equal(t, "DISPATCH", st.Node.PartyStatus.Form)
			require.False(t, st.Node.PartyStatus.Uncovered)
			require.Equal(t, c.officer, st.Node.PartyStatus.Officer.ID)
			require.Equal(t, "13957201234", st.Node.PartyStatus.Officer.Phone, "how the organisation reaches its officer")
			requirePartyErr(t, e.Do(tok, `{ partyStatistics(year:2026){ total } }`, nil, nil), "FORBIDDEN", "")
		}
		// The visit as the NGO reads it: topics, findings, follow-ups, officer.
		var v struct {
			Node struct {
				Topics, Findings string
				VisitedOn        string
				Officer          struct{ Name string }
				FollowUps        []struct{ Action string }
			}
		}
		e.MustDo(e.Login("ngo"), `query($id:ID!){ node(id:$id){ ... on PartyVisit { topics findings visitedOn officer{ name } followUps{ action } } } }`,
			map[string]any{"id": s.visitA}, &v)
		require.Equal(t, "党建工作指导", v.Node.Topics)
		require.Equal(t, "2026-11-10", v.Node.VisitedOn[:10])
		require.Equal(t, "孙红梅", v.Node.Officer.Name)
		require.Len(t, v.Node.FollowUps, 1)
		var act struct {
			Node struct {
				Type         string
				Involvements []struct{ Organization struct{ ID string } }
			}
		}
		e.MustDo(e.Login("ngo"), `query($id:ID!){ node(id:$id){ ... on PartyActivity { type involvements{ organization{ id } } } } }`,
			map[string]any{"id": s.actA}, &act)
		require.Equal(t, "RIVER_CLEANING", act.Node.Type)
		require.Equal(t, testenv.ID(f.OrgA), act.Node.Involvements[0].Organization.ID)

		// The NGO was told of its officer, the visit and the activity, on its page.
		ctx, c := system(), e.App.Client
		for _, kind := range []string{"party.officer_assigned", "party.visit_logged", "party.activity_recorded"} {
			ns := c.Notification.Query().Where(notification.RecipientID(f.Users["ngo"]), notification.Kind(kind)).AllX(ctx)
			require.Len(t, ns, 1, kind)
			require.Equal(t, "/party/my", ns[0].Path)
			require.Zero(t, c.Notification.Query().Where(notification.RecipientID(f.Users["ngo2"]), notification.Kind(kind),
				notification.SubjectIDIn(mustID(t, s.asgA), mustID(t, s.visitA), mustID(t, s.actA))).CountX(ctx), "ngo2 is not told of OrgA's")
		}
	})
}

// TestPartyOtherCountySeesNothing: Anji's bureau admin and Anji's own
// committee read nothing of Deqing's party building — lists empty or only
// Anji's, node NOT_FOUND, statistics of Anji alone — and cannot act on it.
func TestPartyOtherCountySeesNothing(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		s := newPartyScene(t, e)
		f := e.Fixture
		committee := s.branch(t, "COMMITTEE", "德清县社会组织综合党委", nil, 9)
		var vol struct{ CreatePartyVolunteer struct{ ID string } }
		e.MustDo(s.party, `mutation($in:PartyVolunteerInput!){ createPartyVolunteer(input:$in){ id } }`,
			map[string]any{"in": map[string]any{"name": "党员A", "partyOrganizationID": committee}}, &vol)

		// Anji's own committee, an account of Anji.
		ctx, c := system(), e.App.Client
		hash, err := password.Hash(testenv.Password, password.Fast)
		require.NoError(t, err)
		u := c.User.Create().SetDomainID(f.Anji).SetUsername("anji-party").SetDisplayName("安吉综合党委").SetPasswordHash(hash).SaveX(ctx)
		c.RoleAssignment.Create().SetDomainID(f.Anji).SetUserID(u.ID).SetRole(roleassignment.RolePARTY_OFFICER).ExecX(ctx)
		require.NoError(t, e.App.Authz.Reload(t.Context()))

		const listQ = `{ partyVisits(first:100){ totalCount } partyActivities(first:100){ totalCount } partyOrganizations(first:100){ totalCount }
			guidanceOfficers(first:100){ totalCount } partyVolunteers(first:100){ totalCount } }`
		for _, who := range []string{"anji", "anji-party"} {
			tok := e.Login(who)
			var lists struct{ PartyVisits, PartyActivities, PartyOrganizations, GuidanceOfficers, PartyVolunteers idEdges }
			e.MustDo(tok, listQ, nil, &lists)
			require.Zero(t, lists.PartyVisits.TotalCount+lists.PartyActivities.TotalCount+lists.PartyOrganizations.TotalCount+
				lists.GuidanceOfficers.TotalCount+lists.PartyVolunteers.TotalCount, "%s: %+v", who, lists)
			total, rows := s.rows(t, tok, nil)
			require.Equal(t, 1, total, who)
			require.Equal(t, testenv.ID(f.AnjiOrg), rows[0].Organization.ID, "%s reads Anji's organisation alone", who)
			for _, id := range []string{testenv.ID(f.OrgA), s.visitA, s.actA, s.asgA, s.guide, committee, vol.CreatePartyVolunteer.ID} {
				requirePartyErr(t, e.Do(tok, `query($id:ID!){ node(id:$id){ id } }`, map[string]any{"id": id}, nil), "NOT_FOUND", "", who, id)
			}
			require.Empty(t, s.coverage(t, tok, f.OrgA))
			require.Empty(t, s.history(t, tok, f.OrgA))
			var st struct {
				PartyStatistics struct {
					Total, Covered int
					OfficerLoads   []struct{ Load int }
					VisitsByMonth  []struct{ Count int }
				}
			}
			e.MustDo(tok, `{ partyStatistics(year:2026){ total covered officerLoads{ load } visitsByMonth{ count } } }`, nil, &st)
			require.Equal(t, 1, st.PartyStatistics.Total, who)
			require.Zero(t, st.PartyStatistics.Covered)
			require.Empty(t, st.PartyStatistics.OfficerLoads)
			for _, m := range st.PartyStatistics.VisitsByMonth {
				require.Zero(t, m.Count)
			}
			var lb struct{ VolunteerLeaderboard []struct{ Rank int } }
			e.MustDo(tok, `{ volunteerLeaderboard(year:2026){ rank } }`, nil, &lb)
			require.Empty(t, lb.VolunteerLeaderboard)
		}

		// Anji's committee cannot reach Deqing's organisations, officers or assignments.
		tok := e.Login("anji-party")
		requirePartyErr(t, e.Do(tok, mAssign, map[string]any{"o": testenv.ID(f.OrgB), "g": s.guide}, nil), "NOT_FOUND", "")
		requirePartyErr(t, e.Do(tok, mAssign, map[string]any{"o": testenv.ID(f.AnjiOrg), "g": s.guide}, nil), "BAD_USER_INPUT", "NO_SUCH_OFFICER")
		requirePartyErr(t, e.Do(tok, mHandOver, map[string]any{"a": s.asgA, "to": s.guide2, "r": "调整"}, nil), "NOT_FOUND", "")
		requirePartyErr(t, e.Do(tok, mEndAssignment, map[string]any{"a": s.asgA, "r": "结束"}, nil), "NOT_FOUND", "")
		requirePartyErr(t, e.Do(tok, mSetCoverage, map[string]any{"o": testenv.ID(f.OrgA), "f": "UNCOVERED", "r": "调整"}, nil), "NOT_FOUND", "")
		requirePartyErr(t, e.Do(tok, mCreateOfficer, map[string]any{"in": map[string]any{"userID": testenv.ID(f.Users["staff"]), "name": "某人"}}, nil),
			"BAD_USER_INPUT", "NO_SUCH_USER")
		require.Equal(t, 1, c.OfficerAssignment.Query().Where(officerassignment.OrganizationID(f.OrgA), officerassignment.EndOnIsNil()).CountX(ctx))
		require.Equal(t, 2, c.GuidanceOfficer.Query().CountX(ctx))
	})
}

// TestPartyAssignmentsAreAudited: every assignment, handover and end is in
// the audit trail under the committee's name (the assignment created, the
// predecessor ended with its date and reason), and the coverage periods
// they make with it.
func TestPartyAssignmentsAreAudited(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		b, _ := w.officer(t, "guide-b", "钱志刚")
		org := e.Fixture.OrgA
		a1 := w.assign(t, org, w.guide, day(2026, 2, 1))
		var ho struct{ HandOverAssignment assignmentView }
		e.MustDo(w.party, mHandOver, map[string]any{"a": a1.ID, "to": b, "on": day(2026, 6, 1), "r": "工作调整"}, &ho)
		a2 := ho.HandOverAssignment
		e.MustDo(w.party, mEndAssignment, map[string]any{"a": a2.ID, "on": day(2026, 10, 1), "r": "组织已建立党支部"}, nil)

		admin := e.Login("admin")
		trail := func(entityType, id string) []string {
			var page auditPage
			e.MustDo(admin, auditQ, map[string]any{"w": map[string]any{"entityType": entityType, "entityID": id}}, &page)
			var ops []string
			for i := len(page.AuditLogs.Edges) - 1; i >= 0; i-- { // oldest first
				n := page.AuditLogs.Edges[i].Node
				require.Equal(t, "party", n.ActorUsername, "%s %s %s", entityType, id, n.Operation)
				require.NotEmpty(t, n.RequestID)
				ops = append(ops, n.Operation)
				if n.Operation == "UPDATE" && entityType == "OfficerAssignment" {
					require.Contains(t, n.ChangedFields, "end_on")
					require.Contains(t, n.ChangedFields, "end_reason")
				}
			}
			return ops
		}
		require.Equal(t, []string{"CREATE", "UPDATE"}, trail("OfficerAssignment", a1.ID), "assigned, then ended by the handover")
		require.Equal(t, []string{"CREATE", "UPDATE"}, trail("OfficerAssignment", a2.ID), "handed over to, then ended")
		var page auditPage
		e.MustDo(admin, auditQ, map[string]any{"w": map[string]any{"entityType": "OfficerAssignment", "operation": "CREATE"}}, &page)
		require.Equal(t, 2, page.AuditLogs.TotalCount, "one row per assignment made")
		e.MustDo(admin, auditQ, map[string]any{"w": map[string]any{"entityType": "PartyCoverage", "operation": "CREATE"}}, &page)
		require.Equal(t, 2, page.AuditLogs.TotalCount, "DISPATCH, then UNCOVERED")
		e.MustDo(admin, auditQ, map[string]any{"w": map[string]any{"entityType": "GuidanceOfficer", "operation": "CREATE"}}, &page)
		require.Equal(t, 2, page.AuditLogs.TotalCount, "the roster too")

		// The NGO is told of each officer; each officer of their start and end.
		ctx, c := system(), e.App.Client
		require.Equal(t, 2, c.Notification.Query().Where(notification.RecipientID(e.Fixture.Users["ngo"]), notification.Kind("party.officer_assigned")).CountX(ctx))
		require.Equal(t, 1, c.Notification.Query().Where(notification.RecipientID(e.Fixture.Users["guide"]), notification.Kind("party.assignment_ended")).CountX(ctx))
		require.Equal(t, 1, c.Notification.Query().Where(notification.RecipientID(c.User.Query().Where(user.Username("guide-b")).OnlyIDX(ctx)), notification.Kind("party.assignment_started")).CountX(ctx))
	})
}

// TestPartyVisitsAndFollowUps: an officer logs a visit to an organisation
// assigned to them, with follow-ups that list as theirs and are marked
// done; for another organisation they are refused NOT_ASSIGNED; the daily
// job reminds them once per follow-up and day, however often it runs.
func TestPartyVisitsAndFollowUps(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		f := e.Fixture
		asg := w.assign(t, f.OrgA, w.guide, day(2026, 3, 1))

		// Every problem of a visit is named.
		_, errs := w.logVisit(t, w.guideTok, f.OrgA, day(2026, 11, 21))
		requireBadField(t, errs, "visitedOn")
		_, errs = w.logVisit(t, w.guideTok, f.OrgA, day(2026, 11, 18), map[string]any{"action": "整改", "dueOn": day(2026, 11, 17)})
		requireBadField(t, errs, "followUps.0.dueOn")
		_, errs = w.logVisit(t, w.guideTok, f.OrgA, day(2026, 11, 18), map[string]any{"action": " ", "dueOn": day(2026, 11, 19)})
		requireBadField(t, errs, "followUps.0.action")
		require.Zero(t, e.App.Client.PartyVisit.Query().CountX(system()))

		// Not assigned: refused, whether or not the organisation has an officer.
		_, errs = w.logVisit(t, w.guideTok, f.OrgB, day(2026, 11, 18))
		requirePartyErr(t, errs, "FORBIDDEN", "NOT_ASSIGNED", "no officer")
		_, errs = w.recordActivity(t, w.guideTok, "RIVER_CLEANING", day(2026, 11, 18), 60, f.OrgA, f.OrgB)
		requirePartyErr(t, errs, "FORBIDDEN", "NOT_ASSIGNED", "an activity with an organisation not assigned")
		// Another county's organisation is not found at all (its existence is not told).
		_, errs = w.logVisit(t, w.guideTok, f.AnjiOrg, day(2026, 11, 18))
		requirePartyErr(t, errs, "NOT_FOUND", "")
		_, errs = w.recordActivity(t, w.guideTok, "RIVER_CLEANING", day(2026, 11, 18), 60, f.OrgA, f.AnjiOrg)
		requireBadField(t, errs, "organizationIDs")
		require.Zero(t, e.App.Client.PartyVisit.Query().CountX(system())+e.App.Client.PartyActivity.Query().CountX(system()))

		v, errs := w.logVisit(t, w.guideTok, f.OrgA, day(2026, 11, 18),
			map[string]any{"action": "建立党员台账", "dueOn": day(2026, 11, 22)},
			map[string]any{"action": "召开组织生活会", "dueOn": day(2026, 12, 15)})
		require.Empty(t, errs)
		type followUp struct {
			ID, Action, DueOn string
			DoneOn            *string
			Visit             struct{ ID string }
		}
		mine := func(done bool) []followUp {
			var out struct{ MyFollowUps []followUp }
			e.MustDo(w.guideTok, `query($d:Boolean){ myFollowUps(includeDone:$d){ id action dueOn doneOn visit{ id } } }`, map[string]any{"d": done}, &out)
			return out.MyFollowUps
		}
		fs := mine(false)
		require.Len(t, fs, 2)
		require.Equal(t, []string{"建立党员台账", "召开组织生活会"}, []string{fs[0].Action, fs[1].Action}, "the soonest due first")
		require.Equal(t, "2026-11-22", fs[0].DueOn[:10])
		require.Equal(t, v, fs[0].Visit.ID)
		var none struct{ MyFollowUps []followUp }
		e.MustDo(e.Login("party"), `{ myFollowUps { id } }`, nil, &none)
		require.Empty(t, none.MyFollowUps, "the committee is no officer")

		// The NGO reads the visit; it does not close the officer's follow-ups.
		ngo := e.Login("ngo")
		var seen struct{ PartyVisits idEdges }
		e.MustDo(ngo, `{ partyVisits(first:10){ totalCount edges{ node{ id } } } }`, nil, &seen)
		require.Equal(t, []string{v}, seen.PartyVisits.ids())
		complete := `mutation($id:ID!){ completeFollowUp(id:$id){ id doneOn } }`
		requirePartyErr(t, e.Do(ngo, complete, map[string]any{"id": fs[0].ID}, nil), "FORBIDDEN", "")

		// The reminder job, on the officer's clock: due within three days.
		c, ctx := e.App.Client, system()
		reminders := func() []string {
			var out []string
			for _, n := range c.Notification.Query().Where(notification.RecipientID(f.Users["guide"]), notification.Kind("party.follow_up_due")).
				Order(notification.ByID()).AllX(ctx) {
				require.Equal(t, "/party/officer", n.Path)
				out = append(out, n.BodyZh)
			}
			return out
		}
		remind := func() {
			_, err := e.App.Party.RemindFollowUps(t.Context(), c)
			require.NoError(t, err)
		}
		remind()
		remind()
		got := reminders()
		require.Len(t, got, 1, "twice the same day: one reminder")
		require.Contains(t, got[0], "建立党员台账")
		require.Contains(t, got[0], "2026-11-22")

		var done struct{ CompleteFollowUp struct{ DoneOn *string } }
		e.MustDo(w.guideTok, complete, map[string]any{"id": fs[0].ID}, &done)
		require.Equal(t, "2026-11-20", dateOf(done.CompleteFollowUp.DoneOn))
		require.Len(t, mine(false), 1)
		require.Len(t, mine(true), 2)

		w.now = time.Date(2026, 12, 13, 1, 0, 0, 0, time.UTC)
		remind()
		remind()
		got = reminders()
		require.Len(t, got, 2, "the done follow-up is not reminded again; the other once")
		require.Contains(t, got[1], "召开组织生活会")
		w.now = time.Date(2026, 12, 17, 1, 0, 0, 0, time.UTC)
		remind()
		got = reminders()
		require.Len(t, got, 3, "a new day, a new reminder")
		require.Contains(t, got[2], "已逾期 2 天")

		// Handed over, the organisation's open follow-ups go with it: the
		// successor lists, is reminded of and closes them; the predecessor no longer.
		b, bTok := w.officer(t, "guide-b", "钱志刚")
		e.MustDo(w.party, mHandOver, map[string]any{"a": asg.ID, "to": b, "r": "工作调整"}, nil)
		require.Empty(t, mine(false), "guide no longer guides OrgA")
		var theirs struct{ MyFollowUps []followUp }
		e.MustDo(bTok, `{ myFollowUps { id action } }`, nil, &theirs)
		require.Len(t, theirs.MyFollowUps, 1)
		require.Equal(t, fs[1].ID, theirs.MyFollowUps[0].ID)
		w.now = time.Date(2026, 12, 18, 1, 0, 0, 0, time.UTC)
		remind()
		require.Len(t, reminders(), 3, "the predecessor is not reminded of what they no longer guide")
		bUser := c.User.Query().Where(user.Username("guide-b")).OnlyIDX(ctx)
		require.Equal(t, 1, c.Notification.Query().Where(notification.RecipientID(bUser), notification.Kind("party.follow_up_due")).CountX(ctx))
		e.MustDo(bTok, complete, map[string]any{"id": fs[1].ID}, &done)
		require.Equal(t, "2026-12-18", dateOf(done.CompleteFollowUp.DoneOn))
		// Nothing open, nobody reminded.
		w.now = time.Date(2026, 12, 19, 1, 0, 0, 0, time.UTC)
		n, err := e.App.Party.RemindFollowUps(t.Context(), c)
		require.NoError(t, err)
		require.Zero(t, n)
	})
}

// jpeg is n bytes that start like a JPEG.
func jpeg(t *testing.T, n int) []byte {
	b := pdf(t, n)
	copy(b, "\xff\xd8\xff\xe0\x00\x10JFIF\x00")
	return b
}

// TestPartyPhotos: a photo of a visit or an activity, uploaded by its
// officer as a document of the record, is read through the record by the
// officer, the NGO and the committee, and by no other organisation; only
// who recorded it attaches to it.
func TestPartyPhotos(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		s := newPartyScene(t, e)
		photo := func(kind, id string, data []byte) map[string]any {
			return map[string]any{"ownerKind": kind, "ownerID": id, "category": "PHOTO", "title": "走访照片",
				"filename": "visit.jpg", "contentType": "image/jpeg", "size": len(data), "sha256": sum(data)}
		}
		visitPhoto, actPhoto := jpeg(t, 3000), jpeg(t, 2500)
		vp := upload(t, e, s.guideTok, photo("party_visit", s.visitA, visitPhoto), visitPhoto)
		ap := upload(t, e, s.guideTok, photo("party_activity", s.actA, actPhoto), actPhoto)

		photos := func(tok string) ([]string, []string) {
			var out struct {
				V struct {
					Photos []struct{ ID, Title, Category string }
				}
				A struct {
					Photos []struct{ ID, Title, Category string }
				}
			}
			e.MustDo(tok, `query($v:ID!,$a:ID!){ v: node(id:$v){ ... on PartyVisit { photos { id title category } } }
				a: node(id:$a){ ... on PartyActivity { photos { id title category } } } }`, map[string]any{"v": s.visitA, "a": s.actA}, &out)
			var vs, as []string
			for _, p := range out.V.Photos {
				require.Equal(t, "PHOTO", p.Category)
				vs = append(vs, p.ID)
			}
			for _, p := range out.A.Photos {
				as = append(as, p.ID)
			}
			return vs, as
		}
		for _, who := range []string{"guide", "ngo", "party", "admin"} {
			vs, as := photos(e.Login(who))
			require.Equal(t, []string{vp.ID}, vs, who)
			require.Equal(t, []string{ap.ID}, as, who)
		}
		// ngo2 reads neither the visit nor its photo.
		ngo2 := e.Login("ngo2")
		for _, id := range []string{s.visitA, s.actA, vp.ID, ap.ID} {
			requirePartyErr(t, e.Do(ngo2, `query($id:ID!){ node(id:$id){ id } }`, map[string]any{"id": id}, nil), "NOT_FOUND", "", id)
		}
		// guide2 reads OrgB's visit, not OrgA's photos; nor do they attach to OrgA's visit.
		requirePartyErr(t, e.Do(s.guide2Tok, `query($id:ID!){ node(id:$id){ id } }`, map[string]any{"id": vp.ID}, nil), "NOT_FOUND", "")
		for _, tok := range []string{s.guide2Tok, e.Login("ngo"), ngo2} {
			_, errs := request(t, e, tok, photo("party_visit", s.visitA, visitPhoto))
			requirePartyErr(t, errs, "NOT_FOUND", "")
		}
	})
}

// TestPartyVolunteerPoints: volunteers' time in an activity becomes points
// at the county's rule for its type (rounded down), once per activity;
// corrections are new ledger lines; the yearly leaderboard ranks ties
// alike; a volunteer with an account reads their own record.
func TestPartyVolunteerPoints(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		f := e.Fixture
		w.assign(t, f.OrgA, w.guide, day(2026, 3, 1))
		committee := w.branch(t, "COMMITTEE", "德清县社会组织综合党委", nil, 9)
		var st struct {
			UpdatePartySettings struct {
				PointsPerHour int
				Rules         []struct {
					Type          string
					PointsPerHour int
				}
			}
		}
		e.MustDo(w.party, mPartySettings, map[string]any{"in": map[string]any{"pointsPerHour": 10, "rules": []map[string]any{
			{"type": "RIVER_CLEANING", "pointsPerHour": 12}, {"type": "LEGAL_OUTREACH", "pointsPerHour": 9}}}}, &st)
		rules := map[string]int{}
		for _, r := range st.UpdatePartySettings.Rules {
			rules[r.Type] = r.PointsPerHour
		}
		require.Len(t, rules, 8, "every activity type has its rate")
		require.Equal(t, 12, rules["RIVER_CLEANING"])
		require.Equal(t, 9, rules["LEGAL_OUTREACH"])
		require.Equal(t, 10, rules["OTHER"], "the county's default")

		volunteer := func(tok, name string, user *int) string {
			in := map[string]any{"name": name, "partyOrganizationID": committee}
			if user != nil {
				in["userID"] = testenv.ID(*user)
			}
			var out struct{ CreatePartyVolunteer struct{ ID string } }
			e.MustDo(tok, `mutation($in:PartyVolunteerInput!){ createPartyVolunteer(input:$in){ id } }`, map[string]any{"in": in}, &out)
			return out.CreatePartyVolunteer.ID
		}
		expert := f.Users["expert"]
		v1 := volunteer(w.party, "党员A", &expert) // a party member with an account
		v2 := volunteer(w.guideTok, "党员B", nil)
		v3 := volunteer(w.party, "党员C", nil)
		requirePartyErr(t, e.Do(e.Login("ngo"), `mutation($in:PartyVolunteerInput!){ createPartyVolunteer(input:$in){ id } }`,
			map[string]any{"in": map[string]any{"name": "某人", "partyOrganizationID": committee}}, nil), "FORBIDDEN", "")

		a1, errs := w.recordActivity(t, w.guideTok, "RIVER_CLEANING", day(2026, 10, 1), 142, f.OrgA)
		require.Empty(t, errs)
		a2, errs := w.recordActivity(t, w.guideTok, "LEGAL_OUTREACH", day(2026, 10, 15), 330, f.OrgA)
		require.Empty(t, errs)
		a3, errs := w.recordActivity(t, w.party, "OTHER", day(2026, 11, 1), 61, f.OrgA, f.OrgB)
		require.Empty(t, errs)

		const add = `mutation($a:ID!,$v:[ActivityVolunteerInput!]!){ addActivityVolunteers(activityID:$a, volunteers:$v){
			id volunteerEntries{ volunteer{ id } minutes points kind } } }`
		type entry struct {
			Volunteer struct{ ID string }
			Minutes   int
			Points    int
			Kind      string
		}
		addTo := func(tok, a string, vs ...any) ([]entry, testenv.Errors) {
			var list []map[string]any
			for i := 0; i < len(vs); i += 2 {
				list = append(list, map[string]any{"volunteerID": vs[i], "minutes": vs[i+1]})
			}
			var out struct {
				AddActivityVolunteers struct{ VolunteerEntries []entry }
			}
			errs := e.Do(tok, add, map[string]any{"a": a, "v": list}, &out)
			return out.AddActivityVolunteers.VolunteerEntries, errs
		}
		// 95 min × 12/h = 19; 47 min × 12/h = 9.4 → 9.
		es, errs := addTo(w.guideTok, a1, v1, 95, v2, 47)
		require.Empty(t, errs)
		require.Equal(t, []entry{{struct{ ID string }{v1}, 95, 19, "EARNED"}, {struct{ ID string }{v2}, 47, 9, "EARNED"}}, es)
		// 130 min × 9/h = 19.5 → 19; 200 min × 9/h = 30.
		_, errs = addTo(w.guideTok, a2, v1, 130, v2, 200)
		require.Empty(t, errs)
		// The committee's activity at the default 10/h: 61 min → 10.
		es, errs = addTo(w.party, a3, v3, 61)
		require.Empty(t, errs)
		require.Equal(t, 10, es[0].Points)

		// Once per activity, the whole batch refused.
		_, errs = addTo(w.guideTok, a1, v3, 30, v1, 10)
		requirePartyErr(t, errs, "CONFLICT", "ALREADY_RECORDED")
		require.Equal(t, 2, e.App.Client.VolunteerPointEntry.Query().Where(volunteerpointentry.ActivityID(mustID(t, a1))).CountX(system()),
			"v3's line of the refused batch is not kept")
		_, errs = addTo(w.guideTok, a1, v3, 10, v3, 20)
		requireBadField(t, errs, "volunteers")
		_, errs = addTo(w.guideTok, a1, v3, 0)
		requireBadField(t, errs, "volunteers.0.minutes")
		// The officer adds volunteers to what they recorded, not to the committee's (which they read: it involves OrgA).
		_, errs = addTo(w.guideTok, a3, v1, 30)
		requirePartyErr(t, errs, "FORBIDDEN", "")

		// Corrections: the committee's, signed, never zero, of a past or this year.
		const correct = `mutation($v:ID!,$y:Int!,$p:Int!,$r:String!){ correctVolunteerPoints(volunteerID:$v, year:$y, points:$p, reason:$r){ id kind points minutes year } }`
		requirePartyErr(t, e.Do(w.guideTok, correct, map[string]any{"v": v1, "y": 2026, "p": 1, "r": "补录"}, nil), "FORBIDDEN", "")
		requireBadField(t, e.Do(w.party, correct, map[string]any{"v": v1, "y": 2026, "p": 0, "r": "补录"}, nil), "points")
		requireBadField(t, e.Do(w.party, correct, map[string]any{"v": v1, "y": 2027, "p": 1, "r": "补录"}, nil), "year")
		var cor struct {
			CorrectVolunteerPoints struct {
				Kind   string
				Points int
			}
		}
		e.MustDo(w.party, correct, map[string]any{"v": v1, "y": 2026, "p": 1, "r": "补录活动签到"}, &cor)
		require.Equal(t, "CORRECTION", cor.CorrectVolunteerPoints.Kind)
		// Past lines stand: the ledger cannot be rewritten even by the system.
		_, err := e.App.Client.VolunteerPointEntry.Delete().Exec(system())
		require.Equal(t, apperr.Forbidden, apperr.CodeOf(err), "%v", err)
		_, err = e.App.Client.VolunteerPointEntry.Update().Save(system())
		require.Equal(t, apperr.Forbidden, apperr.CodeOf(err), "%v", err)
		require.Equal(t, 6, e.App.Client.VolunteerPointEntry.Query().CountX(system()), "five earned, one correction")

		// A: 19 + 19 + 1 = 39 over 225 min; B: 9 + 30 = 39 over 247; C: 10 over 61.
		type row struct {
			Rank, Points, Minutes int
			Volunteer             struct{ ID, Name string }
		}
		var lb struct{ VolunteerLeaderboard []row }
		e.MustDo(w.party, `{ volunteerLeaderboard(year:2026){ rank points minutes volunteer{ id name } } }`, nil, &lb)
		require.Equal(t, []row{
			{1, 39, 225, struct{ ID, Name string }{v1, "党员A"}},
			{1, 39, 247, struct{ ID, Name string }{v2, "党员B"}},
			{3, 10, 61, struct{ ID, Name string }{v3, "党员C"}},
		}, lb.VolunteerLeaderboard)
		e.MustDo(w.party, `{ volunteerLeaderboard(year:2025){ rank points minutes volunteer{ id name } } }`, nil, &lb)
		require.Empty(t, lb.VolunteerLeaderboard)
		e.MustDo(w.guideTok, `{ volunteerLeaderboard(year:2026){ rank } }`, nil, &lb)
		require.Len(t, lb.VolunteerLeaderboard, 3, "officers read it")
		requirePartyErr(t, e.Do(e.Login("finance"), `{ volunteerLeaderboard(year:2026){ rank } }`, nil, nil), "FORBIDDEN", "")

		// The volunteer with an account: their record, newest line first.
		var rec struct {
			MyVolunteerRecord struct {
				Volunteer             struct{ ID string }
				Year, Points, Minutes int
				Rank                  *int
				Entries               []struct {
					Kind   string
					Points int
				}
			}
		}
		expertTok := e.Login("expert")
		e.MustDo(expertTok, `{ myVolunteerRecord(year:2026){ volunteer{ id } year points minutes rank entries{ kind points } } }`, nil, &rec)
		r := rec.MyVolunteerRecord
		require.Equal(t, v1, r.Volunteer.ID)
		require.Equal(t, []int{2026, 39, 225, 1}, []int{r.Year, r.Points, r.Minutes, *r.Rank})
		require.Len(t, r.Entries, 3)
		require.Equal(t, "CORRECTION", r.Entries[0].Kind)
		var noRec struct{ MyVolunteerRecord *struct{ Points int } }
		e.MustDo(e.Login("finance"), `{ myVolunteerRecord { points } }`, nil, &noRec)
		require.Nil(t, noRec.MyVolunteerRecord, "no volunteer, no record")

		// A later rule does not rewrite the past.
		e.MustDo(w.party, mPartySettings, map[string]any{"in": map[string]any{"rules": []map[string]any{{"type": "RIVER_CLEANING", "pointsPerHour": 60}}}}, nil)
		var vols struct {
			PartyVolunteers struct {
				Edges []struct {
					Node struct {
						ID     string
						Points int
					}
				}
			}
		}
		e.MustDo(w.party, `{ partyVolunteers(first:10){ edges{ node{ id points(year:2026) } } } }`, nil, &vols)
		points := map[string]int{}
		for _, ed := range vols.PartyVolunteers.Edges {
			points[ed.Node.ID] = ed.Node.Points
		}
		require.Equal(t, map[string]int{v1: 39, v2: 39, v3: 10}, points)
		var stats struct {
			PartyStatistics struct{ PointsAwarded, VolunteerMinutes int }
		}
		e.MustDo(w.party, `{ partyStatistics(year:2026){ pointsAwarded volunteerMinutes } }`, nil, &stats)
		require.Equal(t, 88, stats.PartyStatistics.PointsAwarded, "39 + 39 + 10")
		require.Equal(t, 142+330+61, stats.PartyStatistics.VolunteerMinutes, "the activities' volunteer time")
	})
}
