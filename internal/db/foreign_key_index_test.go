package db_test

import (
	"testing"

	"hatchery/ent/migrate"
)

// Every foreign key is the first column of an index, so that reading a
// row's children (a case's documents, a branch's coverage, a call's
// funds) and checking the key when the parent is deleted (a purged
// document version, a removed account) are index lookups, not scans of
// the child table: a province's case detail read its documents through
// documents.case_id, a scan of a million rows (174 ms), before the index.
//
// Keys to domains are left out: a county is never deleted, and every read
// that a county limits also filters or orders by something else, which
// the (domain_id, …) order and filter indexes serve
// (TestEveryOrderHasAnIndex, TestEveryFilterHasAnIndex).
func TestEveryForeignKeyHasAnIndex(t *testing.T) {
	for _, table := range migrate.Tables {
		leading := map[string]bool{}
		for _, c := range table.PrimaryKey[:1] {
			leading[c.Name] = true
		}
		for _, ix := range table.Indexes {
			leading[ix.Columns[0].Name] = true
		}
		for _, c := range table.Columns { // a unique column has its own index
			leading[c.Name] = leading[c.Name] || c.Unique
		}
		for _, fk := range table.ForeignKeys {
			if fk.RefTable.Name == "domains" {
				continue
			}
			col := fk.Columns[0].Name
			if !leading[col] {
				t.Errorf("%s.%s (to %s) leads no index: add index.Fields(%q) (or an index starting with it) to the schema", table.Name, col, fk.RefTable.Name, col)
			}
		}
	}
}
