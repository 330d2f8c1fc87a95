package policies_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/authz"
	"hatchery/policies"
)

// allAllowed marks a role permitted every object and action.
const allAllowed = "*"

// expected is the permission matrix, written out by hand: for each role the
// "object:action" pairs it may perform. Every other (role, object, action)
// triple must be denied. Change this table only together with policy.csv,
// after deciding the change is intended.
var expected = map[string][]string{
	"PLATFORM_ADMIN": {allAllowed},
	"BUREAU_ADMIN": {
		"domain:read",
		"user:read", "user:create", "user:update",
		"role_assignment:read", "role_assignment:create", "role_assignment:delete",
		"organization:read", "organization:create", "organization:update", "organization:delete",
		"membership:read", "membership:create", "membership:delete",
		"audit_log:read",
		"document:read", "document:create", "document:update",
		"service_item:read", "service_item:create", "service_item:update",
		"case:read", "case:handle", "case:decide", "case:create_own", "case:update_own",
		"incubation:read", "incubation:create", "incubation:update",
		"tenancy:read", "tenancy:create", "tenancy:update",
		"fund:read", "fund:create", "fund:update",
		"grant_call:read", "grant_call:create", "grant_call:update",
		"proposal:read", "proposal:update", "proposal:create_own",
		"review:read", "review:create", "review:update",
		// Party-building: read only; the committee runs it.
		"party:read", "party_work:read",
	},
	"INCUBATOR_STAFF": {
		"domain:read",
		"user:read",
		"organization:read", "organization:create", "organization:update",
		"membership:read", "membership:create",
		"document:read", "document:create", "document:update",
		"service_item:read",
		"case:read", "case:handle",
		"incubation:read", "incubation:create", "incubation:update",
		"tenancy:read", "tenancy:create", "tenancy:update",
		"fund:read",
		"grant_call:read", "grant_call:create", "grant_call:update",
		"proposal:read", "proposal:update",
		"review:read", "review:create", "review:update",
	},
	"NGO_MEMBER": {
		"domain:read",
		"organization:read_own", "organization:update_own",
		"membership:read_own",
		"document:read_own", "document:create_own", "document:update_own",
		"service_item:read",
		"case:read_own", "case:create_own", "case:update_own",
		"incubation:read",
		"tenancy:read_own", "tenancy:update_own",
		"grant_call:read",
		"proposal:read_own", "proposal:create_own",
		// Their own coverage, branch, officer, visits and activities.
		"party:read_own", "party_work:read_own",
	},
	"EXPERT": {
		"domain:read",
		"organization:read",
		"document:read",
		"service_item:read",
		// Published calls, the proposals assigned to them, their own reviews.
		"grant_call:read",
		"proposal:read_assigned",
		"review:read_own", "review:update_own",
	},
	"PARTY_OFFICER": {
		"domain:read",
		// Accounts, to put a person on the roster of guidance officers.
		"user:read",
		"organization:read",
		"membership:read",
		"document:read",
		"service_item:read",
		// Tenancies, for party-building coverage work.
		"incubation:read",
		"tenancy:read",
		// The committee runs party-building liaison in its county.
		"party:read", "party:create", "party:update",
		"party_work:read", "party_work:create", "party_work:update",
	},
	"GUIDANCE_OFFICER": {
		"domain:read",
		// The organisations assigned to them now, their coverage and
		// records; photos through the visits and activities they read.
		"organization:read_assigned",
		"document:read_own",
		"party:read_assigned",
		"party_work:read_assigned", "party_work:create_own",
	},
	"PURCHASER": {
		"domain:read",
		"organization:read",
		"document:read",
		"service_item:read",
	},
	"FINANCE": {
		"domain:read",
		"organization:read",
		"document:read",
		"service_item:read",
		// The money: funds and ledger, calls, proposals and awards.
		"fund:read", "grant_call:read", "proposal:read",
	},
}

func allowedByTable(role, obj, act string) bool {
	pairs := expected[role]
	return slices.Contains(pairs, allAllowed) || slices.Contains(pairs, obj+":"+act)
}

// TestExpectedTableIsWellFormed keeps the hand-written table honest: it covers
// exactly authz.Roles and names only known objects and actions, so a typo in
// the table cannot silently turn an "allow" expectation into a "deny" one.
func TestExpectedTableIsWellFormed(t *testing.T) {
	roles := make([]string, 0, len(expected))
	for role, pairs := range expected {
		roles = append(roles, role)
		for _, p := range pairs {
			if p == allAllowed {
				continue
			}
			obj, act, ok := strings.Cut(p, ":")
			require.True(t, ok, "role %s: %q is not object:action", role, p)
			require.Contains(t, authz.Objects, obj, "role %s: unknown object in %q", role, p)
			require.Contains(t, authz.Actions, act, "role %s: unknown action in %q", role, p)
		}
	}
	require.ElementsMatch(t, authz.Roles, roles, "the expected table must list every role in authz.Roles, and only those")
}

// TestPermissionMatrix walks every (role, object type, action) triple against
// the real embedded model.conf and policy.csv.
func TestPermissionMatrix(t *testing.T) {
	require.NotEmpty(t, authz.Roles)
	require.NotEmpty(t, authz.Objects)
	require.NotEmpty(t, authz.Actions)

	allowedCount := 0
	for _, role := range authz.Roles {
		t.Run(role, func(t *testing.T) {
			for _, obj := range authz.Objects {
				for _, act := range authz.Actions {
					want := allowedByTable(role, obj, act)
					got, err := authz.RoleAllows(role, obj, act)
					require.NoError(t, err, "%s %s %s", role, obj, act)
					if want {
						require.True(t, got, "%s should be allowed %s on %s by policy.csv", role, act, obj)
						allowedCount++
					} else {
						require.False(t, got, "%s must be denied %s on %s, but policy.csv allows it", role, act, obj)
					}
				}
			}
		})
	}
	// Guard against a vacuous pass (e.g. every call returning false with the
	// table empty): platform admin alone is allowed every pair.
	require.GreaterOrEqual(t, allowedCount, len(authz.Objects)*len(authz.Actions))
}

// TestUnknownRoleDeniedEverything: a role that is not in policy.csv (or a
// role name in the wrong case) gets nothing.
func TestUnknownRoleDeniedEverything(t *testing.T) {
	for _, role := range []string{"NOBODY", "ADMIN", "PLATFORM-ADMIN", ""} {
		for _, obj := range append(slices.Clone(authz.Objects), "*") {
			for _, act := range append(slices.Clone(authz.Actions), "*") {
				got, err := authz.RoleAllows(role, obj, act)
				require.NoError(t, err)
				require.False(t, got, "unknown role %q must be denied %s on %s", role, act, obj)
			}
		}
	}
}

// TestUnknownObjectAndActionDenied: permissions are closed-world for every
// role except platform admin's wildcard line.
func TestUnknownObjectAndActionDenied(t *testing.T) {
	for _, role := range authz.Roles {
		if role == "PLATFORM_ADMIN" {
			continue
		}
		for _, obj := range authz.Objects {
			got, err := authz.RoleAllows(role, obj, "approve")
			require.NoError(t, err)
			require.False(t, got, "%s: unknown action on %s", role, obj)
		}
		got, err := authz.RoleAllows(role, "grant", authz.ActRead)
		require.NoError(t, err)
		require.False(t, got, "%s: read on an unknown object", role)
	}
}

// policyLine is one "p, sub, obj, act" line of policy.csv.
type policyLine struct {
	lineNo        int
	sub, obj, act string
}

// parsePolicy reads the p lines of a policy.csv text; anything that is not a
// well-formed p line is reported as a problem.
func parsePolicy(text string) (lines []policyLine, problems []string) {
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, ",")
		for j := range fields {
			fields[j] = strings.TrimSpace(fields[j])
		}
		if fields[0] != "p" || len(fields) != 4 {
			problems = append(problems, fmt.Sprintf("line %d: want \"p, role, object, action\" (grants come from the database): %q", i+1, line))
			continue
		}
		lines = append(lines, policyLine{lineNo: i + 1, sub: fields[1], obj: fields[2], act: fields[3]})
	}
	return lines, problems
}

// policyProblems lists every line of a policy.csv text naming an unknown
// role, object type or action, using a wildcard outside platform_admin, or
// repeating an earlier line.
func policyProblems(text string) []string {
	var roles []string
	for _, r := range authz.Roles {
		roles = append(roles, authz.RoleName(r))
	}
	lines, problems := parsePolicy(text)
	seen := map[string]int{}
	for _, l := range lines {
		where := fmt.Sprintf("line %d (%s, %s, %s)", l.lineNo, l.sub, l.obj, l.act)
		if !slices.Contains(roles, l.sub) {
			problems = append(problems, where+": unknown role "+l.sub)
		}
		if (l.obj == "*" || l.act == "*") && l.sub != authz.RoleName("PLATFORM_ADMIN") {
			problems = append(problems, where+": only platform_admin may use a wildcard")
		}
		if l.obj != "*" && !slices.Contains(authz.Objects, l.obj) {
			problems = append(problems, where+": unknown object type "+l.obj)
		}
		if l.act != "*" && !slices.Contains(authz.Actions, l.act) {
			problems = append(problems, where+": unknown action "+l.act)
		}
		key := l.sub + "," + l.obj + "," + l.act
		if prev, dup := seen[key]; dup {
			problems = append(problems, fmt.Sprintf("%s: duplicates line %d", where, prev))
		}
		seen[key] = l.lineNo
	}
	return problems
}

// TestPolicyCSVNamesOnlyKnownTerms fails on a typo in policy.csv: a misspelt
// role, object or action would otherwise just be a dead line, and the
// permission it was meant to grant silently missing.
func TestPolicyCSVNamesOnlyKnownTerms(t *testing.T) {
	lines, _ := parsePolicy(policies.Policy)
	require.NotEmpty(t, lines)
	require.Empty(t, policyProblems(policies.Policy), "policy.csv")
}

// TestPolicyProblemsCatchesTypos shows the check above is not vacuous: each
// kind of typo in a csv is reported, naming the line.
func TestPolicyProblemsCatchesTypos(t *testing.T) {
	bad := strings.Join([]string{
		"# comment",
		"p, platform_admin, *, *",
		"p, bureau_admn, user, read",       // 3: role typo
		"p, expert, organisation, read",    // 4: object typo (British spelling)
		"p, finance, organization, raed",   // 5: action typo
		"p, expert, organization, *",       // 6: wildcard outside platform_admin
		"p, expert, organization",          // 7: missing field
		"g, user:1, expert, domain:1",      // 8: a g line does not belong here
		"p, purchaser, organization, read", // fine
		"p, purchaser, organization, read", // 10: duplicate
		"p, BUREAU_ADMIN, user, read",      // 11: upper case is not the Casbin role name
	}, "\n")
	problems := policyProblems(bad)
	want := []string{
		"line 3 (bureau_admn, user, read): unknown role bureau_admn",
		"line 4 (expert, organisation, read): unknown object type organisation",
		"line 5 (finance, organization, raed): unknown action raed",
		"line 6 (expert, organization, *): only platform_admin may use a wildcard",
		"line 10 (purchaser, organization, read): duplicates line 9",
		"line 11 (BUREAU_ADMIN, user, read): unknown role BUREAU_ADMIN",
	}
	for _, w := range want {
		require.Contains(t, problems, w)
	}
	var malformed []string
	for _, p := range problems {
		if strings.Contains(p, "want \"p, role, object, action\"") {
			malformed = append(malformed, p[:strings.Index(p, ":")])
		}
	}
	require.Equal(t, []string{"line 7", "line 8"}, malformed)
	require.Len(t, problems, len(want)+len(malformed))
}

// TestPolicyCSVMatchesTable checks the csv against the table in the other
// direction too: every line of policy.csv is expected by the table, so the
// csv holds no grant the table (and so the reviewer) does not know about.
func TestPolicyCSVMatchesTable(t *testing.T) {
	lines, problems := parsePolicy(policies.Policy)
	require.Empty(t, problems)
	for _, l := range lines {
		var role string
		for _, r := range authz.Roles {
			if authz.RoleName(r) == l.sub {
				role = r
			}
		}
		require.NotEmpty(t, role, "policy.csv line %d: unknown role %q", l.lineNo, l.sub)
		if l.obj == "*" && l.act == "*" {
			require.Equal(t, []string{allAllowed}, expected[role], "policy.csv line %d grants %s everything", l.lineNo, role)
			continue
		}
		require.True(t, allowedByTable(role, l.obj, l.act),
			"policy.csv line %d allows %s %s on %s, which the expected table does not", l.lineNo, role, l.act, l.obj)
	}
}

// TestWhoHoldsWhoseRights is the account rule's side of the policy
// (internal/authz/accounts.go): an account may be changed, and a role
// granted, only by someone holding every right it carries (a right across
// the domain covering the same right on one's own organisations). Written
// out by hand from the table above: who holds all of whose rights. Only
// roles with user:update or role_assignment:* can act on it.
func TestWhoHoldsWhoseRights(t *testing.T) {
	readers := []string{"EXPERT", "PURCHASER", "FINANCE"}
	covers := map[string][]string{
		"PLATFORM_ADMIN": authz.Roles,
		// Party-building is the committee's: a bureau admin reads it but
		// does not run it, so does not outrank the committee or its officers.
		"BUREAU_ADMIN": {"BUREAU_ADMIN", "INCUBATOR_STAFF", "NGO_MEMBER", "EXPERT",
			"PURCHASER", "FINANCE"},
		"INCUBATOR_STAFF": append([]string{"INCUBATOR_STAFF"}, readers...),
		// Experts score reviews and finance reads the money: each covers
		// only the plain reader (the purchaser, for now) besides itself.
		// The committee holds every right of its guidance officers.
		"PARTY_OFFICER":    {"PARTY_OFFICER", "PURCHASER", "GUIDANCE_OFFICER"},
		"GUIDANCE_OFFICER": {"GUIDANCE_OFFICER"},
		"NGO_MEMBER":       {"NGO_MEMBER"},
		"EXPERT":           {"EXPERT", "PURCHASER"},
		"PURCHASER":        {"PURCHASER"},
		"FINANCE":          {"FINANCE", "PURCHASER"},
	}
	var grants []authz.Grant
	for i, role := range authz.Roles {
		grants = append(grants, authz.Grant{UserID: i + 1, Role: role, DomainID: 1})
	}
	a, err := authz.New(t.Context(), func(context.Context) ([]authz.Grant, error) { return grants, nil })
	require.NoError(t, err)
	require.NoError(t, a.Reload(t.Context()))
	for i, actor := range authz.Roles {
		for _, target := range authz.Roles {
			rights, err := authz.RoleRights(target)
			require.NoError(t, err)
			require.NotEmpty(t, rights, target)
			missing := a.Missing(i+1, 1, rights)
			want := slices.Contains(covers[actor], target)
			require.Equal(t, want, len(missing) == 0, "%s holding every right of %s (missing %v)", actor, target, missing)
		}
	}
}
