package graph_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/spaceoffer"
	"hatchery/ent/tenancy"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

const (
	mGraduate = `mutation($id:ID!){ graduateTenancy(id:$id){ ` + tenancyFields + ` } }`
	mMet      = `mutation($id:ID!,$d:Time){ setMilestoneMet(id:$id, metOn:$d, evidence:"见附件"){ id metOn } }`
	mMaturity = `mutation($id:ID!,$in:AssessMaturityInput!){ assessMaturity(tenancyID:$id, input:$in){ id total } }`
	qCriteria = `query($id:ID!){ node(id:$id){ ... on IncubationCentre { criteria { id key weight } } } }`
	mEndEarly = `mutation($id:ID!,$x:TenancyExit!,$r:String!){ endTenancy(id:$id, exit:$x, reason:$r){ id status } }`
)

// atIncubationTime sets the clock of casework and incubation.
func atIncubationTime(e *testenv.Env, t time.Time) {
	atTime(e, t)
	e.App.Incubation.Now = func() time.Time { return t }
}

// assessAll scores tenancy id v on every criterion of the world's centre.
func (w *incubationWorld) assessAll(t *testing.T, id string, v int, on time.Time) string {
	t.Helper()
	var cr struct {
		Node struct{ Criteria []struct{ ID string } }
	}
	w.e.MustDo(w.staff, qCriteria, map[string]any{"id": w.centre}, &cr)
	var sc []map[string]any
	for _, c := range cr.Node.Criteria {
		sc = append(sc, map[string]any{"criterionID": c.ID, "score": v})
	}
	var out struct{ AssessMaturity struct{ Total string } }
	w.e.MustDo(w.staff, mMaturity, map[string]any{"id": id, "in": map[string]any{
		"assessedOn": on.Format(time.RFC3339), "scores": sc, "comment": "季度评估"}}, &out)
	return out.AssessMaturity.Total
}

// TestIncubationHatchRule: a full centre; graduation refused with exactly
// what is missing, then allowed; the freed room is offered to the head of
// the waitlist, who declines; the next accepts; occupancy is unchanged.
func TestIncubationHatchRule(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atIncubationTime(e, monday)
		w := newIncubationWorld(t, e, map[string]int{"101": 2})
		orgA, tokA := w.newNGO(t, 1)
		orgX, tokX := w.newNGO(t, 2)
		orgY, tokY := w.newNGO(t, 3)

		w.admitted(t, orgA, tokA, "101", 2, 85)
		require.Equal(t, "OCCUPIED", w.space(t, "101").Status)
		// The centre is full: X and Y are approved onto the waitlist, X first.
		w.admitted(t, orgY, tokY, "", 2, 70)
		w.admitted(t, orgX, tokX, "", 2, 90)
		var wl struct {
			Waitlist struct {
				Edges []struct {
					Node struct {
						Position       int
						Priority       int
						PriorityReason string
						Organization   struct{ ID string }
					}
				}
			}
		}
		e.MustDo(w.staff, `query($c:ID!){ waitlist(centreID:$c, first:10){ edges { node { position priority priorityReason organization { id } } } } }`,
			map[string]any{"c": w.centre}, &wl)
		require.Len(t, wl.Waitlist.Edges, 2)
		require.Equal(t, orgX, wl.Waitlist.Edges[0].Node.Organization.ID)
		require.Equal(t, 1, wl.Waitlist.Edges[0].Node.Position)
		require.Equal(t, 90, wl.Waitlist.Edges[0].Node.Priority)
		require.Contains(t, wl.Waitlist.Edges[0].Node.PriorityReason, "90")
		require.Equal(t, 2, wl.Waitlist.Edges[1].Node.Position)
		require.Empty(t, offers(t, e, tokX), "no offer while the room is full")

		// Graduation refused, listing exactly what is missing.
		ten := w.tenancyOf(t, orgA)
		require.Len(t, ten.Seats, 1)
		require.Equal(t, "101", ten.Seats[0].Space.Code)
		var mandatory []string
		for _, m := range ten.Milestones {
			if m.Mandatory {
				mandatory = append(mandatory, m.ID)
			}
		}
		require.Len(t, mandatory, 5, "the default plan has five mandatory milestones")
		var out map[string]tenancyView
		errs := e.Do(w.staff, mGraduate, map[string]any{"id": ten.ID}, &out)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "NOT_READY", errs[0].Extensions["reason"])
		var codes []string
		for _, g := range errs[0].Extensions["missing"].([]any) {
			codes = append(codes, g.(map[string]any)["code"].(string))
		}
		require.Equal(t, []string{"NO_ASSESSMENT", "MILESTONE_NOT_MET", "MILESTONE_NOT_MET", "MILESTONE_NOT_MET",
			"MILESTONE_NOT_MET", "MILESTONE_NOT_MET"}, codes)
		require.Equal(t, codes, gapCodes(w.tenancyOf(t, orgA)), "the web app sees the same list before pressing the button")

		// Four milestones met and a score below the threshold: two gaps left.
		later := monday.AddDate(0, 6, 0)
		atIncubationTime(e, later)
		for _, id := range mandatory[:4] {
			e.MustDo(w.staff, mMet, map[string]any{"id": id, "d": later.Format(time.RFC3339)}, nil)
		}
		require.Equal(t, "70.0", w.assessAll(t, ten.ID, 70, later))
		require.Equal(t, []string{"SCORE_BELOW_THRESHOLD", "MILESTONE_NOT_MET"}, gapCodes(w.tenancyOf(t, orgA)))
		_, errs = act(t, e, w.staff, mGraduate, map[string]any{"id": ten.ID})
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())

		// All met: graduation issues a numbered certificate and frees the room,
		// which is offered to X at once; the seats stay held by the offer.
		e.MustDo(w.staff, mMet, map[string]any{"id": mandatory[4], "d": later.Format(time.RFC3339)}, nil)
		require.Equal(t, "85.0", w.assessAll(t, ten.ID, 85, later))
		require.True(t, w.tenancyOf(t, orgA).GraduationCheck.Ready)
		var g struct{ GraduateTenancy tenancyView }
		e.MustDo(w.staff, mGraduate, map[string]any{"id": ten.ID}, &g)
		require.Equal(t, "GRADUATED", g.GraduateTenancy.Status)
		require.Equal(t, "德清孵证〔2026〕4号", *g.GraduateTenancy.CertificateNo)
		require.Empty(t, g.GraduateTenancy.Seats)
		room := w.space(t, "101")
		require.Equal(t, "OCCUPIED", room.Status, "the offer holds the seats")
		require.Empty(t, room.Occupants)
		require.Len(t, room.OpenOffers, 1)
		ox := offers(t, e, tokX)
		require.Len(t, ox, 1)
		require.Equal(t, "101", ox[0].Space.Code)
		require.Empty(t, offers(t, e, tokY), "Y sees no offer of X's")
		requireNotified(t, e, tokX, "incubation.offer_made")

		// Y cannot answer X's offer; X declines; the room passes to Y.
		errs = e.Do(tokY, mAnswerOffer, map[string]any{"id": ox[0].ID, "a": true}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())
		e.MustDo(tokX, mAnswerOffer, map[string]any{"id": ox[0].ID, "a": false, "n": "已找到其他场地"}, nil)
		oy := offers(t, e, tokY)
		require.Len(t, oy, 1)
		errs = e.Do(tokX, mAnswerOffer, map[string]any{"id": ox[0].ID, "a": true}, nil)
		require.Equal(t, []string{"CONFLICT"}, errs.Codes(), "a declined offer stays declined")

		// Y accepts: Y is the new tenant of 101; occupancy is what it was.
		e.MustDo(tokY, mAnswerOffer, map[string]any{"id": oy[0].ID, "a": true}, nil)
		room = w.space(t, "101")
		require.Equal(t, "OCCUPIED", room.Status)
		require.Len(t, room.Occupants, 1)
		require.Equal(t, orgY, room.Occupants[0].Tenancy.Organization.ID)
		require.Equal(t, 2, room.Occupants[0].Seats)
		require.Empty(t, room.OpenOffers)
		used := e.App.Client.IncubationSpace.GetX(system(), mustID(t, w.spaces["101"])).SeatsUsed
		require.Equal(t, 2, used)
		require.Equal(t, "ACTIVE", w.tenancyOf(t, orgY).Status)
		e.MustDo(w.staff, `query($c:ID!){ waitlist(centreID:$c, first:10){ edges { node { position priority priorityReason organization { id } } } } }`,
			map[string]any{"c": w.centre}, &wl)
		require.Empty(t, wl.Waitlist.Edges, "X left the list by declining, Y by being admitted")

		// The certificate is numbered once; a second graduation is a CONFLICT.
		_, errs = act(t, e, w.staff, mGraduate, map[string]any{"id": ten.ID})
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes(), "an ended tenancy is not ready: NOT_ACTIVE")
	})
}

func gapCodes(v tenancyView) []string {
	var out []string
	for _, g := range v.GraduationCheck.Missing {
		out = append(out, g.Code)
	}
	return out
}

// requireNotified checks the viewer has a notification of kind.
func requireNotified(t *testing.T, e *testenv.Env, token, kind string) {
	t.Helper()
	var out struct {
		Notifications struct {
			Edges []struct{ Node struct{ Kind string } }
		}
	}
	e.MustDo(token, `{ notifications(first:50){ edges { node { kind } } } }`, nil, &out)
	for _, ed := range out.Notifications.Edges {
		if ed.Node.Kind == kind {
			return
		}
	}
	t.Fatalf("no %s notification among %v", kind, out.Notifications.Edges)
}

// TestIncubationExpiredOfferPassesOnOnce: an offer not answered by its
// deadline expires when the job runs and passes to the next in line —
// once, though the job runs twice at once.
func TestIncubationExpiredOfferPassesOnOnce(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atIncubationTime(e, monday)
		w := newIncubationWorld(t, e, map[string]int{"201": 1})
		orgA, tokA := w.newNGO(t, 11)
		orgX, tokX := w.newNGO(t, 12)
		orgY, tokY := w.newNGO(t, 13)
		w.admitted(t, orgA, tokA, "201", 1, 85)
		w.admitted(t, orgX, tokX, "", 1, 90)
		w.admitted(t, orgY, tokY, "", 1, 80)
		ten := w.tenancyOf(t, orgA)
		e.MustDo(w.staff, mEndEarly, map[string]any{"id": ten.ID, "x": "WITHDRAWN", "r": "组织迁往外县"}, nil)
		require.Len(t, offers(t, e, tokX), 1, "the early exit offered the room to X")

		// Three working days to answer (Monday → Thursday): Friday it expires.
		friday := monday.AddDate(0, 0, 4)
		atIncubationTime(e, friday)
		var wg sync.WaitGroup
		counts := make([]int, 2)
		errs := make([]error, 2)
		for i := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				counts[i], errs[i] = e.App.Incubation.ExpireOffers(context.Background(), e.App.Client)
			}()
		}
		wg.Wait()
		for _, err := range errs {
			require.NoError(t, err)
		}
		require.Equal(t, 1, counts[0]+counts[1], "expired exactly once")
		n, err := e.App.Incubation.ExpireOffers(context.Background(), e.App.Client)
		require.NoError(t, err)
		require.Zero(t, n, "nothing left to expire")
		c := e.App.Client
		require.Equal(t, 1, c.SpaceOffer.Query().Where(spaceoffer.SpaceID(mustID(t, w.spaces["201"])), spaceoffer.StatusEQ(spaceoffer.StatusEXPIRED)).CountX(system()))
		require.Equal(t, 1, c.SpaceOffer.Query().Where(spaceoffer.SpaceID(mustID(t, w.spaces["201"])), spaceoffer.StatusEQ(spaceoffer.StatusOPEN)).CountX(system()))
		require.Empty(t, offers(t, e, tokX))
		oy := offers(t, e, tokY)
		require.Len(t, oy, 1, "passed to Y, once")
		requireNotified(t, e, tokX, "incubation.offer_expired")
		require.Equal(t, 1, c.IncubationSpace.GetX(system(), mustID(t, w.spaces["201"])).SeatsUsed)
		// Answering after the deadline is refused.
		errs2 := e.Do(tokX, mAnswerOffer, map[string]any{"id": oy[0].ID, "a": true}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs2.Codes(), "X cannot see Y's offer")
	})
}

// TestIncubationConcurrentAdmissions: 50 approvals into one 10-seat space
// at once: exactly 10 are admitted, the rest refused with SPACE_FULL and
// their decisions rolled back; seats never exceed the space.
func TestIncubationConcurrentAdmissions(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atIncubationTime(e, monday)
		w := newIncubationWorld(t, e, map[string]int{"301": 10})
		const n = 50
		ids := make([]string, n)
		for i := range n {
			org, tok := w.newNGO(t, 100+i)
			ids[i] = w.acceptedCase(t, org, tok, 1)
			w.assess(t, ids[i], map[string]any{"scores": admissionScores(80), "outcome": "ADMIT", "spaceID": w.spaces["301"], "seats": 1})
		}
		var wg sync.WaitGroup
		codes := make([][]string, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs := act(t, e, w.staff, mDecide, map[string]any{"id": ids[i], "a": true, "r": "准予入壳"})
				codes[i] = errs.Codes()
			}()
		}
		wg.Wait()
		ok, full := 0, 0
		for _, c := range codes {
			switch {
			case len(c) == 0:
				ok++
			case c[0] == "CONFLICT":
				full++
			default:
				t.Errorf("unexpected %v", c)
			}
		}
		require.Equal(t, 10, ok)
		require.Equal(t, 40, full)
		c := e.App.Client
		require.Equal(t, 10, c.IncubationSpace.GetX(system(), mustID(t, w.spaces["301"])).SeatsUsed)
		require.Equal(t, 10, c.Tenancy.Query().Where(tenancy.CentreID(mustID(t, w.centre)), tenancy.StatusEQ(tenancy.StatusACTIVE)).CountX(system()))
		for i, cd := range codes {
			cs, _ := caseQuery(t, e, w.staff, ids[i])
			if len(cd) == 0 {
				require.Equal(t, "DECIDED", cs.State)
			} else {
				require.Equal(t, "ACCEPTED", cs.State, "a refused effect leaves the case undecided")
			}
		}
	})
}
