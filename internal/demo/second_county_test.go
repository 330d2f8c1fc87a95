package demo_test

import (
	"context"
	"testing"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/domain"
	"hatchery/ent/membership"
	"hatchery/ent/organization"
	"hatchery/ent/user"
	"hatchery/internal/demo"
	"hatchery/internal/password"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// The second county has its own bureau, users and organisations, none of
// them in Deqing's domain.
func TestSeedSecondCounty(t *testing.T) {
	for _, d := range testdb.Dialects() {
		t.Run(d.Name, func(t *testing.T) {
			ctx := context.Background()
			a := testenv.OpenApp(t, d.Name, d.DSN(t))
			require.NoError(t, demo.Seed(ctx, a.Client, "demo-password", password.Fast))
			sys := privacy.DecisionContext(ctx, privacy.Allow)

			dq := a.Client.Domain.Query().Where(domain.Code(demo.DeqingCode)).OnlyX(sys)
			require.Equal(t, "德清县民政局", dq.BureauName)
			py := a.Client.Domain.Query().Where(domain.Code(demo.PingyangCode)).OnlyX(sys)
			require.Equal(t, "平阳县民政局", py.BureauName)

			require.Equal(t, len(demo.PingyangUsers), a.Client.User.Query().Where(user.DomainID(py.ID)).CountX(sys))
			require.Equal(t, 5, a.Client.Organization.Query().Where(organization.DomainID(py.ID)).CountX(sys))
			require.Equal(t, 1, a.Client.Membership.Query().Where(membership.DomainID(py.ID)).CountX(sys))
		})
	}
}
