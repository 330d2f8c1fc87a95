package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/ent/partycoverage"
	"hatchery/ent/partyorganization"
	"hatchery/ent/roleassignment"
	"hatchery/ent/volunteerpointentry"
	"hatchery/internal/orgtype"
	"hatchery/internal/party/partydata"
	"hatchery/internal/password"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

const partyStatsQuery = `query($y:Int!){ partyStatistics(year:$y){ year total covered rate byForm{ form count }
	byTown{ key total covered rate byForm{ form count } } byKind{ key total covered rate }
	trend{ month total covered rate } partyOrganizations{ kind count fullMembers probationaryMembers }
	officerLoads{ officer{ name } load } maxLoad visitsByMonth{ month count }
	activitiesByType{ type count volunteerMinutes } volunteerMinutes pointsAwarded } }`

type formCount struct {
	Form  string
	Count int
}

type partyStats struct {
	Year, Total, Covered int
	Rate                 float64
	ByForm               []formCount
	ByTown               []struct {
		Key            string
		Total, Covered int
		Rate           float64
		ByForm         []formCount
	}
	ByKind []struct {
		Key            string
		Total, Covered int
		Rate           float64
	}
	Trend []struct {
		Month          string
		Total, Covered int
		Rate           float64
	}
	PartyOrganizations []struct {
		Kind                                    string
		Count, FullMembers, ProbationaryMembers int
	}
	OfficerLoads []struct {
		Officer struct{ Name string }
		Load    int
	}
	MaxLoad       int
	VisitsByMonth []struct {
		Month string
		Count int
	}
	ActivitiesByType []struct {
		Type                    string
		Count, VolunteerMinutes int
	}
	VolunteerMinutes, PointsAwarded int
}

// TestPartyStatistics: the committee's figures of a small county written by
// hand (as the system, straight into the database), against figures worked
// out by hand in the comments. Deqing's party records, written alongside,
// must not count. The clock is 15 June 2026.
//
//	org  kind        town  registered   coverage
//	o1   group       东林  2020         BUILD (own branch b1) since 2025-05-01
//	o2   group       东林  2020         JOIN (j1) since 2026-02-10
//	o3   agency      东林  2020         JOIN (j1) since 2026-03-31
//	o4   agency      西湖  2020         ATTACH (b1) since 2026-01-31
//	o5   agency      西湖  2020         DISPATCH (X) since 2025-10-01
//	o6   foundation  西湖  2020         UNCOVERED 2025-01-01..2026-04-15, DISPATCH (X) since
//	o7   foundation  西湖  2026-03-10   none recorded (UNCOVERED)
//	o8   group       东林  2020         DISPATCH (Y) 2025-06-01..2026-05-20, UNCOVERED since
//	o9   group       东林  2020         DISPATCH since 2025-01-01, but deregistered: never counted
//	o10  group       南浔  2019         none recorded (UNCOVERED)
//	o11  group       东林  2020         DISPATCH (Z) since 2026-05-01
func TestPartyStatistics(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ctx, c := system(), e.App.Client
		e.App.Party.Now = func() time.Time { return time.Date(2026, 6, 15, 4, 0, 0, 0, time.UTC) }
		ymd := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
		ptr := func(t time.Time) *time.Time { return &t }

		dom := c.Domain.Create().SetName("统计测试县").SetCode("330599").SetCasePrefix("TJ").SaveX(ctx).ID
		hash, err := password.Hash(testenv.Password, password.Fast)
		require.NoError(t, err)
		account := func(name string, role *roleassignment.Role) int {
			u := c.User.Create().SetDomainID(dom).SetUsername(name).SetDisplayName(name).SetPasswordHash(hash).SaveX(ctx)
			if role != nil {
				c.RoleAssignment.Create().SetDomainID(dom).SetUserID(u.ID).SetRole(*role).ExecX(ctx)
			}
			return u.ID
		}
		committeeRole, adminRole, guideRole := roleassignment.RolePARTY_OFFICER, roleassignment.RoleBUREAU_ADMIN, roleassignment.RoleGUIDANCE_OFFICER
		account("tj-party", &committeeRole)
		account("tj-admin", &adminRole)
		require.NoError(t, e.App.Authz.Reload(context.Background()))

		const t1, t2, t3 = "东林镇", "西湖镇", "南浔镇"
		n := 0
		org := func(kind organization.Kind, town string, reg time.Time, status organization.Status) int {
			n++
			k := map[organization.Kind]byte{organization.KindSOCIAL_GROUP: uscc.KindSocialGroup, organization.KindFOUNDATION: uscc.KindFoundation}[kind]
			if k == 0 {
				k = uscc.KindPrivateNonEnterprise
			}
			return c.Organization.Create().SetDomainID(dom).SetName("统计测试组织" + string(rune('A'+n))).SetTown(town).
				SetUscc(uscc.ForSocialOrg(k, "330599", 800+n)).SetKind(kind).SetStage(organization.StageSTARTUP).
				SetServiceFields([]orgtype.ServiceField{orgtype.CommunityService}).SetRegisteredOn(reg).SetStatus(status).SaveX(ctx).ID
		}
		group, agency, foundation := organization.KindSOCIAL_GROUP, organization.KindSOCIAL_SERVICE_AGENCY, organization.KindFOUNDATION
		active := organization.StatusACTIVE
		o1 := org(group, t1, ymd(2020, 1, 1), active)
		o2 := org(group, t1, ymd(2020, 1, 1), active)
		o3 := org(agency, t1, ymd(2020, 1, 1), active)
		o4 := org(agency, t2, ymd(2020, 1, 1), active)
		o5 := org(agency, t2, ymd(2020, 1, 1), active)
		o6 := org(foundation, t2, ymd(2020, 1, 1), active)
		org(foundation, t2, ymd(2026, 3, 10), active) // o7
		o8 := org(group, t1, ymd(2020, 1, 1), active)
		o9 := org(group, t1, ymd(2020, 1, 1), organization.StatusDEREGISTERED)
		o10 := org(group, t3, ymd(2019, 1, 1), active)
		o11 := org(group, t1, ymd(2020, 1, 1), active)

		po := func(kind partyorganization.Kind, name string, owner *int, full, prob int, dissolved *time.Time) int {
			return c.PartyOrganization.Create().SetDomainID(dom).SetKind(kind).SetName(name).SetNillableOrganizationID(owner).
				SetFullMembers(full).SetProbationaryMembers(prob).SetFoundedOn(ymd(2024, 7, 1)).SetNillableDissolvedOn(dissolved).SaveX(ctx).ID
		}
		committee := po(partyorganization.KindCOMMITTEE, "统计测试县综合党委", nil, 9, 1, nil)
		b1 := po(partyorganization.KindSTANDALONE, "o1党支部", &o1, 5, 2, nil)
		j1 := po(partyorganization.KindJOINT, "东林镇联合党支部", nil, 4, 0, nil)
		b2 := po(partyorganization.KindSTANDALONE, "o10党支部（已撤销）", &o10, 3, 0, ptr(ymd(2025, 12, 1)))

		cov := func(o int, form partycoverage.Form, branch *int, start time.Time, end *time.Time) {
			c.PartyCoverage.Create().SetDomainID(dom).SetOrganizationID(o).SetForm(form).SetNillablePartyOrganizationID(branch).
				SetStartOn(start).SetNillableEndOn(end).SetReason("统计测试").ExecX(ctx)
		}
		cov(o1, partycoverage.FormBUILD, &b1, ymd(2025, 5, 1), nil)
		cov(o2, partycoverage.FormJOIN, &j1, ymd(2026, 2, 10), nil)
		cov(o3, partycoverage.FormJOIN, &j1, ymd(2026, 3, 31), nil)
		cov(o4, partycoverage.FormATTACH, &b1, ymd(2026, 1, 31), nil)
		cov(o5, partycoverage.FormDISPATCH, nil, ymd(2025, 10, 1), nil)
		cov(o6, partycoverage.FormUNCOVERED, nil, ymd(2025, 1, 1), ptr(ymd(2026, 4, 15)))
		cov(o6, partycoverage.FormDISPATCH, nil, ymd(2026, 4, 15), nil)
		cov(o8, partycoverage.FormDISPATCH, nil, ymd(2025, 6, 1), ptr(ymd(2026, 5, 20)))
		cov(o8, partycoverage.FormUNCOVERED, nil, ymd(2026, 5, 20), nil)
		cov(o9, partycoverage.FormDISPATCH, nil, ymd(2025, 1, 1), nil)
		cov(o11, partycoverage.FormDISPATCH, nil, ymd(2026, 5, 1), nil)

		officer := func(username, name string, load int, on bool) *gen.GuidanceOfficer {
			return c.GuidanceOfficer.Create().SetDomainID(dom).SetUserID(account(username, &guideRole)).SetName(name).
				SetCurrentLoad(load).SetActive(on).SaveX(ctx)
		}
		x, y, z := officer("tj-x", "X指导员", 2, true), officer("tj-y", "Y指导员", 0, true), officer("tj-z", "Z指导员", 1, true)
		officer("tj-w", "W指导员", 0, false)
		assign := func(o *gen.GuidanceOfficer, orgID int, start time.Time, end *time.Time) {
			c.OfficerAssignment.Create().SetDomainID(dom).SetOfficerID(o.ID).SetOrganizationID(orgID).SetStartOn(start).SetNillableEndOn(end).ExecX(ctx)
		}
		assign(x, o5, ymd(2025, 10, 1), nil)
		assign(x, o6, ymd(2026, 4, 15), nil)
		assign(y, o8, ymd(2025, 6, 1), ptr(ymd(2026, 5, 20)))
		assign(z, o11, ymd(2026, 5, 1), nil)
		c.PartySettings.Create().SetDomainID(dom).SetMaxOfficerLoad(8).ExecX(ctx)

		// Visits of 2026: January 2, February 1, March 2, June 1 (and one of 2025).
		for _, v := range []struct {
			org int
			on  time.Time
		}{{o5, ymd(2026, 1, 5)}, {o5, ymd(2026, 1, 31)}, {o5, ymd(2026, 2, 1)}, {o5, ymd(2026, 3, 15)}, {o6, ymd(2026, 3, 15)},
			{o6, ymd(2026, 6, 15)}, {o5, ymd(2025, 12, 31)}} {
			c.PartyVisit.Create().SetDomainID(dom).SetOrganizationID(v.org).SetOfficerID(x.ID).SetVisitedOn(v.on).SetTopics("走访").ExecX(ctx)
		}
		// Activities of 2026: river cleaning twice (120 + 90 min), legal outreach once (60); one of 2025.
		activity := func(typ partydata.ActivityType, on time.Time, minutes int) int {
			a := c.PartyActivity.Create().SetDomainID(dom).SetType(typ).SetTitle(string(typ)).SetHeldOn(on).
				SetOfficerID(x.ID).SetVolunteerMinutes(minutes).SaveX(ctx)
			c.ActivityOrganization.Create().SetDomainID(dom).SetActivityID(a.ID).SetOrganizationID(o5).ExecX(ctx)
			return a.ID
		}
		a1 := activity(partydata.RiverCleaning, ymd(2026, 1, 10), 120)
		activity(partydata.RiverCleaning, ymd(2026, 5, 1), 90)
		a3 := activity(partydata.LegalOutreach, ymd(2026, 3, 1), 60)
		a4 := activity(partydata.Other, ymd(2025, 12, 20), 300)
		// Points of 2026: 24 + 18 - 2 = 40 (and 50 of 2025).
		vol := c.PartyVolunteer.Create().SetDomainID(dom).SetName("党员甲").SetPartyOrganizationID(committee).SaveX(ctx).ID
		point := func(kind volunteerpointentry.Kind, activity *int, year, minutes, points int) {
			c.VolunteerPointEntry.Create().SetDomainID(dom).SetVolunteerID(vol).SetKind(kind).SetNillableActivityID(activity).
				SetYear(year).SetMinutes(minutes).SetPoints(points).ExecX(ctx)
		}
		point(volunteerpointentry.KindEARNED, &a1, 2026, 120, 24)
		point(volunteerpointentry.KindEARNED, &a3, 2026, 60, 18)
		point(volunteerpointentry.KindCORRECTION, nil, 2026, 0, -2)
		point(volunteerpointentry.KindEARNED, &a4, 2025, 300, 50)

		// Deqing's records of the same months, which must not count.
		dq := e.Fixture.Deqing
		dqOfficer := c.GuidanceOfficer.Create().SetDomainID(dq).SetUserID(e.Fixture.Users["guide"]).SetName("孙红梅").SetCurrentLoad(9).SaveX(ctx)
		c.PartyCoverage.Create().SetDomainID(dq).SetOrganizationID(e.Fixture.OrgA).SetForm(partycoverage.FormDISPATCH).SetStartOn(ymd(2026, 1, 1)).ExecX(ctx)
		c.PartyVisit.Create().SetDomainID(dq).SetOrganizationID(e.Fixture.OrgA).SetOfficerID(dqOfficer.ID).SetVisitedOn(ymd(2026, 1, 15)).SetTopics("走访").ExecX(ctx)
		dqAct := c.PartyActivity.Create().SetDomainID(dq).SetType(partydata.RiverCleaning).SetTitle("清河").SetHeldOn(ymd(2026, 2, 1)).
			SetVolunteerMinutes(500).SaveX(ctx)
		dqBranch := c.PartyOrganization.Create().SetDomainID(dq).SetKind(partyorganization.KindJOINT).SetName("德清联合党支部").
			SetFullMembers(30).SetFoundedOn(ymd(2024, 1, 1)).SaveX(ctx)
		dqVol := c.PartyVolunteer.Create().SetDomainID(dq).SetName("德清党员").SetPartyOrganizationID(dqBranch.ID).SaveX(ctx)
		c.VolunteerPointEntry.Create().SetDomainID(dq).SetVolunteerID(dqVol.ID).SetKind(volunteerpointentry.KindEARNED).
			SetActivityID(dqAct.ID).SetYear(2026).SetMinutes(500).SetPoints(100).ExecX(ctx)

		var out struct{ PartyStatistics partyStats }
		e.MustDo(e.Login("tj-party"), partyStatsQuery, map[string]any{"y": 2026}, &out)
		st := out.PartyStatistics
		// Now: o1..o8, o10, o11 are counted (o9 is deregistered): 10, of
		// which o1 o2 o3 o4 o5 o6 o11 are covered: 7.
		require.Equal(t, 2026, st.Year)
		require.Equal(t, 10, st.Total)
		require.Equal(t, 7, st.Covered)
		require.InDelta(t, 0.7, st.Rate, 1e-9)
		require.Equal(t, []formCount{{"BUILD", 1}, {"JOIN", 2}, {"ATTACH", 1}, {"DISPATCH", 3}, {"UNCOVERED", 3}}, st.ByForm)
		// By town, the largest first: 东林 o1 o2 o3 o8 o11 (4 covered),
		// 西湖 o4 o5 o6 o7 (3), 南浔 o10 (none).
		require.Len(t, st.ByTown, 3)
		require.Equal(t, []string{t1, t2, t3}, []string{st.ByTown[0].Key, st.ByTown[1].Key, st.ByTown[2].Key})
		require.Equal(t, []int{5, 4, 4, 3, 1, 0}, []int{st.ByTown[0].Total, st.ByTown[0].Covered, st.ByTown[1].Total, st.ByTown[1].Covered, st.ByTown[2].Total, st.ByTown[2].Covered})
		require.InDelta(t, 0.8, st.ByTown[0].Rate, 1e-9)
		require.InDelta(t, 0.75, st.ByTown[1].Rate, 1e-9)
		require.Zero(t, st.ByTown[2].Rate)
		require.Equal(t, []formCount{{"BUILD", 1}, {"JOIN", 2}, {"DISPATCH", 1}, {"UNCOVERED", 1}}, st.ByTown[0].ByForm)
		require.Equal(t, []formCount{{"ATTACH", 1}, {"DISPATCH", 2}, {"UNCOVERED", 1}}, st.ByTown[1].ByForm)
		require.Equal(t, []formCount{{"UNCOVERED", 1}}, st.ByTown[2].ByForm)
		// By kind: groups o1 o2 o8 o10 o11 (3 covered), agencies o3 o4 o5
		// (3), foundations o6 o7 (1).
		require.Len(t, st.ByKind, 3)
		require.Equal(t, []string{"SOCIAL_GROUP", "SOCIAL_SERVICE_AGENCY", "FOUNDATION"}, []string{st.ByKind[0].Key, st.ByKind[1].Key, st.ByKind[2].Key})
		require.Equal(t, []int{5, 3, 3, 3, 2, 1}, []int{st.ByKind[0].Total, st.ByKind[0].Covered, st.ByKind[1].Total, st.ByKind[1].Covered, st.ByKind[2].Total, st.ByKind[2].Covered})
		require.InDelta(t, 0.6, st.ByKind[0].Rate, 1e-9)
		require.InDelta(t, 1.0, st.ByKind[1].Rate, 1e-9)
		require.InDelta(t, 0.5, st.ByKind[2].Rate, 1e-9)

		// The trend, at each month's end up to today (15 June):
		//   Jan 31: counted 9 (o7 not yet registered); covered o1 o4 o5 o8 = 4
		//   Feb 28: 9; + o2 = 5
		//   Mar 31: 10; + o3 (from the 31st itself) = 6
		//   Apr 30: 10; + o6 = 7
		//   May 31: 10; - o8 (ended 20 May) + o11 = 7
		//   Jun 15: 10; 7, as now.
		type month struct {
			Month          string
			Total, Covered int
		}
		var trend []month
		for _, m := range st.Trend {
			trend = append(trend, month{m.Month, m.Total, m.Covered})
			require.InDelta(t, float64(m.Covered)/float64(m.Total), m.Rate, 1e-9, m.Month)
		}
		require.Equal(t, []month{{"2026-01", 9, 4}, {"2026-02", 9, 5}, {"2026-03", 10, 6}, {"2026-04", 10, 7}, {"2026-05", 10, 7}, {"2026-06", 10, 7}}, trend)

		// Standing party organisations (b2 is dissolved).
		type kindCount struct {
			Kind                                    string
			Count, FullMembers, ProbationaryMembers int
		}
		var kinds []kindCount
		for _, k := range st.PartyOrganizations {
			kinds = append(kinds, kindCount{k.Kind, k.Count, k.FullMembers, k.ProbationaryMembers})
		}
		require.Equal(t, []kindCount{{"COMMITTEE", 1, 9, 1}, {"STANDALONE", 1, 5, 2}, {"JOINT", 1, 4, 0}}, kinds)
		// Active officers, the most loaded first (W is off duty).
		var loads []string
		for _, l := range st.OfficerLoads {
			loads = append(loads, l.Officer.Name+":"+string(rune('0'+l.Load)))
		}
		require.Equal(t, []string{"X指导员:2", "Z指导员:1", "Y指导员:0"}, loads)
		require.Equal(t, 8, st.MaxLoad)

		visits := map[string]int{}
		require.Len(t, st.VisitsByMonth, 12)
		for _, m := range st.VisitsByMonth {
			if m.Count > 0 {
				visits[m.Month] = m.Count
			}
		}
		require.Equal(t, map[string]int{"2026-01": 2, "2026-02": 1, "2026-03": 2, "2026-06": 1}, visits)
		require.Len(t, st.ActivitiesByType, 8, "every type listed")
		acts := map[string][2]int{}
		for _, a := range st.ActivitiesByType {
			if a.Count > 0 {
				acts[a.Type] = [2]int{a.Count, a.VolunteerMinutes}
			}
		}
		require.Equal(t, map[string][2]int{"RIVER_CLEANING": {2, 210}, "LEGAL_OUTREACH": {1, 60}}, acts)
		require.Equal(t, 270, st.VolunteerMinutes)
		require.Equal(t, 40, st.PointsAwarded, "24 + 18 - 2")

		// The bureau reads the same figures; a past year has its own activity figures.
		var adm struct{ PartyStatistics partyStats }
		e.MustDo(e.Login("tj-admin"), partyStatsQuery, map[string]any{"y": 2026}, &adm)
		require.Equal(t, st, adm.PartyStatistics)
		var past struct{ PartyStatistics partyStats }
		e.MustDo(e.Login("tj-party"), partyStatsQuery, map[string]any{"y": 2025}, &past)
		require.Len(t, past.PartyStatistics.Trend, 12, "every month of a past year")
		// 2025-12-31: counted 9 (o7 not registered); covered o1 o5 o8 = 3 (o6 uncovered then, o4 not yet).
		dec := past.PartyStatistics.Trend[11]
		require.Equal(t, []any{"2025-12", 9, 3}, []any{dec.Month, dec.Total, dec.Covered})
		require.Equal(t, 50, past.PartyStatistics.PointsAwarded)
		require.Equal(t, 300, past.PartyStatistics.VolunteerMinutes)
		require.Equal(t, 10, past.PartyStatistics.Total, "coverage now does not depend on the year")
		errs := e.Do(e.Login("tj-party"), partyStatsQuery, map[string]any{"y": 2027}, nil)
		requirePartyErr(t, errs, "BAD_USER_INPUT", "BAD_YEAR")

		// The uncovered list and the table's filters agree with the figures.
		w := &partyWorld{e: e}
		tok := e.Login("tj-party")
		for _, c := range []struct {
			filter map[string]any
			want   int
		}{
			{nil, 10},
			{map[string]any{"form": "UNCOVERED"}, 3},
			{map[string]any{"form": "DISPATCH"}, 3},
			{map[string]any{"form": "JOIN"}, 2},
			{map[string]any{"town": t1}, 5},
			{map[string]any{"kind": "FOUNDATION"}, 2},
			{map[string]any{"officerID": testenv.ID(x.ID)}, 2},
		} {
			total, rows := w.rows(t, tok, c.filter)
			require.Equal(t, c.want, total, "%v", c.filter)
			require.Len(t, rows, c.want)
		}
		// Each branch counts what it covers now: b1 o1 (built) and o4 (attached), j1 o2 and o3.
		var pos struct {
			PartyOrganizations struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID           string
						CoveredCount int
					}
				}
			}
		}
		e.MustDo(tok, `{ partyOrganizations(first:20){ totalCount edges{ node{ id coveredCount } } } }`, nil, &pos)
		require.Equal(t, 4, pos.PartyOrganizations.TotalCount)
		covered := map[string]int{}
		for _, ed := range pos.PartyOrganizations.Edges {
			covered[ed.Node.ID] = ed.Node.CoveredCount
		}
		require.Equal(t, map[string]int{testenv.ID(committee): 0, testenv.ID(b1): 2, testenv.ID(j1): 2, testenv.ID(b2): 0}, covered)
	})
}
