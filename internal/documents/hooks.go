package documents

import (
	"context"

	gen "hatchery/ent"
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
