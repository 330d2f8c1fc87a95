package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

const addMember = `mutation($o:ID!,$u:ID!){ addMember(input:{organizationID:$o, userID:$u, title:"联络员"}){ id title organization { name } user { username } } }`

func TestMemberships(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff := e.Login("staff")
		ngo2 := e.Login("ngo2")
		var before struct{ Organizations struct{ TotalCount int } }
		e.MustDo(ngo2, orgCount, nil, &before)
		require.Equal(t, 1, before.Organizations.TotalCount)

		var out struct {
			AddMember struct {
				ID    string
				Title string
				User  struct{ Username string }
			}
		}
		e.MustDo(staff, addMember, map[string]any{"o": testenv.ID(e.Fixture.OrgA), "u": testenv.ID(e.Fixture.Users["ngo2"])}, &out)
		require.Equal(t, "ngo2", out.AddMember.User.Username)

		// The new membership counts at once, in the session ngo2 already has.
		var after struct{ Organizations struct{ TotalCount int } }
		e.MustDo(ngo2, orgCount, nil, &after)
		require.Equal(t, 2, after.Organizations.TotalCount)

		// Twice is a conflict; across counties is refused; NGO members cannot add members.
		require.Equal(t, []string{"CONFLICT"}, e.Do(staff, addMember, map[string]any{"o": testenv.ID(e.Fixture.OrgA), "u": testenv.ID(e.Fixture.Users["ngo2"])}, nil).Codes())
		require.Equal(t, []string{"BAD_USER_INPUT"}, e.Do(staff, addMember, map[string]any{"o": testenv.ID(e.Fixture.AnjiOrg), "u": testenv.ID(e.Fixture.Users["ngo2"])}, nil).Codes())
		require.Equal(t, []string{"FORBIDDEN"}, e.Do(ngo2, addMember, map[string]any{"o": testenv.ID(e.Fixture.OrgA), "u": testenv.ID(e.Fixture.Users["expert"])}, nil).Codes())

		// Staff may not remove; the bureau admin may.
		rm := `mutation($id:ID!){ removeMember(id:$id) }`
		require.Equal(t, []string{"FORBIDDEN"}, e.Do(staff, rm, map[string]any{"id": out.AddMember.ID}, nil).Codes())
		admin := e.Login("admin")
		e.MustDo(admin, rm, map[string]any{"id": out.AddMember.ID}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, e.Do(admin, rm, map[string]any{"id": out.AddMember.ID}, nil).Codes())
	})
}
