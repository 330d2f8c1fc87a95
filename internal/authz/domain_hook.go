package authz

import (
	"context"

	"entgo.io/ent"

	"hatchery/internal/apperr"
	"hatchery/internal/viewer"
)

// SetDomainOnCreate stamps new records with the viewer's domain. A record
// may name another domain only when the viewer acts across domains (or the
// code runs as the system, without a viewer: seeding, jobs).
func SetDomainOnCreate() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if !m.Op().Is(ent.OpCreate) {
				return next.Mutate(ctx, m)
			}
			v := viewer.FromContext(ctx)
			given, set := m.Field("domain_id")
			switch {
			case v == nil && !set:
				return nil, apperr.Invalid("domainID", "a domain is required", "缺少所属区域")
			case v == nil:
				// System code names its domain explicitly.
			case !set:
				if err := m.SetField("domain_id", v.DomainID); err != nil {
					return nil, err
				}
			case given != v.DomainID && !crossDomain(ctx):
				return nil, apperr.ErrForbidden
			}
			return next.Mutate(ctx, m)
		})
	}
}
