package db

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
)

// TestDocumentOwnerMigrationCopiesTheOwner: the document_owner migration
// turns an organisation's existing document into one owned by
// ("organization", its id), on both databases.
func TestDocumentOwnerMigrationCopiesTheOwner(t *testing.T) {
	t.Parallel()
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		db := open(t, d)
		ctx := t.Context()
		db.SQL.SetMaxOpenConns(1)
		files, err := loadMigrations(db.Dialect)
		require.NoError(t, err)
		at := -1
		for i, f := range files {
			if strings.HasSuffix(f.id(), "_document_owner") {
				at = i
			}
		}
		require.GreaterOrEqual(t, at, 0, "the document_owner migration is embedded")
		_, err = db.migrate(ctx, files[:at])
		require.NoError(t, err)

		for _, q := range []string{
			"INSERT INTO domains (id, created_at, updated_at, name, code) VALUES (1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '德清', 'deqing')",
			"INSERT INTO organizations (id, created_at, updated_at, name, uscc, kind, stage, service_fields, domain_id) " +
				"VALUES (7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '社工站', '52330521MJ0000000X', 'SOCIAL_GROUP', 'INCUBATING', '[]', 1)",
			"INSERT INTO documents (id, created_at, updated_at, category, title, version_count, domain_id, organization_id) " +
				"VALUES (9, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'BUDGET', '预算', 0, 1, 7)",
		} {
			_, err = db.SQL.ExecContext(ctx, q)
			require.NoError(t, err, q)
		}
		_, err = db.Migrate(ctx)
		require.NoError(t, err)

		var kind string
		var id int
		require.NoError(t, db.SQL.QueryRowContext(ctx, "SELECT owner_kind, owner_id FROM documents WHERE id = 9").Scan(&kind, &id))
		require.Equal(t, "organization", kind)
		require.Equal(t, 7, id)
	})
}
