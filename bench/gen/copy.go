package main

import (
	"fmt"

	"github.com/lib/pq"
)

// ids reserves n ids of table and returns the first. Ids start at the
// table's identity start: ent's global ids give every table its own range,
// and the GraphQL ids are decoded by that range.
func (l *loader) ids(table string, n int) (int64, error) {
	next, ok := l.next[table]
	if !ok {
		err := l.tx.QueryRowContext(l.ctx,
			`SELECT seqstart FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence($1, 'id')::regclass`, table).Scan(&next)
		if err != nil {
			return 0, fmt.Errorf("identity of %s: %w", table, err)
		}
	}
	l.next[table] = next + int64(n)
	return next, nil
}

// copyRows streams rows produced by next (called n times) into table.
func (l *loader) copyRows(table string, cols []string, n int, next func(i int) []any) error {
	if n == 0 {
		return nil
	}
	stmt, err := l.tx.PrepareContext(l.ctx, pq.CopyIn(table, cols...))
	if err != nil {
		return fmt.Errorf("%s: %w", table, err)
	}
	for i := range n {
		if _, err := stmt.ExecContext(l.ctx, next(i)...); err != nil {
			return fmt.Errorf("%s row %d: %w", table, i, err)
		}
	}
	if _, err := stmt.ExecContext(l.ctx); err != nil {
		return fmt.Errorf("%s: %w", table, err)
	}
	if err := stmt.Close(); err != nil {
		return err
	}
	// Later inserts by the server must not collide with the ids used here.
	_, err = l.tx.ExecContext(l.ctx, fmt.Sprintf(
		`SELECT setval(pg_get_serial_sequence('%[1]s', 'id'), max(id)) FROM %[1]s`, table))
	return err
}

// copyTable is copyRows with the ids reserved here: row i gets first+i.
func (l *loader) copyTable(table string, cols []string, n int, row func(i int, id int64) []any) (first int64, err error) {
	if first, err = l.ids(table, n); err != nil {
		return 0, err
	}
	return first, l.copyRows(table, cols, n, func(i int) []any { return row(i, first+int64(i)) })
}

// users writes n active accounts of domainID holding role there, named by
// name(i) (username, display name), and returns the first one's id.
func (l *loader) users(domainID int64, role string, n int, name func(i int) (string, string)) (int64, error) {
	now := l.now
	first, err := l.copyTable("users", []string{"id", "created_at", "updated_at", "username", "display_name", "status",
		"password_hash", "domain_id"}, n, func(i int, id int64) []any {
		user, display := name(i)
		return []any{id, now, now, user, display, "ACTIVE", l.hash, domainID}
	})
	if err != nil {
		return 0, err
	}
	_, err = l.copyTable("role_assignments", []string{"id", "created_at", "updated_at", "role", "domain_id", "user_id"},
		n, func(i int, id int64) []any { return []any{id, now, now, role, domainID, first + int64(i)} })
	return first, err
}
