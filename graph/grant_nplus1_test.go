package graph_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/award"
	"hatchery/ent/reviewassignment"
	"hatchery/ent/roleassignment"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// The venture-grant lists cost the same number of SQL statements whatever
// their length: the review board's assignments with reviewer, total and
// proposal, the call's proposals with applicant, case number and award,
// and its awards with title, applicant and objections. Each row's field
// used to cost a statement of its own (a province call's board: 928).
const (
	reviewBoardQuery = `query($c:ID!){ callAssignments(callID:$c){ id status expertName total
		proposal{ id title organizationName call{ id } } } }`
	callProposalsQuery = `query($c:ID!,$n:Int!){ proposals(first:$n, where:{callID:$c}){ edges{ node{
		id title organizationName caseNumber call{ id } award{ id amount } } } } }`
	callAwardsQuery = `query($c:ID!,$n:Int!){ awards(first:$n, where:{callID:$c}){ edges{ node{
		id proposalTitle organizationName objections{ id content } } } } }`
	// The web app's board: a page of the call's proposals, each with its
	// live assignments.
	boardPageQuery = `query($c:ID!,$n:Int!){ proposals(first:$n, where:{callID:$c}){ edges{ node{
		id title reviewAssignments{ id status expertName total } } } } }`
)

func TestGrantListsCostBoundedStatements(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newGrantWorld(t, e, "1000000.00", "1000.00", "10000.00")
		ctx, c := system(), e.App.Client
		const n = 24
		ps := w.bulkProposals(t, n, 500000)
		call, panel := w.panel(t)
		experts := []int{w.user(t, "board-expert-a", roleassignment.RoleEXPERT), w.user(t, "board-expert-b", roleassignment.RoleEXPERT)}
		names := map[int]string{}   // organisation id → name
		objections := map[int]int{} // award id → objections recorded
		for i, p := range ps {
			names[p.OrganizationID] = c.Organization.GetX(ctx, p.OrganizationID).Name
			for k, x := range experts {
				a := c.ReviewAssignment.Create().SetDomainID(call.DomainID).SetPanelID(panel.ID).SetItemID(p.ID).
					SetOrganizationID(p.OrganizationID).SetExpertID(x)
				if (i+k)%2 == 0 {
					a.SetStatus(reviewassignment.StatusSUBMITTED).SetTotalTenths(700 + i)
				}
				a.ExecX(ctx)
			}
			aw := c.Award.Create().SetDomainID(call.DomainID).SetProposalID(p.ID).SetCallID(call.ID).
				SetOrganizationID(p.OrganizationID).SetCaseID(p.CaseID).SetAmount(int64(400000 + i)).SaveX(ctx)
			for j := range i % 3 {
				c.Objection.Create().SetDomainID(call.DomainID).SetAwardID(aw.ID).SetReceivedOn(w.now).
					SetContent(fmt.Sprintf("异议%d-%d", i, j)).SetRecordedBy(e.Fixture.Users["staff"]).ExecX(ctx)
			}
			objections[aw.ID] = i % 3
		}
		vars := map[string]any{"c": w.call}
		spent := func(q string, n int, out any) int64 {
			vars["n"] = n
			before := e.Statements.Load()
			e.MustDo(w.staff, q, vars, out)
			return e.Statements.Load() - before
		}

		// The board: every live assignment with its reviewer's name, its
		// total when handed in, and its proposal's applicant.
		type board struct {
			CallAssignments []struct {
				ID, Status, ExpertName string
				Total                  *string
				Proposal               struct {
					ID, Title, OrganizationName string
					Call                        struct{ ID string }
				}
			}
		}
		var full board
		spent(reviewBoardQuery, 0, &full) // warms the Casbin and calendar caches
		large := spent(reviewBoardQuery, 0, &full)
		require.Len(t, full.CallAssignments, 2*n)
		byTitle := map[string]*gen.Proposal{}
		for _, p := range ps {
			byTitle[p.Title] = p
		}
		for _, a := range full.CallAssignments {
			require.Contains(t, []string{"board-expert-a", "board-expert-b"}, a.ExpertName)
			p := byTitle[a.Proposal.Title]
			require.NotNil(t, p, a.Proposal.Title)
			require.Equal(t, testenv.ID(p.ID), a.Proposal.ID)
			require.Equal(t, names[p.OrganizationID], a.Proposal.OrganizationName)
			require.Equal(t, w.call, a.Proposal.Call.ID)
			require.Equal(t, a.Status == "SUBMITTED", a.Total != nil, "a total shows once handed in")
		}

		// The board by page of proposals: each proposal's assignments are
		// those of the full board, and a page of n costs what a page of 3 does.
		type boardPage struct {
			Proposals struct {
				Edges []struct {
					Node struct {
						ID, Title         string
						ReviewAssignments []struct {
							ID, Status, ExpertName string
							Total                  *string
						}
					}
				}
			}
		}
		held := map[string][]string{} // proposal id → assignment ids, by the full board
		for _, a := range full.CallAssignments {
			held[a.Proposal.ID] = append(held[a.Proposal.ID], a.ID)
		}
		pageIDs := func(pg boardPage) map[string][]string {
			out := map[string][]string{}
			for _, ed := range pg.Proposals.Edges {
				out[ed.Node.ID] = []string{}
				for _, a := range ed.Node.ReviewAssignments {
					require.Contains(t, []string{"board-expert-a", "board-expert-b"}, a.ExpertName)
					require.Equal(t, a.Status == "SUBMITTED", a.Total != nil, "a total shows once handed in")
					out[ed.Node.ID] = append(out[ed.Node.ID], a.ID)
				}
			}
			return out
		}
		var bp boardPage
		smallB := spent(boardPageQuery, 3, &bp)
		require.Len(t, bp.Proposals.Edges, 3)
		largeB := spent(boardPageQuery, n, &bp)
		require.Equal(t, held, pageIDs(bp))
		t.Logf("%s: board page of 3 proposals: %d statements; of %d: %d", d.Name, smallB, n, largeB)
		require.Equal(t, smallB, largeB)

		c.ReviewAssignment.Update().Where(reviewassignment.PanelID(panel.ID), reviewassignment.ItemIDGT(ps[1].ID)).
			SetStatus(reviewassignment.StatusREMOVED).ExecX(ctx)
		var short board
		small := spent(reviewBoardQuery, 0, &short)
		require.Len(t, short.CallAssignments, 4)
		t.Logf("%s: board of %d assignments: %d statements; of 4: %d", d.Name, 2*n, large, small)
		require.Equal(t, small, large)
		spent(boardPageQuery, n, &bp)
		for id, as := range pageIDs(bp) {
			if id == testenv.ID(ps[0].ID) || id == testenv.ID(ps[1].ID) {
				require.Len(t, as, 2)
			} else {
				require.Empty(t, as, "a removed assignment leaves the board")
			}
		}

		// The call's proposals with applicant, case number and award.
		type proposals struct {
			Proposals struct {
				Edges []struct {
					Node struct {
						ID, Title, OrganizationName string
						CaseNumber                  *string
						Call                        struct{ ID string }
						Award                       *struct{ ID, Amount string }
					}
				}
			}
		}
		var pp proposals
		smallP, largeP := spent(callProposalsQuery, 3, &pp), spent(callProposalsQuery, n, &pp)
		require.Len(t, pp.Proposals.Edges, n)
		for _, ed := range pp.Proposals.Edges {
			p := byTitle[ed.Node.Title]
			require.Equal(t, names[p.OrganizationID], ed.Node.OrganizationName)
			require.NotNil(t, ed.Node.CaseNumber)
			require.Regexp(t, `^DQ-T-\d{6}$`, *ed.Node.CaseNumber)
			require.Equal(t, w.call, ed.Node.Call.ID)
			require.NotNil(t, ed.Node.Award, "every proposal of the call has its award")
			require.Equal(t, testenv.ID(c.Award.Query().Where(award.ProposalID(p.ID)).OnlyIDX(ctx)), ed.Node.Award.ID)
		}
		t.Logf("%s: proposals, 3: %d statements, %d: %d", d.Name, smallP, n, largeP)
		require.Equal(t, smallP, largeP)

		// The call's awards with title, applicant and objections.
		type awards struct {
			Awards struct {
				Edges []struct {
					Node struct {
						ID, ProposalTitle, OrganizationName string
						Objections                          []struct{ ID, Content string }
					}
				}
			}
		}
		var aa awards
		smallA, largeA := spent(callAwardsQuery, 3, &aa), spent(callAwardsQuery, n, &aa)
		require.Len(t, aa.Awards.Edges, n)
		for _, ed := range aa.Awards.Edges {
			p := byTitle[ed.Node.ProposalTitle]
			require.NotNil(t, p, ed.Node.ProposalTitle)
			require.Equal(t, names[p.OrganizationID], ed.Node.OrganizationName)
			id := mustAtoi(t, ed.Node.ID)
			require.Len(t, ed.Node.Objections, objections[id], "award %d", id)
			require.NotNil(t, ed.Node.Objections, "no objections is an empty list")
		}
		t.Logf("%s: awards, 3: %d statements, %d: %d", d.Name, smallA, n, largeA)
		require.Equal(t, smallA, largeA)
	})
}
