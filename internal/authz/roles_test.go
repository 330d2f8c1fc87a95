package authz_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/ent/roleassignment"
	"hatchery/internal/authz"
)

// The roles are named in internal/authz; the database enum is generated from
// that list, and the web app keeps its own copy (its menus and labels). This
// ties the three together: a role added in one place and not the others
// fails here.
func TestRoleNamesAgree(t *testing.T) {
	require.NotEmpty(t, authz.Roles)
	for _, r := range authz.Roles {
		require.NoError(t, roleassignment.RoleValidator(roleassignment.Role(r)), "the database enum accepts %s", r)
	}
	require.Error(t, roleassignment.RoleValidator("ADMIN"), "and nothing else")

	src, err := os.ReadFile("../../frontend/src/auth/permissions.ts")
	require.NoError(t, err)
	block := regexp.MustCompile(`(?s)export const ROLES = \[(.*?)\] as const`).FindSubmatch(src)
	require.NotNil(t, block, "frontend/src/auth/permissions.ts declares ROLES")
	require.Equal(t, authz.Roles, quoted(block[1]), "the web app's ROLES, in the same order")

	for _, lang := range []string{"en", "zh"} {
		src, err := os.ReadFile("../../frontend/src/i18n/" + lang + ".ts")
		require.NoError(t, err)
		block := regexp.MustCompile(`(?s)\n    role: \{(.*?)\n    \}`).FindSubmatch(src)
		require.NotNil(t, block, "%s.ts has users.role labels", lang)
		var keys []string
		for _, m := range regexp.MustCompile(`(?m)^\s+([A-Z_]+):`).FindAllSubmatch(block[1], -1) {
			keys = append(keys, string(m[1]))
		}
		require.ElementsMatch(t, authz.Roles, keys, "%s.ts labels every role, and only those", lang)
	}
}

func quoted(b []byte) []string {
	var out []string
	for _, m := range regexp.MustCompile(`'([A-Z_]+)'`).FindAllSubmatch(b, -1) {
		out = append(out, string(m[1]))
	}
	return out
}
