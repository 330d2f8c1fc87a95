package audit

import (
	"context"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
)

// domainOf finds the domain a changed record belongs to: from the mutation
// (creates), from the returned entity (updates), or by loading the row
// (deletes, before they run). Domains are their own domain.
func domainOf(ctx context.Context, m gen.Mutation, v gen.Value) *int {
	if d, ok := m.Field("domain_id"); ok {
		if id, ok := d.(int); ok {
			return &id
		}
	}
	switch e := v.(type) {
	case *gen.Domain:
		return &e.ID
	case *gen.User:
		return &e.DomainID
	case *gen.Organization:
		return &e.DomainID
	case *gen.Membership:
		return &e.DomainID
	case *gen.RoleAssignment:
		return &e.DomainID
	}
	idm, ok := m.(interface {
		ID() (int, bool)
		Client() *gen.Client
	})
	if !ok {
		return nil
	}
	id, ok := idm.ID()
	if !ok {
		return nil
	}
	if m.Type() == "Domain" {
		return &id
	}
	n, err := idm.Client().Noder(privacy.DecisionContext(ctx, privacy.Allow), id)
	if err != nil {
		return nil
	}
	switch e := n.(type) {
	case *gen.User:
		return &e.DomainID
	case *gen.Organization:
		return &e.DomainID
	case *gen.Membership:
		return &e.DomainID
	case *gen.RoleAssignment:
		return &e.DomainID
	}
	return nil
}
