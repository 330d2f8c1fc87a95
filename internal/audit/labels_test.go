package audit

import (
	"os"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/ent/migrate"
)

// notAuditedTables are the tables of the notAudited entity types.
var notAuditedTables = map[string]bool{
	"audit_logs": true, "sessions": true, "login_attempts": true, "job_runs": true, "notifications": true,
	"organization_tallies": true,
}

// TestEveryAuditedColumnHasALabel: the audit page names every changed
// field in the reader's language (frontend/src/i18n, audit.column), so a
// new column of an audited entity needs its label in both languages, or
// the page shows the raw column name.
func TestEveryAuditedColumnHasALabel(t *testing.T) {
	block := regexp.MustCompile(`(?s)\n    column: \{(.*?)\n    \}`)
	key := regexp.MustCompile(`(?m)^\s+([a-z0-9_]+):`)
	for _, lang := range []string{"zh", "en"} {
		src, err := os.ReadFile("../../frontend/src/i18n/" + lang + ".ts")
		require.NoError(t, err)
		b := block.FindSubmatch(src)
		require.NotNil(t, b, "%s.ts has audit.column", lang)
		labels := map[string]bool{}
		for _, m := range key.FindAllSubmatch(b[1], -1) {
			labels[string(m[1])] = true
		}
		n, missing := 0, []string{}
		for _, tbl := range migrate.Tables {
			if notAuditedTables[tbl.Name] {
				continue
			}
			for _, c := range tbl.Columns {
				if c.Name == "id" || unrecorded[c.Name] {
					continue
				}
				n++
				if !labels[c.Name] {
					missing = append(missing, tbl.Name+"."+c.Name)
				}
			}
		}
		require.Empty(t, missing, "%s.ts audit.column has no label for these columns", lang)
		t.Logf("%s: %d audited columns, all labelled", lang, n)
	}
}
