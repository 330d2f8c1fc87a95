package documents

import (
	"context"

	gen "hatchery/ent"
	"hatchery/internal/documents/owner"
)

// DateOnlyExpiry stores a document's expiry as a calendar date whatever
// time of day a client sent, so "expires on" compares as days everywhere.
func DateOnlyExpiry() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			if dm, ok := m.(*gen.DocumentMutation); ok {
				if t, ok := dm.ExpiresOn(); ok {
					dm.SetExpiresOn(dateOf(t))
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// LegacyOwnerColumns writes organization_id beside an organisation owner
// on every new document, whoever creates it, because Organization.documents
// is still an ent edge over that column (see README, Documents). It goes
// when that column goes.
func LegacyOwnerColumns() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			if dm, ok := m.(*gen.DocumentMutation); ok && dm.Op().Is(gen.OpCreate) {
				if kind, _ := dm.OwnerKind(); kind == owner.Organization {
					id, _ := dm.OwnerID()
					dm.SetOrganizationID(id)
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}
