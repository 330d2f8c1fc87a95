package graph_test

import (
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/organization"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

type auditPage struct {
	AuditLogs struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				Operation     string
				EntityType    string
				EntityID      string
				ActorUsername string
				ChangedFields []string
				Changes       map[string]any
				RequestID     string
				Actor         *struct{ Username string }
			}
		}
	}
}

const auditQ = `query($w:AuditLogWhereInput){ auditLogs(first:50, where:$w, orderBy:{field:CREATED_AT, direction:DESC}){
	totalCount edges { node { operation entityType entityID actorUsername changedFields changes requestID actor { username } } } } }`

func TestAuditTrail(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff := e.Login("staff")
		start := time.Now().Add(-time.Second).UTC().Format(time.RFC3339)
		id := testenv.ID(e.Fixture.OrgA)
		e.MustDo(staff, updateOrg, map[string]any{"id": id, "in": map[string]any{"name": "改名后的协会", "town": "新市镇", "version": 1}}, nil)

		admin := e.Login("admin")
		var page auditPage
		e.MustDo(admin, auditQ, map[string]any{"w": map[string]any{
			"entityType": "Organization", "entityID": id, "actorID": testenv.ID(e.Fixture.Users["staff"]), "createdAtGTE": start,
		}}, &page)
		require.Equal(t, 1, page.AuditLogs.TotalCount)
		n := page.AuditLogs.Edges[0].Node
		require.Equal(t, "UPDATE", n.Operation)
		require.Equal(t, "staff", n.ActorUsername)
		require.Equal(t, "staff", n.Actor.Username)
		require.Equal(t, []string{"name", "town"}, n.ChangedFields, "version and timestamps are not reported as changes")
		require.Equal(t, "改名后的协会", n.Changes["name"])
		require.NotEmpty(t, n.RequestID)

		// Logins are in the trail too, and password hashes never are.
		e.MustDo(admin, auditQ, map[string]any{"w": map[string]any{"operation": "LOGIN", "actorID": testenv.ID(e.Fixture.Users["staff"])}}, &page)
		require.Equal(t, 1, page.AuditLogs.TotalCount)
		e.MustDo(admin, `mutation($id:ID!){ resetPassword(userID:$id, newPassword:"another-pass-9") }`, map[string]any{"id": testenv.ID(e.Fixture.Users["expert"])}, nil)
		e.MustDo(admin, auditQ, map[string]any{"w": map[string]any{"entityType": "User", "entityID": testenv.ID(e.Fixture.Users["expert"]), "operation": "UPDATE"}}, &page)
		require.Equal(t, 1, page.AuditLogs.TotalCount)
		require.Equal(t, "[redacted]", page.AuditLogs.Edges[0].Node.Changes["password_hash"])

		// A filter on time: nothing in the future.
		e.MustDo(admin, auditQ, map[string]any{"w": map[string]any{"createdAtGTE": time.Now().Add(time.Hour).UTC().Format(time.RFC3339)}}, &page)
		require.Zero(t, page.AuditLogs.TotalCount)
	})
}

// TestFailedMutationLeavesNothing sends one request with two mutations, the
// second of which fails: the first is rolled back with its audit row.
func TestFailedMutationLeavesNothing(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff := e.Login("staff")
		ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
		orgs := e.App.Client.Organization.Query().CountX(ctx)
		audits := e.App.Client.AuditLog.Query().CountX(ctx)

		good := uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 424242)
		q := `mutation($a:CreateOrganizationInput!,$b:CreateOrganizationInput!){
			first: createOrganization(input:$a){ id }
			second: createOrganization(input:$b){ id } }`
		errs := e.Do(staff, q, map[string]any{
			"a": newOrg("第一个", good)["in"],
			"b": newOrg("第二个", good)["in"], // same USCC: conflicts with the first
		}, nil)
		require.Equal(t, []string{"CONFLICT"}, errs.Codes())
		require.Equal(t, orgs, e.App.Client.Organization.Query().CountX(ctx), "the first create was rolled back")
		require.Equal(t, audits, e.App.Client.AuditLog.Query().CountX(ctx), "and so was its audit row")
		require.False(t, e.App.Client.Organization.Query().Where(organization.Name("第一个")).ExistX(ctx))
	})
}

func TestAuditTrailIsReadOnly(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	// There is no mutation for audit rows in the API; through ent, even a
	// viewer with every permission is refused.
	root := e.Login("root")
	require.Equal(t, []string{"BAD_USER_INPUT"}, e.Do(root, `mutation { deleteAuditLog(id: 1) }`, nil, nil).Codes())
	ctx := e.App.Context(t.Context())
	ctx = viewerCtx(ctx, e, "root")
	_, err := e.App.Client.AuditLog.Delete().Exec(ctx)
	require.ErrorIs(t, err, privacy.Deny)
}
