// Package optimistic gives editable records optimistic concurrency control.
// A client reads a record with its version and sends that version back with
// its update; the update only applies while the row still has that version
// (a conditional UPDATE, so it holds across processes), and bumps it. A
// stale version is a CONFLICT: someone else changed the record meanwhile.
package optimistic

import (
	"context"
	"errors"
	"reflect"

	"entgo.io/ent/dialect/sql"

	gen "hatchery/ent"
	"hatchery/internal/apperr"
)

// ErrStale is returned when the record changed since the client read it.
var ErrStale = apperr.New(apperr.Conflict,
	"this record was changed by someone else since you opened it; reload it and apply your changes again",
	"该记录在您打开后已被他人修改，请刷新后重新修改").OnField("version")

// ErrVersionRequired is returned for an update that does not say which version it read.
var ErrVersionRequired = apperr.Invalid("version",
	"the version of the record you edited is required", "缺少所编辑记录的版本号")

type versioned interface {
	gen.Mutation
	ID() (int, bool)
	WhereP(...func(*sql.Selector))
	Client() *gen.Client
}

// Hook enforces the version check on single-row updates and bumps the version
// on every update.
func Hook() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			if !m.Op().Is(gen.OpUpdateOne | gen.OpUpdate) {
				return next.Mutate(ctx, m)
			}
			vm, ok := m.(versioned)
			if !ok {
				return nil, errors.New("optimistic: mutation does not support versioning")
			}
			read, set := m.Field("version")
			if m.Op().Is(gen.OpUpdateOne) && !set {
				return nil, ErrVersionRequired
			}
			if set {
				m.ResetField("version")
				vm.WhereP(sql.FieldEQ("version", read))
			}
			if err := m.AddField("version", 1); err != nil {
				return nil, err
			}
			v, err := next.Mutate(ctx, m)
			if err == nil || !gen.IsNotFound(err) || !set {
				return v, err
			}
			// Nothing matched: either the row is gone/invisible, or its version moved on.
			id, _ := vm.ID()
			// Look the id up as this type only: an id of another type the
			// viewer can see (a domain) is not this row.
			n, nerr := vm.Client().Noder(ctx, id)
			if nerr != nil || reflect.TypeOf(n).Elem().Name() != m.Type() {
				return nil, err
			}
			return nil, ErrStale
		})
	}
}
