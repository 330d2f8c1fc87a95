package demo_test

import (
	"slices"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/activityorganization"
	"hatchery/ent/domain"
	"hatchery/ent/guidanceofficer"
	"hatchery/ent/officerassignment"
	"hatchery/ent/organization"
	"hatchery/ent/partyactivity"
	"hatchery/ent/partycoverage"
	"hatchery/ent/partyorganization"
	"hatchery/ent/partysettings"
	"hatchery/ent/partyvisit"
	"hatchery/ent/roleassignment"
	"hatchery/ent/user"
	"hatchery/ent/visitfollowup"
	"hatchery/ent/volunteerpointentry"
	"hatchery/internal/demo"
	"hatchery/internal/party"
	"hatchery/internal/party/partydata"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

// TestSeedParty: the party demo, seeded as the server seeds it (after the
// casework and grants demos), reproduces Deqing's figures — 1 committee,
// 16 standalone and 4 joint branches, 228 organisations with a dispatched
// officer — over about 260 organisations; every history is continuous,
// every officer's load is their live assignments and never passed the
// maximum; the demo ngo's organisation is uncovered; guide holds seven.
func TestSeedParty(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
		c := e.App.Client
		dq := c.Domain.Query().Where(domain.Code(demo.DeqingCode)).OnlyIDX(ctx)
		now := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
		today := party.Day(now)
		require.NoError(t, demo.SeedCasework(ctx, c, dq, 20, now))
		require.NoError(t, demo.OpenCases(ctx, c, dq, now))
		require.NoError(t, demo.SeedGrants(ctx, c, dq, now))
		start := time.Now()
		require.NoError(t, demo.SeedParty(ctx, c, dq, now))
		t.Logf("%s: party demo seeded in %s", d.Name, time.Since(start).Round(time.Millisecond))

		// The registry: 266 organisations, valid and unique codes and names.
		orgs := c.Organization.Query().Where(organization.DomainID(dq)).AllX(ctx)
		require.Len(t, orgs, 266)
		codes, names, byID := map[string]bool{}, map[string]bool{}, map[int]*gen.Organization{}
		for _, o := range orgs {
			require.NoError(t, uscc.Validate(o.Uscc), o.Name)
			require.False(t, codes[o.Uscc], "duplicate code %s", o.Uscc)
			require.False(t, names[o.Name], "duplicate name %s", o.Name)
			codes[o.Uscc], names[o.Name], byID[o.ID] = true, true, o
			require.NotNil(t, o.RegisteredOn, o.Name)
			require.False(t, o.RegisteredOn.After(now), "%s registered in the future", o.Name)
			require.NotEmpty(t, o.Town, o.Name)
			require.NotEmpty(t, o.ServiceFields, o.Name)
		}

		// Party organisations.
		committee := c.PartyOrganization.Query().Where(partyorganization.KindEQ(partyorganization.KindCOMMITTEE)).OnlyX(ctx)
		require.Equal(t, demo.PartyCommittee, committee.Name)
		branches := c.PartyOrganization.Query().Where(partyorganization.KindNEQ(partyorganization.KindCOMMITTEE)).AllX(ctx)
		kinds := map[partyorganization.Kind]int{}
		for _, b := range branches {
			kinds[b.Kind]++
			require.GreaterOrEqual(t, b.FullMembers, 3, b.Name)
			require.Equal(t, committee.ID, *b.ParentID, b.Name)
			require.NotNil(t, b.OrganizationID, b.Name)
			require.False(t, b.FoundedOn.After(now), b.Name)
		}
		require.Equal(t, 16, kinds[partyorganization.KindSTANDALONE])
		require.Equal(t, 4, kinds[partyorganization.KindJOINT])

		// Coverage now: every organisation has one current period.
		current := c.PartyCoverage.Query().Where(partycoverage.DomainID(dq), partycoverage.EndOnIsNil()).AllX(ctx)
		require.Len(t, current, 266)
		forms, formOf := map[partycoverage.Form]int{}, map[int]partycoverage.Form{}
		for _, p := range current {
			forms[p.Form]++
			formOf[p.OrganizationID] = p.Form
		}
		require.Equal(t, map[partycoverage.Form]int{"BUILD": 16, "JOIN": 12, "ATTACH": 5, "DISPATCH": 228, "UNCOVERED": 5}, forms)
		ngoOrg := c.Organization.Query().Where(organization.Name("德清县阳光志愿者协会")).OnlyX(ctx)
		require.Equal(t, partycoverage.FormUNCOVERED, formOf[ngoOrg.ID])
		for _, name := range demo.PartyUncovered {
			o := c.Organization.Query().Where(organization.Name(name)).OnlyX(ctx)
			require.Equal(t, partycoverage.FormUNCOVERED, formOf[o.ID], name)
		}

		// Histories: continuous, non-overlapping, days at midnight UTC;
		// an organisation has a live assignment exactly when dispatched,
		// and its assignments are continuous within dispatch.
		periods := map[int][]*gen.PartyCoverage{}
		for _, p := range c.PartyCoverage.Query().Order(partycoverage.ByStartOn()).AllX(ctx) {
			periods[p.OrganizationID] = append(periods[p.OrganizationID], p)
		}
		changedThisYear := 0
		for org, ps := range periods {
			for i, p := range ps {
				require.Equal(t, party.Day(p.StartOn), p.StartOn.UTC())
				require.False(t, p.StartOn.After(today))
				if i < len(ps)-1 {
					require.NotNil(t, p.EndOn, byID[org].Name)
					require.True(t, p.EndOn.Equal(ps[i+1].StartOn), "%s: %s ends %s, next starts %s", byID[org].Name, p.Form, p.EndOn, ps[i+1].StartOn)
					require.True(t, p.EndOn.After(p.StartOn))
					require.NotEqual(t, p.Form, ps[i+1].Form, byID[org].Name)
					if p.EndOn.Year() == 2026 {
						changedThisYear++
					}
				} else {
					require.Nil(t, p.EndOn)
				}
			}
		}
		require.Greater(t, changedThisYear, 30, "the trend moves this year")
		assigns := map[int][]*gen.OfficerAssignment{}
		for _, a := range c.OfficerAssignment.Query().Order(officerassignment.ByStartOn()).AllX(ctx) {
			assigns[a.OrganizationID] = append(assigns[a.OrganizationID], a)
		}
		handovers := 0
		for org, as := range assigns {
			live := as[len(as)-1].EndOn == nil
			require.Equal(t, formOf[org] == partycoverage.FormDISPATCH, live, byID[org].Name)
			for i, a := range as {
				if a.PredecessorID != nil {
					require.Positive(t, i, "%s: the first assignment took none over", byID[org].Name)
					handovers++
					require.Equal(t, as[i-1].ID, *a.PredecessorID)
					require.True(t, as[i-1].EndOn.Equal(a.StartOn), "handover is continuous")
				}
				if i < len(as)-1 {
					require.NotNil(t, a.EndOn)
					require.False(t, a.EndOn.After(as[i+1].StartOn), "assignments do not overlap")
				}
			}
		}
		require.GreaterOrEqual(t, handovers, 10)

		// Officers: load is the live assignments, under the maximum now
		// and at every day of their history.
		st := c.PartySettings.Query().Where(partysettings.DomainID(dq)).OnlyX(ctx)
		require.Equal(t, demo.PartyMaxLoad, st.MaxOfficerLoad)
		require.Equal(t, 10, st.PointsPerHour)
		officers := c.GuidanceOfficer.Query().Where(guidanceofficer.DomainID(dq)).WithUser(func(q *gen.UserQuery) { q.WithRoleAssignments() }).AllX(ctx)
		require.Len(t, officers, 31)
		total := 0
		for _, o := range officers {
			as := c.OfficerAssignment.Query().Where(officerassignment.OfficerID(o.ID)).AllX(ctx)
			live := 0
			for _, a := range as {
				if a.EndOn == nil {
					live++
				}
				held := 0
				for _, b := range as {
					if !b.StartOn.After(a.StartOn) && (b.EndOn == nil || b.EndOn.After(a.StartOn)) {
						held++
					}
				}
				require.LessOrEqual(t, held, st.MaxOfficerLoad, "%s held %d on %s", o.Name, held, a.StartOn)
			}
			require.Equal(t, live, o.CurrentLoad, o.Name)
			require.LessOrEqual(t, o.CurrentLoad, st.MaxOfficerLoad)
			require.GreaterOrEqual(t, o.CurrentLoad, 4, o.Name)
			total += live
			require.True(t, slices.ContainsFunc(o.Edges.User.Edges.RoleAssignments, func(r *gen.RoleAssignment) bool {
				return r.Role == roleassignment.RoleGUIDANCE_OFFICER
			}), o.Edges.User.Username)
			require.NotEmpty(t, o.Unit)
		}
		require.Equal(t, 228, total)
		guide := c.GuidanceOfficer.Query().Where(guidanceofficer.HasUserWith(user.Username("guide"))).OnlyX(ctx)
		require.Equal(t, "孙红梅", guide.Name)
		var held []string
		for _, a := range c.OfficerAssignment.Query().Where(officerassignment.OfficerID(guide.ID), officerassignment.EndOnIsNil()).WithOrganization().AllX(ctx) {
			held = append(held, a.Edges.Organization.Name)
		}
		require.ElementsMatch(t, demo.PartyGuideOrganizations, held)
		require.True(t, c.User.Query().Where(user.Username("guide31")).ExistX(ctx))

		// A year of visits: every month of 2026, a few per officer.
		visits := c.PartyVisit.Query().Where(partyvisit.VisitedOnGTE(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))).AllX(ctx)
		months := map[time.Month]int{}
		for _, v := range visits {
			require.False(t, v.VisitedOn.After(today))
			months[v.VisitedOn.Month()]++
		}
		require.Len(t, months, 12)
		require.Greater(t, len(visits), 31*2*11, "a few per officer per month")
		soon := c.VisitFollowUp.Query().Where(visitfollowup.OfficerID(guide.ID), visitfollowup.DoneOnIsNil(),
			visitfollowup.DueOnGTE(today), visitfollowup.DueOnLTE(today.AddDate(0, 0, 3))).CountX(ctx)
		require.Equal(t, 2, soon, "two of guide's follow-ups due within three days")
		require.Greater(t, c.VisitFollowUp.Query().Where(visitfollowup.DoneOnNotNil()).CountX(ctx), 50)
		require.Greater(t, c.VisitFollowUp.Query().Where(visitfollowup.DoneOnIsNil()).CountX(ctx), 10)

		// Activities of every type, each with its organisations; points
		// are minutes at the rule for the type.
		acts := c.PartyActivity.Query().WithInvolvements().AllX(ctx)
		require.GreaterOrEqual(t, len(acts), 38)
		types := map[partydata.ActivityType]bool{}
		for _, a := range acts {
			types[a.Type] = true
			require.NotEmpty(t, a.Edges.Involvements, a.Title)
			require.NotEmpty(t, a.Place)
			require.False(t, a.HeldOn.After(today))
		}
		require.Len(t, types, len(partydata.ActivityTypes))
		require.Positive(t, c.PartyActivity.Query().Where(partyactivity.OfficerID(guide.ID)).CountX(ctx))
		require.Positive(t, c.ActivityOrganization.Query().Where(activityorganization.OrganizationIDIn(
			c.Organization.Query().Where(organization.NameIn(demo.PartyGuideOrganizations...)).IDsX(ctx)...)).CountX(ctx))
		rate := map[partydata.ActivityType]int{}
		for _, r := range c.PartyPointRule.Query().AllX(ctx) {
			rate[r.ActivityType] = r.PointsPerHour
		}
		require.Equal(t, 12, rate[partydata.RiverCleaning])
		require.Equal(t, 15, rate[partydata.MartyrsCommemoration])
		require.Equal(t, 60, c.PartyVolunteer.Query().CountX(ctx))
		earned := c.VolunteerPointEntry.Query().Where(volunteerpointentry.KindEQ(volunteerpointentry.KindEARNED)).WithActivity().AllX(ctx)
		require.Greater(t, len(earned), 150)
		points := 0
		for _, en := range earned {
			r, ok := rate[en.Edges.Activity.Type]
			if !ok {
				r = st.PointsPerHour
			}
			require.Equal(t, party.Points(en.Minutes, r), en.Points)
			require.Equal(t, en.Edges.Activity.HeldOn.Year(), en.Year)
			points += en.Points
		}
		require.Equal(t, 3, c.VolunteerPointEntry.Query().Where(volunteerpointentry.KindEQ(volunteerpointentry.KindCORRECTION)).CountX(ctx))
		t.Logf("%s: %d visits in 2026, %d activities, %d EARNED lines, %d points earned", d.Name, len(visits), len(acts), len(earned), points)
	})
}
