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
	"hatchery/internal/uscc"
)

func TestSeed(t *testing.T) {
	for _, d := range testdb.Dialects() {
		t.Run(d.Name, func(t *testing.T) {
			ctx := context.Background()
			a := testenv.OpenApp(t, d.Name, d.DSN(t))
			// Parameters other than Fast, to see that Seed hashes with
			// what it is given (the login service's), not a cheaper class.
			params := password.Params{Memory: 128, Time: 2, Threads: 1, SaltLen: 16, KeyLen: 32}
			require.NoError(t, demo.Seed(ctx, a.Client, "demo-password", params))

			sys := privacy.DecisionContext(ctx, privacy.Allow)
			dq := a.Client.Domain.Query().Where(domain.Code(demo.DeqingCode)).OnlyX(sys)
			orgs := a.Client.Organization.Query().Where(organization.DomainID(dq.ID)).AllX(sys)
			// 30 in the registry; the incubation demo registers 28 more (graduates,
			// two tenants and the waitlist).
			require.Len(t, orgs, 58)
			kinds, stages, towns, codes := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
			for _, o := range orgs {
				require.NoError(t, uscc.Validate(o.Uscc), o.Name)
				require.Equal(t, byte('5'), o.Uscc[0], "civil-affairs codes start with 5")
				require.False(t, codes[o.Uscc], "duplicate code %s", o.Uscc)
				codes[o.Uscc] = true
				kinds[o.Kind.String()], stages[o.Stage.String()], towns[o.Town] = true, true, true
				require.NotEmpty(t, o.ServiceFields)
			}
			require.Len(t, kinds, 4)
			require.Len(t, stages, 3)
			require.GreaterOrEqual(t, len(towns), 10)

			users := a.Client.User.Query().Where(user.DomainID(dq.ID)).WithRoleAssignments().AllX(sys)
			require.Len(t, users, len(demo.Users)+1, "the demo users and ngo-wait, the waitlist head's account")
			for _, u := range users {
				require.NotEmpty(t, u.Edges.RoleAssignments, u.Username)
				ok, err := password.Verify("demo-password", u.PasswordHash)
				require.NoError(t, err)
				require.True(t, ok)
				got, err := password.ParamsOf(u.PasswordHash)
				require.NoError(t, err)
				require.Equal(t, params, got, "%s: hashed at the login service's cost", u.Username)
			}
			require.Equal(t, 2, a.Client.Membership.Query().Where(membership.DomainID(dq.ID)).CountX(sys),
				"ngo and ngo-wait belong to one organisation each")
		})
	}
}
