package graph_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/incubationspace"
	"hatchery/ent/spaceoffer"
	"hatchery/ent/tenancy"
	"hatchery/ent/waitlistentry"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestIncubationStats: the figures of a small history written by hand,
// against figures worked out by hand (in the comments).
func TestIncubationStats(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ctx, c, dq := system(), e.App.Client, e.Fixture.Deqing
		day := func(y int, m time.Month, dd int) time.Time { return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC) }
		w := &incubationWorld{e: e}
		orgs := make([]int, 8)
		for i := range orgs {
			id, _ := w.newNGO(t, 700+i)
			orgs[i] = mustID(t, id)
		}
		centre := c.IncubationCentre.Create().SetDomainID(dq).SetName("统计测试基地").SetTotalArea(200).SaveX(ctx)
		s1 := c.IncubationSpace.Create().SetDomainID(dq).SetCentreID(centre.ID).SetCode("S1").SetKind(incubationspace.KindROOM).SetArea(20).SetSeats(2).SetSeatsUsed(2).SaveX(ctx)
		s2 := c.IncubationSpace.Create().SetDomainID(dq).SetCentreID(centre.ID).SetCode("S2").SetKind(incubationspace.KindOFFICE).SetArea(30).SetSeats(3).SaveX(ctx)
		ten := func(org int, st tenancy.Stage, status tenancy.Status, start time.Time, ended *time.Time, virtual bool) int {
			return c.Tenancy.Create().SetDomainID(dq).SetCentreID(centre.ID).SetOrganizationID(org).SetStage(st).SetStatus(status).
				SetStartOn(start).SetTermMonths(24).SetEndsOn(start.AddDate(2, 0, 0)).SetNillableEndedOn(ended).SetVirtual(virtual).SaveX(ctx).ID
		}
		t1 := ten(orgs[0], tenancy.StageSPROUT, tenancy.StatusACTIVE, day(2026, 1, 10), nil, false)
		g1 := day(2025, 7, 1)
		t2 := ten(orgs[1], tenancy.StageHUB, tenancy.StatusGRADUATED, day(2024, 1, 1), &g1, false) // 18 months
		g2 := day(2026, 1, 1)
		ten(orgs[2], tenancy.StageSTARTUP, tenancy.StatusGRADUATED, day(2025, 1, 1), &g2, true) // 12 months
		ten(orgs[3], tenancy.StageSTARTUP, tenancy.StatusACTIVE, day(2025, 6, 1), nil, true)
		c.TenancySpace.Create().SetDomainID(dq).SetTenancyID(t1).SetSpaceID(s1.ID).SetSeats(2).SetFromOn(day(2026, 1, 10)).ExecX(ctx)
		rel := day(2026, 2, 15)
		c.TenancySpace.Create().SetDomainID(dq).SetTenancyID(t2).SetSpaceID(s2.ID).SetSeats(3).SetFromOn(day(2024, 1, 1)).SetReleasedOn(rel).ExecX(ctx)

		entry := func(org int, status waitlistentry.Status, joined time.Time, left *time.Time) int {
			return c.WaitlistEntry.Create().SetDomainID(dq).SetCentreID(centre.ID).SetOrganizationID(org).SetStage(waitlistentry.StageSPROUT).
				SetSeatsNeeded(1).SetPriority(70).SetJoinedAt(joined).SetStatus(status).SetNillableLeftAt(left).SaveX(ctx).ID
		}
		entry(orgs[4], waitlistentry.StatusWAITING, day(2026, 2, 1), nil)
		l1, l2, l3 := day(2026, 2, 10), day(2026, 3, 1), day(2026, 1, 5)
		e1 := entry(orgs[5], waitlistentry.StatusADMITTED, day(2026, 1, 1), &l1)  // waited 40 days
		e2 := entry(orgs[6], waitlistentry.StatusADMITTED, day(2025, 12, 1), &l2) // waited 90 days
		e3 := entry(orgs[7], waitlistentry.StatusLEFT, day(2025, 11, 1), &l3)
		offer := func(entry, org int, status spaceoffer.Status, answered time.Time) {
			c.SpaceOffer.Create().SetDomainID(dq).SetEntryID(entry).SetOrganizationID(org).SetSpaceID(s2.ID).SetSeats(1).
				SetRespondBy(answered).SetStatus(status).SetAnsweredAt(answered).ExecX(ctx)
		}
		offer(e1, orgs[5], spaceoffer.StatusACCEPTED, day(2026, 2, 10))
		offer(e2, orgs[6], spaceoffer.StatusACCEPTED, day(2026, 3, 1))
		offer(e3, orgs[7], spaceoffer.StatusDECLINED, day(2026, 1, 20))
		offer(e3, orgs[7], spaceoffer.StatusEXPIRED, day(2026, 3, 15))
		offer(e2, orgs[6], spaceoffer.StatusACCEPTED, day(2025, 12, 1)) // before the period

		var out struct {
			IncubationStats struct {
				Occupancy []struct {
					On                                         string
					AreaUsed, AreaTotal, SeatsUsed, SeatsTotal int
				}
				TenantsByStage []struct {
					Stage string
					Count int
				}
				GraduatedByYear           []struct{ Year, Count int }
				AverageMonthsToGraduation *string
				WaitlistLength            int
				AverageWaitDays           *string
				OffersAccepted            int
				OffersDeclined            int
				OffersExpired             int
			}
		}
		e.MustDo(e.Login("staff"), `query($c:ID!){ incubationStats(centreID:$c, from:"2026-01-01T00:00:00Z", to:"2026-04-01T00:00:00Z"){
			occupancy { on areaUsed areaTotal seatsUsed seatsTotal } tenantsByStage { stage count } graduatedByYear { year count }
			averageMonthsToGraduation waitlistLength averageWaitDays offersAccepted offersDeclined offersExpired } }`,
			map[string]any{"c": testenv.ID(centre.ID)}, &out)
		st := out.IncubationStats
		// Month ends: 31 Jan both rooms (5 seats, 50 m²); 28 Feb and 31 Mar
		// S1 alone (S2 released on 15 Feb).
		require.Len(t, st.Occupancy, 3)
		require.Equal(t, []int{5, 2, 2}, []int{st.Occupancy[0].SeatsUsed, st.Occupancy[1].SeatsUsed, st.Occupancy[2].SeatsUsed})
		require.Equal(t, []int{50, 20, 20}, []int{st.Occupancy[0].AreaUsed, st.Occupancy[1].AreaUsed, st.Occupancy[2].AreaUsed})
		require.Equal(t, 50, st.Occupancy[0].AreaTotal)
		require.Equal(t, 5, st.Occupancy[0].SeatsTotal)
		require.Contains(t, st.Occupancy[1].On, "2026-02-28")
		// Active: one sprout (T1), one start-up (T4, virtual).
		require.Equal(t, []struct {
			Stage string
			Count int
		}{{"SPROUT", 1}, {"STARTUP", 1}, {"HUB", 0}}, st.TenantsByStage)
		require.Equal(t, []struct{ Year, Count int }{{2025, 1}, {2026, 1}}, st.GraduatedByYear)
		require.Equal(t, "15.0", *st.AverageMonthsToGraduation, "(18 + 12) / 2")
		require.Equal(t, 1, st.WaitlistLength)
		require.Equal(t, "65.0", *st.AverageWaitDays, "(40 + 90) / 2, admitted in the period")
		require.Equal(t, 2, st.OffersAccepted)
		require.Equal(t, 1, st.OffersDeclined)
		require.Equal(t, 1, st.OffersExpired)
	})
}
