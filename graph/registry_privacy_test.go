package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/ent/organization"
	"hatchery/ent/roleassignment"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

const mUpdateOrg = `mutation($id:ID!,$in:UpdateOrganizationInput!){ updateOrganization(id:$id, input:$in){ id version status contactPhone } }`

// TestMembersKeepContactsNotRegisteredFacts: organization:update_own let an
// NGO member change every field of their organisation, so a member took it
// off the abnormal list, made it a foundation registered in 2000 with
// public fundraising, and passed the venture-grant checks it failed. A
// member now changes contacts, address, town and fields of service, and
// sends the registered facts unchanged (as the edit form does); changing
// one is FORBIDDEN, reason REGISTERED_FACT, naming the field. Staff change
// them as before.
func TestMembersKeepContactsNotRegisteredFacts(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		id := e.Fixture.OrgA
		o := c(e).Organization.GetX(sys(), id)
		o = o.Update().SetStatus(organization.StatusABNORMAL).SetVersion(o.Version).SaveX(sys())
		ngo := e.Login("ngo")
		for field, value := range map[string]any{"status": "ACTIVE", "kind": "FOUNDATION", "registeredOn": "2000-01-01T00:00:00Z",
			"charityStatus": "PUBLIC_FUNDRAISING", "name": "德清县改名协会", "legalRepresentative": "某某",
			"uscc": uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 77001)} {
			errs := e.Do(ngo, mUpdateOrg, map[string]any{"id": testenv.ID(id), "in": map[string]any{"version": o.Version, field: value}}, nil)
			require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), field)
			require.Equal(t, "REGISTERED_FACT", errs[0].Extensions["reason"], field)
		}
		require.Equal(t, o.Version, c(e).Organization.GetX(sys(), id).Version, "nothing changed")
		require.Equal(t, organization.StatusABNORMAL, c(e).Organization.GetX(sys(), id).Status)

		// Everything sent as the form sends it, the phone changed: saved.
		in := map[string]any{"version": o.Version, "name": o.Name, "uscc": o.Uscc, "kind": o.Kind, "stage": o.Stage,
			"charityStatus": o.CharityStatus, "status": o.Status, "contactPhone": "0572-8888888"}
		if o.RegisteredOn != nil {
			in["registeredOn"] = o.RegisteredOn
		}
		if o.LegalRepresentative != "" {
			in["legalRepresentative"] = o.LegalRepresentative
		}
		var out struct {
			UpdateOrganization struct {
				Status, ContactPhone string
				Version              int
			}
		}
		e.MustDo(ngo, mUpdateOrg, map[string]any{"id": testenv.ID(id), "in": in}, &out)
		require.Equal(t, "0572-8888888", out.UpdateOrganization.ContactPhone)
		require.Equal(t, "ABNORMAL", out.UpdateOrganization.Status)

		// Staff take it off the list.
		e.MustDo(e.Login("staff"), mUpdateOrg, map[string]any{"id": testenv.ID(id),
			"in": map[string]any{"version": out.UpdateOrganization.Version, "status": "ACTIVE"}}, &out)
		require.Equal(t, "ACTIVE", out.UpdateOrganization.Status)
	})
}

// TestNoUSCCOracleAcrossCounties: updateOrganization checked a new code
// against the target's county before privacy's NOT_FOUND, so anyone who
// may update organisations learned, through CONFLICT or NOT_FOUND, whether
// a code was registered in another county. Every such attempt is
// NOT_FOUND now, and nothing changes.
func TestNoUSCCOracleAcrossCounties(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	py := c(e).Organization.Query().Where(organization.DomainID(e.Fixture.Pingyang)).Order(organization.ByID()).AllX(sys())
	require.GreaterOrEqual(t, len(py), 2)
	target, other := py[0], py[1]
	unused := uscc.ForSocialOrg(uscc.KindSocialGroup, "330326", 424242)
	for _, who := range []string{"ngo", "staff", "admin"} {
		tok := e.Login(who)
		for _, code := range []string{other.Uscc, unused} {
			errs := e.Do(tok, mUpdateOrg, map[string]any{"id": testenv.ID(target.ID), "in": map[string]any{"version": target.Version, "uscc": code}}, nil)
			require.Equal(t, []string{"NOT_FOUND"}, errs.Codes(), "%s, code %s", who, code)
		}
	}
	require.Equal(t, target.Uscc, c(e).Organization.GetX(sys(), target.ID).Uscc)
	// In one's own county the duplicate is still named.
	deqing := c(e).Organization.Query().Where(organization.DomainID(e.Fixture.Deqing)).Order(organization.ByID()).AllX(sys())
	errs := e.Do(e.Login("staff"), mUpdateOrg, map[string]any{"id": testenv.ID(deqing[0].ID),
		"in": map[string]any{"version": deqing[0].Version, "uscc": deqing[1].Uscc}}, nil)
	require.Equal(t, []string{"CONFLICT"}, errs.Codes())
	require.Equal(t, "uscc", errs[0].Extensions["field"])
}

// TestNoPlatformAdminOracleAcrossCounties: disabling a user or revoking a
// role looked for the last platform admin among rows read as the system,
// so another county's bureau admin, who may read neither, got
// LAST_PLATFORM_ADMIN for the platform admin's account and NOT_FOUND for
// everyone else's. It is NOT_FOUND for all of them now.
func TestNoPlatformAdminOracleAcrossCounties(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	anji := e.Login("anji")
	rootID, staffID := e.Fixture.Users["root"], e.Fixture.Users["staff"]
	for _, u := range []int{staffID, rootID, 999999999} {
		errs := e.Do(anji, disableUserQ, map[string]any{"u": testenv.ID(u)}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes(), "user %d", u)
	}
	pa := c(e).RoleAssignment.Query().Where(roleassignment.UserID(rootID)).OnlyIDX(sys())
	staffRA := c(e).RoleAssignment.Query().Where(roleassignment.UserID(staffID)).FirstIDX(sys())
	for _, id := range []int{staffRA, pa, 999999999} {
		errs := e.Do(anji, `mutation($id:ID!){ revokeRole(id:$id) }`, map[string]any{"id": testenv.ID(id)}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes(), "assignment %d", id)
	}
	require.Equal(t, 1, c(e).RoleAssignment.Query().Where(roleassignment.ID(pa)).CountX(sys()), "the platform admin stays")
}
