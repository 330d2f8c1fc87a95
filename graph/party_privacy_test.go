package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestLeaderboardShowsNoBranchTheViewerMayNotRead: the volunteer
// leaderboard loaded each volunteer's branch as the system, so any
// volunteer (an NGO member, an expert) read other organisations' branches
// — the secretary's name and phone, member counts — which node refuses
// them. The ranking is still theirs to read; the branches are privacy's.
func TestLeaderboardShowsNoBranchTheViewerMayNotRead(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		f := e.Fixture
		w.assign(t, f.OrgA, w.guide, day(2026, 3, 1))
		committee := w.branch(t, "COMMITTEE", "德清县社会组织综合党委", nil, 9)
		var br struct{ CreatePartyOrganization struct{ ID string } }
		e.MustDo(w.party, mCreatePartyOrg, map[string]any{"in": map[string]any{"kind": "STANDALONE", "name": "服务中心党支部",
			"organizationID": testenv.ID(f.OrgB), "fullMembers": 5, "secretary": "赵书记", "secretaryPhone": "13800009999",
			"foundedOn": day(2024, 7, 1)}}, &br)
		branchB := br.CreatePartyOrganization.ID
		volunteer := func(name, branch string, user *int) string {
			in := map[string]any{"name": name, "partyOrganizationID": branch}
			if user != nil {
				in["userID"] = testenv.ID(*user)
			}
			var out struct{ CreatePartyVolunteer struct{ ID string } }
			e.MustDo(w.party, `mutation($in:PartyVolunteerInput!){ createPartyVolunteer(input:$in){ id } }`, map[string]any{"in": in}, &out)
			return out.CreatePartyVolunteer.ID
		}
		ngoUser, expertUser := f.Users["ngo"], f.Users["expert"]
		vNgo := volunteer("党员甲", committee, &ngoUser)
		vExpert := volunteer("党员乙", committee, &expertUser)
		vB := volunteer("党员丙", branchB, nil)
		a, errs := w.recordActivity(t, w.party, "OTHER", day(2026, 11, 1), 180, f.OrgA)
		require.Empty(t, errs)
		e.MustDo(w.party, `mutation($a:ID!,$v:[ActivityVolunteerInput!]!){ addActivityVolunteers(activityID:$a, volunteers:$v){ id } }`,
			map[string]any{"a": a, "v": []map[string]any{{"volunteerID": vNgo, "minutes": 60}, {"volunteerID": vExpert, "minutes": 60},
				{"volunteerID": vB, "minutes": 120}}}, nil)

		type branchView struct{ ID, Name, Secretary, SecretaryPhone string }
		type board struct {
			VolunteerLeaderboard []struct {
				Volunteer struct {
					ID                string
					PartyOrganization *branchView
				}
			}
		}
		withBranch := `{ volunteerLeaderboard(year:2026){ volunteer{ id partyOrganization{ id name secretary secretaryPhone } } } }`
		// The committee reads every branch, in one statement for the board.
		var all board
		e.MustDo(w.party, withBranch, nil, &all)
		require.Len(t, all.VolunteerLeaderboard, 3)
		require.Equal(t, vB, all.VolunteerLeaderboard[0].Volunteer.ID, "most points first")
		require.Equal(t, branchView{branchB, "服务中心党支部", "赵书记", "13800009999"}, *all.VolunteerLeaderboard[0].Volunteer.PartyOrganization)

		for _, who := range []string{"ngo", "expert"} {
			tok := e.Login(who)
			var ranking board
			e.MustDo(tok, `{ volunteerLeaderboard(year:2026){ volunteer{ id } } }`, nil, &ranking)
			require.Len(t, ranking.VolunteerLeaderboard, 3, "%s reads the ranking", who)
			resp := e.Post(testenv.Request{Token: tok, Query: withBranch})
			require.NotEmpty(t, resp.Errors, who)
			for _, c := range resp.Errors.Codes() {
				require.Contains(t, []string{"FORBIDDEN", "NOT_FOUND"}, c, who)
			}
			require.NotContains(t, string(resp.Data), "13800009999", "%s reads no branch", who)
			require.NotContains(t, string(resp.Data), "赵书记", who)
		}
	})
}

// TestCoverageFiltersKeepToWhatTheViewerReads: the coverage table's form
// and officer filters were subqueries privacy never saw, so an account
// that lists every organisation (incubator staff) and is on the officers'
// roster learned who guides each organisation and how each is covered,
// while the rows themselves showed nothing of it. The filters now keep to
// the organisations whose coverage the viewer reads: the staff officer's
// own; the committee's, all.
func TestCoverageFiltersKeepToWhatTheViewerReads(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		s := newPartyScene(t, e)
		f := e.Fixture
		staffOfficer, staffTok := s.officer(t, "staff", "李静")
		own := s.org(t, "武康街道")
		s.assign(t, own, staffOfficer, day(2026, 3, 1))

		ids := func(rows []coverageRow) []string {
			out := []string{}
			for _, r := range rows {
				out = append(out, r.Organization.ID)
			}
			return out
		}
		filtered := func(tok string, filter map[string]any) []string {
			_, rows := s.rows(t, tok, filter)
			return ids(rows)
		}
		_, all := s.rows(t, staffTok, nil)
		require.NotNil(t, rowOf(all, f.OrgB), "the staff account lists the county's organisations")
		require.Equal(t, "UNCOVERED", rowOf(all, f.OrgB).Form, "and reads none of their coverage")

		require.Empty(t, filtered(staffTok, map[string]any{"officerID": s.guide2}), "who guides OrgB is not theirs")
		require.Empty(t, filtered(staffTok, map[string]any{"officerID": s.guide}))
		require.Equal(t, []string{testenv.ID(own)}, filtered(staffTok, map[string]any{"officerID": staffOfficer}))
		require.Equal(t, []string{testenv.ID(own)}, filtered(staffTok, map[string]any{"form": "DISPATCH"}), "only their own organisation's form")
		require.Empty(t, filtered(staffTok, map[string]any{"form": "UNCOVERED"}), "their own is covered")

		require.Equal(t, []string{testenv.ID(f.OrgB)}, filtered(s.party, map[string]any{"officerID": s.guide2}), "the committee's filters see all")
		require.ElementsMatch(t, []string{testenv.ID(f.OrgA), testenv.ID(f.OrgB), testenv.ID(own)}, filtered(s.party, map[string]any{"form": "DISPATCH"}))
		require.Equal(t, []string{testenv.ID(f.OrgA)}, filtered(s.guideTok, map[string]any{"form": "DISPATCH"}), "an officer: their own")
	})
}

// TestPartyPhotosNeedPartyRights: a visit's photo is a document owned by
// the visit, and document:read read every document of the county whatever
// its owner — so the expert and the incubator staff, to whom the visit is
// FORBIDDEN, read its photo by id, its file name and the file. Party
// records' photos now need party work's right across the county (the
// committee); the officer and the organisation read theirs as before.
func TestPartyPhotosNeedPartyRights(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		s := newPartyScene(t, e)
		data := jpeg(t, 3000)
		photo := upload(t, e, s.guideTok, map[string]any{"ownerKind": "party_visit", "ownerID": s.visitA, "category": "PHOTO",
			"title": "走访照片", "filename": "visit-orgA.jpg", "contentType": "image/jpeg", "size": len(data), "sha256": sum(data)}, data)
		q := `query($id:ID!){ node(id:$id){ ... on Document { id title current { id filename } } } }`
		type docView struct {
			Node *struct {
				ID, Title string
				Current   struct{ ID, Filename string }
			}
		}
		for _, who := range []string{"expert", "staff", "finance", "purchaser"} {
			tok := e.Login(who)
			requirePartyErr(t, e.Do(tok, `query($id:ID!){ node(id:$id){ id } }`, map[string]any{"id": s.visitA}, nil), "FORBIDDEN", "", who)
			var out docView
			errs := e.Do(tok, q, map[string]any{"id": photo.ID}, &out)
			require.Nil(t, out.Node, "%s reads no photo of a visit", who)
			require.Equal(t, []string{"NOT_FOUND"}, errs.Codes(), who)
			var v docView
			errs = e.Do(tok, `query($id:ID!){ node(id:$id){ ... on DocumentVersion { id } } }`, map[string]any{"id": photo.Current.ID}, &v)
			require.Nil(t, v.Node, "%s reads no version of it", who)
			require.Equal(t, []string{"NOT_FOUND"}, errs.Codes(), who)
		}
		for who, tok := range map[string]string{"committee": s.party, "officer": s.guideTok, "member of OrgA": e.Login("ngo")} {
			var out docView
			e.MustDo(tok, q, map[string]any{"id": photo.ID}, &out)
			require.NotNil(t, out.Node, who)
			require.Equal(t, "visit-orgA.jpg", out.Node.Current.Filename, who)
		}
		var out docView
		e.Do(s.guide2Tok, q, map[string]any{"id": photo.ID}, &out)
		require.Nil(t, out.Node, "another officer does not read it")
		// Staff still read the county's other documents.
		var org struct {
			Node *struct{ Documents struct{ TotalCount int } }
		}
		e.MustDo(e.Login("expert"), `query($id:ID!){ node(id:$id){ ... on Organization { documents(first: 5){ totalCount } } } }`,
			map[string]any{"id": testenv.ID(e.Fixture.OrgA)}, &org)
		require.NotNil(t, org.Node)
	})
}
