package demo_test

import (
	"context"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/domain"
	"hatchery/ent/organization"
	"hatchery/ent/spaceoffer"
	"hatchery/ent/tenancy"
	"hatchery/ent/tenancyspace"
	"hatchery/ent/waitlistentry"
	"hatchery/internal/demo"
	"hatchery/internal/password"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/viewer"
)

// TestSeedIncubation: the demo centre as the issue pictures it, every
// seat held accounted for, and the two tenants that show the graduation
// rule in the state the demo promises.
func TestSeedIncubation(t *testing.T) {
	for _, d := range testdb.Dialects() {
		t.Run(d.Name, func(t *testing.T) {
			ctx := context.Background()
			a := testenv.OpenApp(t, d.Name, d.DSN(t))
			start := time.Now()
			require.NoError(t, demo.Seed(ctx, a.Client, "demo-password", password.Fast))
			t.Logf("%s: demo seed (registry, accounts, incubation) in %s", d.Name, time.Since(start).Round(time.Millisecond))
			sys := privacy.DecisionContext(ctx, privacy.Allow)
			c := a.Client
			dq := c.Domain.Query().Where(domain.Code(demo.DeqingCode)).OnlyIDX(sys)
			centre := c.IncubationCentre.Query().Where().FirstX(sys)
			require.Equal(t, 1000, centre.TotalArea)
			require.Equal(t, 16, c.Tenancy.Query().Where(tenancy.DomainID(dq), tenancy.StatusEQ(tenancy.StatusACTIVE)).CountX(sys))
			grads := c.Tenancy.Query().Where(tenancy.DomainID(dq), tenancy.StatusEQ(tenancy.StatusGRADUATED)).AllX(sys)
			require.Len(t, grads, 23)
			for _, g := range grads {
				require.NotNil(t, g.CertificateNo)
			}
			require.Equal(t, 3, c.WaitlistEntry.Query().Where(waitlistentry.DomainID(dq), waitlistentry.StatusIn(waitlistentry.StatusWAITING, waitlistentry.StatusOFFERED)).CountX(sys))
			require.Equal(t, 1, c.SpaceOffer.Query().Where(spaceoffer.DomainID(dq), spaceoffer.StatusEQ(spaceoffer.StatusOPEN)).CountX(sys))

			// Every space's seats_used is what active tenancies and open offers hold.
			for _, sp := range c.IncubationSpace.Query().AllX(sys) {
				held := 0
				for _, h := range c.TenancySpace.Query().Where(tenancyspace.SpaceID(sp.ID), tenancyspace.ReleasedOnIsNil()).AllX(sys) {
					held += h.Seats
				}
				for _, o := range c.SpaceOffer.Query().Where(spaceoffer.SpaceID(sp.ID), spaceoffer.StatusEQ(spaceoffer.StatusOPEN)).AllX(sys) {
					held += o.Seats
				}
				require.Equal(t, held, sp.SeatsUsed, "space %s", sp.Code)
			}

			// 彩虹桥 is ready; 莫干山 misses party-building coverage alone.
			staff := c.User.Query().Where().AllX(sys)
			var staffID int
			for _, u := range staff {
				if u.Username == "staff" {
					staffID = u.ID
				}
			}
			require.NoError(t, a.Authz.Reload(ctx))
			vctx := viewer.NewContext(ctx, &viewer.Viewer{UserID: staffID, DomainID: dq})
			check := func(name string) []string {
				org := c.Organization.Query().Where(organization.Name(name)).OnlyIDX(sys)
				ten := c.Tenancy.Query().Where(tenancy.OrganizationID(org), tenancy.StatusEQ(tenancy.StatusACTIVE)).OnlyX(sys)
				gc, err := a.Incubation.GraduationCheck(a.Context(vctx), c, ten)
				require.NoError(t, err)
				var codes []string
				for _, g := range gc.Missing {
					codes = append(codes, g.Code)
				}
				return codes
			}
			require.Empty(t, check("德清县彩虹桥社会工作服务中心"))
			require.Equal(t, []string{"MILESTONE_NOT_MET"}, check("莫干山镇民宿行业协会"))
			// Graduating 彩虹桥 frees room 103's four seats: the waitlist head needs four.
			head := c.WaitlistEntry.Query().Where(waitlistentry.StatusEQ(waitlistentry.StatusWAITING)).
				Order(waitlistentry.ByPriority()).AllX(sys)
			require.Equal(t, 4, head[len(head)-1].SeatsNeeded)
		})
	}
}
