package graph_test

import (
	"context"
	"testing"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/activityorganization"
	"hatchery/ent/guidanceofficer"
	"hatchery/ent/officerassignment"
	"hatchery/ent/partyactivity"
	"hatchery/ent/partycoverage"
	"hatchery/ent/partyorganization"
	"hatchery/ent/partypointrule"
	"hatchery/ent/partysettings"
	"hatchery/ent/partyvisit"
	"hatchery/ent/partyvolunteer"
	"hatchery/ent/roleassignment"
	"hatchery/ent/visitfollowup"
	"hatchery/ent/volunteerpointentry"
	"hatchery/internal/party/partydata"
	"hatchery/internal/password"
	"hatchery/internal/testenv"
)

// The party-building types in the county-isolation walk.
func init() {
	add := func(typ string, f func(ctx context.Context, c *gen.Client, d int) []int) { inCounty[typ] = f }
	add("PartyOrganization", func(ctx context.Context, c *gen.Client, d int) []int {
		return c.PartyOrganization.Query().Where(partyorganization.DomainID(d)).IDsX(ctx)
	})
	add("PartyCoverage", func(ctx context.Context, c *gen.Client, d int) []int {
		return c.PartyCoverage.Query().Where(partycoverage.DomainID(d)).IDsX(ctx)
	})
	add("GuidanceOfficer", func(ctx context.Context, c *gen.Client, d int) []int {
		return c.GuidanceOfficer.Query().Where(guidanceofficer.DomainID(d)).IDsX(ctx)
	})
	add("OfficerAssignment", func(ctx context.Context, c *gen.Client, d int) []int {
		return c.OfficerAssignment.Query().Where(officerassignment.DomainID(d)).IDsX(ctx)
	})
	add("PartySettings", func(ctx context.Context, c *gen.Client, d int) []int {
		return c.PartySettings.Query().Where(partysettings.DomainID(d)).IDsX(ctx)
	})
	add("PartyPointRule", func(ctx context.Context, c *gen.Client, d int) []int {
		return c.PartyPointRule.Query().Where(partypointrule.DomainID(d)).IDsX(ctx)
	})
	add("PartyVisit", func(ctx context.Context, c *gen.Client, d int) []int {
		return c.PartyVisit.Query().Where(partyvisit.DomainID(d)).IDsX(ctx)
	})
	add("VisitFollowUp", func(ctx context.Context, c *gen.Client, d int) []int {
		return c.VisitFollowUp.Query().Where(visitfollowup.DomainID(d)).IDsX(ctx)
	})
	add("PartyActivity", func(ctx context.Context, c *gen.Client, d int) []int {
		return c.PartyActivity.Query().Where(partyactivity.DomainID(d)).IDsX(ctx)
	})
	add("ActivityOrganization", func(ctx context.Context, c *gen.Client, d int) []int {
		return c.ActivityOrganization.Query().Where(activityorganization.DomainID(d)).IDsX(ctx)
	})
	add("PartyVolunteer", func(ctx context.Context, c *gen.Client, d int) []int {
		return c.PartyVolunteer.Query().Where(partyvolunteer.DomainID(d)).IDsX(ctx)
	})
	add("VolunteerPointEntry", func(ctx context.Context, c *gen.Client, d int) []int {
		return c.VolunteerPointEntry.Query().Where(volunteerpointentry.DomainID(d)).IDsX(ctx)
	})
}

// fillParty gives county b one row of every party-building type: a
// committee and a branch, coverage, an officer (with an account of b) and
// an assignment, settings and a point rule, a visit with a follow-up, an
// activity with its organisation, a volunteer with points.
func fillParty(t *testing.T, sys context.Context, c *gen.Client, b, org int) {
	t.Helper()
	now := time.Now().UTC().Truncate(24 * time.Hour)
	committee := c.PartyOrganization.Create().SetDomainID(b).SetKind(partyorganization.KindCOMMITTEE).
		SetName("平阳县社会组织综合党委").SetFullMembers(9).SetFoundedOn(now.AddDate(-3, 0, 0)).SaveX(sys)
	c.PartyCoverage.Create().SetDomainID(b).SetOrganizationID(org).SetForm(partycoverage.FormDISPATCH).
		SetStartOn(now.AddDate(0, -2, 0)).SetReason("选派").ExecX(sys)
	hash, err := password.Hash(testenv.Password, password.Fast)
	if err != nil {
		t.Fatal(err)
	}
	u := c.User.Create().SetDomainID(b).SetUsername("py-guide").SetDisplayName("平阳指导员").SetPasswordHash(hash).SaveX(sys)
	c.RoleAssignment.Create().SetDomainID(b).SetUserID(u.ID).SetRole(roleassignment.RoleGUIDANCE_OFFICER).ExecX(sys)
	o := c.GuidanceOfficer.Create().SetDomainID(b).SetUserID(u.ID).SetName("平阳指导员").SetCurrentLoad(1).SaveX(sys)
	c.OfficerAssignment.Create().SetDomainID(b).SetOfficerID(o.ID).SetOrganizationID(org).SetStartOn(now.AddDate(0, -2, 0)).ExecX(sys)
	c.PartySettings.Create().SetDomainID(b).ExecX(sys)
	c.PartyPointRule.Create().SetDomainID(b).SetActivityType(partydata.RiverCleaning).SetPointsPerHour(12).ExecX(sys)
	v := c.PartyVisit.Create().SetDomainID(b).SetOrganizationID(org).SetOfficerID(o.ID).SetVisitedOn(now).SetTopics("走访").SaveX(sys)
	c.VisitFollowUp.Create().SetDomainID(b).SetVisitID(v.ID).SetOrganizationID(org).SetOfficerID(o.ID).
		SetAction("建台账").SetDueOn(now).ExecX(sys)
	a := c.PartyActivity.Create().SetDomainID(b).SetType(partydata.RiverCleaning).SetTitle("清河").SetHeldOn(now).
		SetOfficerID(o.ID).SetVolunteerMinutes(120).SaveX(sys)
	c.ActivityOrganization.Create().SetDomainID(b).SetActivityID(a.ID).SetOrganizationID(org).ExecX(sys)
	vol := c.PartyVolunteer.Create().SetDomainID(b).SetName("平阳志愿者").SetPartyOrganizationID(committee.ID).SaveX(sys)
	c.VolunteerPointEntry.Create().SetDomainID(b).SetVolunteerID(vol.ID).SetKind(volunteerpointentry.KindEARNED).
		SetActivityID(a.ID).SetYear(now.Year()).SetMinutes(120).SetPoints(24).ExecX(sys)
}
